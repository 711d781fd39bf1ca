import path from 'node:path';
import { WEB_ROOT } from './build.ts';
import type { WebAppOptions } from './serve.ts';

/**
 * `WEB_DEV=1 npm start`: Vite's dev server (instant reloads) instead of the built app, on the
 * same port and with the same `/config.json`.
 */
export async function serveWebDev(options: Pick<WebAppOptions, 'port' | 'settings'>) {
  const { createServer } = await import('vite');
  const config = JSON.stringify(options.settings);
  const server = await createServer({
    configFile: path.join(WEB_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    server: { port: options.port, strictPort: true },
    plugins: [
      {
        name: 'tasklane-config-json',
        configureServer(dev) {
          dev.middlewares.use('/config.json', (_request, response) => {
            response.setHeader('content-type', 'application/json');
            response.setHeader('cache-control', 'no-store');
            response.end(config);
          });
        },
      },
    ],
  });
  await server.listen();
  return { url: `http://localhost:${options.port}`, stop: () => server.close() };
}
