import { serve } from '@hono/node-server';
import { createApp } from '#app';
import { ConfigError, loadConfig } from '#config';
import { createContainer } from '#container';

/**
 * The plain Node server (local and container). SIGTERM/SIGINT stop accepting new
 * connections and let in-flight requests finish before the process exits.
 */
export function startServer(config = loadConfig()) {
  const deps = createContainer(config);
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port });
  return { server, deps, app };
}

function main(): void {
  let started: ReturnType<typeof startServer>;
  try {
    started = startServer();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { server, deps } = started;
  deps.logger.info('server listening', { port: deps.config.port, stage: deps.config.stage });
  const shutdown = (signal: string) => {
    deps.logger.info('shutting down', { signal });
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
