import { existsSync } from 'node:fs';
import path from 'node:path';
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
  options: { cpuProfileFile?: string } = {},
): Promise<ManagedProcess> {
  const entry = benchServerBundle(outDir);
  if (!existsSync(entry)) await bundle({ outDir, names: ['server'] });
  // The profiler preload records only between two SIGUSR2s (see cpu-profiler.mjs).
  const profiling = options.cpuProfileFile
    ? {
        args: ['--import', path.join(import.meta.dirname, 'cpu-profiler.mjs')],
        // One cluster worker serves every request, so its one profile is the whole load's.
        env: { BENCH_CPU_PROFILE: options.cpuProfileFile, WEB_CONCURRENCY: '1' },
      }
    : { args: [], env: {} };
  const server = spawnManaged('API server', process.execPath, [...profiling.args, entry], {
    env: {
      ...process.env,
      ...environment,
      ...profiling.env,
      PORT: String(port),
      LOG_LEVEL: 'WARN',
      NODE_ENV: 'production',
    },
  });
  await waitUntil(
    'API server',
    async () => (await fetch(`http://127.0.0.1:${port}/health`)).ok,
    server,
    30_000,
  );
  return server;
}

/** The server bundle the bench runs (and whose source map the CPU profile is read with). */
export function benchServerBundle(outDir: string): string {
  return path.join(outDir, 'server', 'index.mjs');
}
