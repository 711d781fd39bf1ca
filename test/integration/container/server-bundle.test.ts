import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, stackContext } from '#test/support/stack';
import { bundle } from '../../../scripts/bundle.ts';
import { freePort } from '../../../scripts/local/processes.ts';

/**
 * What the container image runs (`node dist/server/index.mjs`), minus Docker: the bundle
 * alone, with no node_modules next to it, against the run's local stack.
 */
const outDir = mkdtempSync(path.join(tmpdir(), 'tasklane-server-bundle-'));
let serverFile = '';

beforeAll(async () => {
  const [built] = await bundle({ outDir, names: ['server'] });
  serverFile = built?.file ?? '';
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('bundled Node server (container entry)', () => {
  it('serves /health and /ready, then exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [serverFile], {
      cwd: outDir,
      env: {
        PATH: process.env.PATH ?? '',
        ...stackContext().environment,
        AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? '',
        AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? '',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        DYNAMODB_TABLE_NAME: await createTestTable('server-bundle'),
        CURSOR_SECRET: 'server-bundle-cursor-secret-0123456789abcdef',
        STAGE: 'test',
        LOG_LEVEL: 'INFO',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      for (let attempt = 0; !output.includes('server listening'); attempt += 1) {
        if (attempt > 200 || child.exitCode !== null) throw new Error(`server never listened:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('"signal":"SIGTERM"');
    } finally {
      child.kill('SIGKILL');
    }
  });
});
