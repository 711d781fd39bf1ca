import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from '#app';
import { type Config, ConfigError, loadConfig } from '#config';
import { createContainer } from '#container';
import { lingerOnClose } from './lingering-close.ts';

/** The plain Node server (local and container): the app on `config.port`. */
export function startServer(config = loadConfig()) {
  const container = createContainer(config);
  const app = createApp(container);
  const server = serve({ fetch: app.fetch, port: config.port });
  // A refused body's answer reaches the client instead of a reset.
  lingerOnClose(server as Server);
  return { server, container, app };
}

/**
 * Starts the server and stops it cleanly: SIGTERM/SIGINT (or, in a cluster worker, losing the
 * primary) stop accepting connections and let in-flight requests finish, for at most
 * `config.shutdownGraceMs`, then the process exits 0.
 */
export function runServer(config: Config): void {
  const { server, container } = startServer(config);
  server.once('listening', () => {
    container.logger.info('server listening', { port: config.port, stage: config.stage, pid: process.pid });
  });
  let stopping = false;
  const shutdown = (reason: string) => {
    if (stopping) return;
    stopping = true;
    container.logger.info('shutting down', { signal: reason, pid: process.pid });
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), config.shutdownGraceMs).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  // A cluster worker whose primary went away (killed, crashed) has no one to restart it or route to it.
  process.once('disconnect', () => shutdown('primary disconnected'));
}

/** Reads the configuration, or ends the process with its one-line error. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
