import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
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

interface Server {
  child: ChildProcessWithoutNullStreams;
  port: number;
  exited: Promise<number | null>;
  output: () => string;
  /** PIDs of workers that logged `server listening`, in order. */
  listeningPids: () => number[];
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [serverFile], {
    cwd: outDir,
    env: {
      PATH: process.env.PATH ?? '',
      ...stackContext().environment,
      AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? '',
      AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? '',
      DYNAMODB_TABLE_NAME: await createTestTable('server-bundle'),
      CURSOR_SECRET: 'server-bundle-cursor-secret-0123456789abcdef',
      STAGE: 'test',
      LOG_LEVEL: 'INFO',
      PORT: String(port),
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const listeningPids = () =>
    output
      .split('\n')
      .filter((line) => line.includes('"server listening"'))
      .map((line) => (JSON.parse(line) as { pid: number }).pid);
  return { child, port, exited, output: () => output, listeningPids };
}

/** Polls until `condition` holds; generous, because the machine may be loaded. */
async function until(server: Server, what: string, condition: () => boolean): Promise<void> {
  for (const started = Date.now(); !condition(); ) {
    if (Date.now() - started > 60_000 || server.child.exitCode !== null) {
      throw new Error(`${what} never happened:\n${server.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One GET on a fresh connection (no keep-alive), so each request is routed to a worker anew; bounded. */
function get(port: number, pathname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port, path: pathname, agent: false, timeout: 30_000 };
    const request = http.get(options, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
    });
    request.once('timeout', () => request.destroy(new Error(`GET ${pathname}: no answer in 30 s`)));
    request.once('error', reject);
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('bundled Node server (container entry)', () => {
  it('serves /health and /ready, then exits 0 on SIGTERM', async () => {
    const server = await startServer({ WEB_CONCURRENCY: '1' });
    try {
      await until(server, 'a worker listening', () => server.listeningPids().length === 1);
      const health = await fetch(`http://127.0.0.1:${server.port}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect((await fetch(`http://127.0.0.1:${server.port}/ready`)).status).toBe(200);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain('"signal":"SIGTERM"');
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  it('keeps answering while a worker is killed, replaces it, and drains every worker on SIGTERM', async () => {
    const server = await startServer({ WEB_CONCURRENCY: '2' });
    const workerPids = () => server.listeningPids();
    try {
      await until(server, 'two workers listening', () => workerPids().length === 2);
      const [victim, survivor] = workerPids() as [number, number];
      expect(victim).not.toBe(server.child.pid);
      expect(survivor).not.toBe(victim);

      process.kill(victim, 'SIGKILL');
      // From the moment the primary sees the death, the survivor takes every new connection.
      await until(server, 'the primary noticing', () =>
        server.output().includes('"worker died; starting a replacement"'),
      );
      const statuses: number[] = [];
      for (let index = 0; index < 20; index += 1) statuses.push(await get(server.port, '/health'));
      expect(statuses).toEqual(Array(20).fill(200));

      await until(server, 'a replacement worker', () => workerPids().length === 3);
      const replacement = workerPids()[2] ?? 0;
      expect(isRunning(victim)).toBe(false);
      const afterRestart = await Promise.all(Array.from({ length: 10 }, () => get(server.port, '/health')));
      expect(afterRestart).toEqual(Array(10).fill(200));

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain('"all workers stopped"');
      expect([survivor, replacement].filter(isRunning)).toEqual([]);
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});
