import path from 'node:path';
import { type ManagedProcess, spawnManaged, waitUntil } from '../local/processes.ts';

/**
 * Starts the API as its own process (the load generator runs in this one), the way
 * `npm start` serves it, with request logging off so the terminal is not the bottleneck.
 */
export async function startBenchServer(
  environment: Record<string, string>,
  port: number,
): Promise<ManagedProcess> {
  const entry = path.resolve('src/entry/server.ts');
  const server = spawnManaged('API server', process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, ...environment, PORT: String(port), LOG_LEVEL: 'WARN', NODE_ENV: 'production' },
  });
  await waitUntil(
    'API server',
    async () => (await fetch(`http://127.0.0.1:${port}/health`)).ok,
    server,
    30_000,
  );
  return server;
}
