import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { WEB_DIST } from './build.ts';
import { webContentSecurityPolicy } from './content-security-policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface WebAppOptions {
  port: number;
  /** What `/config.json` answers: the API's origin and how to sign in. */
  settings: { apiUrl: string; apiKey?: string; auth: { mode: 'local' } | Record<string, string> };
  /** Origins the page may call besides its own (the API, the bucket's upload host). */
  connectTo: string[];
  dist?: string;
}

export interface WebApp {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

/**
 * The built app as the deployed hosting serves it: hashed assets cached for good, index.html
 * for every other path (the SPA fallback), `/config.json` beside it, and a
 * Content-Security-Policy that lets the page reach only itself, the API and the bucket.
 */
export function serveWebApp(options: WebAppOptions): Promise<WebApp> {
  const dist = path.resolve(options.dist ?? WEB_DIST);
  const config = JSON.stringify(options.settings);
  const policy = webContentSecurityPolicy(options.connectTo);
  const server = createServer((request, response) => {
    const headers = {
      'content-security-policy': policy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (pathname === '/config.json') {
      response
        .writeHead(200, { ...headers, 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(config);
      return;
    }
    const file = path.join(dist, path.normalize(pathname));
    const inside = file.startsWith(dist + path.sep);
    const isFile = inside && existsSync(file) && statSync(file).isFile();
    if (!isFile && path.extname(pathname) !== '') {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const served = isFile ? file : path.join(dist, 'index.html');
    const immutable = served.includes(`${path.sep}assets${path.sep}`);
    response.writeHead(200, {
      ...headers,
      'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(served).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, () => {
      resolve({
        url: `http://localhost:${options.port}`,
        server,
        stop: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
