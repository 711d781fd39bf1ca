import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { processTreeNodeVersions } from '../../../scripts/bench/machine.ts';
import { eventually } from '../../support/eventually.ts';

/** A Node process with one Node child, like a cluster primary and its worker; both wait to be ended. */
const PARENT_WITH_CHILD = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
process.on('SIGTERM', () => { child.kill('SIGTERM'); process.exit(0); });
setInterval(() => {}, 1000);
`;

let parent: ChildProcess | undefined;
afterEach(() => {
  parent?.kill('SIGTERM');
});

describe('processTreeNodeVersions', () => {
  it.runIf(process.platform === 'linux')(
    'reads the Node version of a process and of its Node descendants',
    async () => {
      parent = spawn(process.execPath, ['-e', PARENT_WITH_CHILD], { stdio: 'ignore' });
      const pid = parent.pid ?? 0;
      const found = await eventually(async () => {
        const tree = await processTreeNodeVersions(pid);
        expect(tree).toHaveLength(2);
        return tree;
      });
      expect(found[0]).toEqual({ pid, version: process.version });
      expect(found[1]?.version).toBe(process.version);
      expect(found[1]?.pid).not.toBe(pid);
    },
  );

  it('finds nothing for a process that is gone', async () => {
    const done = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((resolve) => done.once('exit', resolve));
    expect(await processTreeNodeVersions(done.pid ?? 0)).toEqual([]);
  });
});
