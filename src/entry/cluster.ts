import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Config } from '#config';
import { createLogger } from '#lib/logger';
import { configOrExit, runServer } from './server.ts';

/** More crashes than this within {@link CRASH_WINDOW_MS} mean the workers cannot stay up. */
const CRASH_LIMIT = 10;
const CRASH_WINDOW_MS = 60_000;
/** How long the primary waits past the workers' own grace before it kills what is left. */
const KILL_MARGIN_MS = 2_000;

/**
 * The container's entry: a primary process that runs `WEB_CONCURRENCY` server workers (one
 * per available core by default) on one shared port, replaces a worker that dies, and on
 * SIGTERM/SIGINT has every worker drain its in-flight requests, then exits 0 — within the
 * workers' shutdown grace plus a margin, killing any worker still running by then.
 */
export function runCluster(config: Config): void {
  if (cluster.isWorker) {
    runServer(config);
    return;
  }
  const logger = createLogger({ serviceName: config.serviceName, level: config.logLevel });
  const size = config.webConcurrency ?? availableParallelism();
  const workers = new Set<Worker>();
  const crashes: number[] = [];
  let stopping = false;

  const fork = () => {
    const worker = cluster.fork();
    workers.add(worker);
  };
  cluster.on('exit', (worker, code, signal) => {
    workers.delete(worker);
    if (stopping) {
      if (workers.size === 0) {
        logger.info('all workers stopped', { pid: process.pid });
        process.exit(0);
      }
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while ((crashes[0] ?? now) < now - CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length > CRASH_LIMIT) {
      logger.error('workers keep dying; giving up', { crashes: crashes.length, windowMs: CRASH_WINDOW_MS });
      stopping = true;
      for (const remaining of workers) remaining.process.kill('SIGTERM');
      process.exitCode = 1;
      if (workers.size === 0) process.exit(1);
      return;
    }
    logger.error('worker died; starting a replacement', { workerPid: worker.process.pid, code, signal });
    fork();
  });

  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal, workers: workers.size, pid: process.pid });
    if (workers.size === 0) process.exit(0);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      const left = [...workers].map((worker) => worker.process.pid);
      logger.warn('workers still running after the shutdown grace; killing them', { workerPids: left });
      for (const worker of workers) worker.process.kill('SIGKILL');
      process.exit(0);
    }, config.shutdownGraceMs + KILL_MARGIN_MS).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  for (let index = 0; index < size; index += 1) fork();
  logger.info('cluster started', { workers: size, port: config.port, pid: process.pid });
}

if (import.meta.url === `file://${process.argv[1]}`) runCluster(configOrExit());
