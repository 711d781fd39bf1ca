import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { bundle } from '../bundle.ts';
import { type ManagedProcess, spawnManaged, waitUntil } from '../local/processes.ts';

/**
 * Starts the API as its own process (the load generator runs in this one) from the same
 * esbuild bundle the container image runs, with request logging off (LOG_LEVEL=WARN) so
 * writing to a pipe is not what gets measured.
 */
export async function startBenchServer(
  environment: Record<string, string>,
  port: number,
  outDir: string,
  options: {
    cpuProfileFile?: string;
    /** Cluster workers (WEB_CONCURRENCY); the default is the container's, one per core. */
    workers?: number;
    /** Build plugins for a variant of the bundle (the ablation's), built into `outDir`. */
    plugins?: Plugin[];
  } = {},
): Promise<ManagedProcess> {
  const entry = benchServerBundle(outDir);
  if (!existsSync(entry))
    await bundle({ outDir, names: ['server'], ...(options.plugins ? { plugins: options.plugins } : {}) });
  const profiling = profilingOf(options.cpuProfileFile);
  // A profiled server runs one cluster worker, so that worker's one profile is the whole load's.
  const workers = options.cpuProfileFile ? 1 : options.workers;
  const server = spawnManaged('API server', process.execPath, [...profiling.args, entry], {
    env: {
      ...process.env,
      ...environment,
      ...(workers ? { WEB_CONCURRENCY: String(workers) } : {}),
      ...profiling.env,
      PORT: String(port),
      LOG_LEVEL: 'WARN',
      NODE_ENV: 'production',
    },
  });
  await untilHealthy('API server', port, server);
  return server;
}

/**
 * Starts the bare `node:http` server (scripts/bench/bare-server.ts), bundled with the server
 * bundle's options, answering every request as `userId`.
 */
export async function startBareServer(
  environment: Record<string, string>,
  port: number,
  outDir: string,
  userId: string,
  options: { cpuProfileFile?: string } = {},
): Promise<ManagedProcess> {
  const entry = bareServerBundle(outDir);
  if (!existsSync(entry)) {
    await bundle({
      outDir: path.join(outDir, 'bare'),
      names: ['server'],
      entries: { server: 'scripts/bench/bare-server.ts' },
    });
  }
  const profiling = profilingOf(options.cpuProfileFile);
  const server = spawnManaged('bare HTTP server', process.execPath, [...profiling.args, entry], {
    env: {
      ...process.env,
      ...environment,
      ...profiling.env,
      BENCH_USER_ID: userId,
      PORT: String(port),
      NODE_ENV: 'production',
    },
  });
  await untilHealthy('bare HTTP server', port, server);
  return server;
}

/** The profiler preload, which records only between two SIGUSR2s (see cpu-profiler.mjs). */
function profilingOf(cpuProfileFile: string | undefined): { args: string[]; env: Record<string, string> } {
  return cpuProfileFile
    ? {
        args: ['--import', path.join(import.meta.dirname, 'cpu-profiler.mjs')],
        env: { BENCH_CPU_PROFILE: cpuProfileFile },
      }
    : { args: [], env: {} };
}

function untilHealthy(name: string, port: number, server: ManagedProcess): Promise<void> {
  return waitUntil(name, async () => (await fetch(`http://127.0.0.1:${port}/health`)).ok, server, 30_000);
}

/** The server bundle the bench runs (and whose source map the CPU profile is read with). */
export function benchServerBundle(outDir: string): string {
  return path.join(outDir, 'server', 'index.mjs');
}

/** The bare server's bundle (and the source map its CPU profile is read with). */
export function bareServerBundle(outDir: string): string {
  return path.join(outDir, 'bare', 'server', 'index.mjs');
}
