import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#app';
import { createContainer } from '#container';
import { createTestTable, testConfig } from '#test/support/stack';

/*
 * A flood of oversized POSTs against the real Node server. What a user would notice is asserted
 * (every flood request gets its 413, a keep-alive client on another connection keeps its
 * connection and its answers); bytes read and RSS are measured and printed for the record.
 */

const MAX_BODY_BYTES = 64 * 1024;
const FLOOD_BODY = Buffer.alloc(2 * 1024 * 1024, 'x');
const FLOOD_REQUESTS = 40;

let server: ReturnType<typeof serve>;
let port: number;
const serverSockets: Socket[] = [];

beforeAll(async () => {
  const table = await createTestTable('bodies');
  const app = createApp(createContainer(testConfig(table, { MAX_BODY_BYTES: String(MAX_BODY_BYTES) })));
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  server.on('connection', (socket: Socket) => serverSockets.push(socket));
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  floodAgent.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A client that keeps its connections open between requests, as load generators and SDKs do. */
const floodAgent = new http.Agent({ keepAlive: true, maxSockets: 10 });

/** One POST; resolves with the status and whether the answer said close. */
function oversizedPost(body: Buffer, chunked: boolean) {
  return new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
    let answered = false;
    const request = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/projects',
      agent: floodAgent,
      headers: {
        'content-type': 'application/json',
        ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) }),
      },
    });
    request.on('response', (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, connection: response.headers.connection });
    });
    // The server closes the connection after its 413, so the rest of our write may fail once the
    // answer is in; a failure before any answer (a reset) fails the test.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.end(body);
  });
}

describe('oversized bodies', () => {
  it('refuses a declared oversize from its Content-Length, without reading it, and keeps other clients whole', async () => {
    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const healthOnKeepAlive = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const request = http.get(
          { host: '127.0.0.1', port, path: '/health', agent: keepAlive },
          (response) => {
            response.resume();
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket }),
            );
          },
        );
        request.on('error', reject);
      });
    expect((await healthOnKeepAlive()).status).toBe(200);

    const socketsBefore = serverSockets.length;
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const flood = Array.from({ length: FLOOD_REQUESTS }, () => oversizedPost(FLOOD_BODY, false));
    // The keep-alive client is served throughout the flood, always on the connection it already had.
    let floodDone = false;
    const keptAlive: Array<{ status: number; reused: boolean }> = [];
    const pinging = (async () => {
      while (!floodDone) keptAlive.push(await healthOnKeepAlive());
    })();
    const answers = await Promise.all(flood);
    floodDone = true;
    await pinging;
    keptAlive.push(await healthOnKeepAlive());
    const rssAfter = process.memoryUsage().rss;

    for (const answer of answers) {
      expect(answer.status).toBe(413);
      expect(answer.connection).toBe('close');
    }
    expect(keptAlive.length).toBeGreaterThan(1);
    for (const answer of keptAlive) expect(answer).toEqual({ status: 200, reused: true });
    const floodSockets = serverSockets.slice(socketsBefore);
    const bytesRead = floodSockets.map((socket) => socket.bytesRead);
    // Most of each 2 MiB body is never read: the server answers from the header and closes (a
    // server that drained refused bodies to keep the connection would read them all).
    expect(Math.max(...bytesRead)).toBeLessThan(FLOOD_BODY.length / 2);
    console.info(
      `oversized flood: ${FLOOD_REQUESTS} x 2 MiB with Content-Length over 10 keep-alive client connections; server read at most ${Math.max(...bytesRead)} bytes per connection ` +
        `(mean ${Math.round(bytesRead.reduce((a, b) => a + b, 0) / bytesRead.length)}); ` +
        `RSS ${Math.round(rssBefore / 2 ** 20)} → ${Math.round(rssAfter / 2 ** 20)} MiB (client and server in one process); ` +
        `${keptAlive.length} keep-alive requests during the flood, all on their first connection`,
    );
    keepAlive.destroy();
  });

  it('refuses a chunked oversize as soon as it crosses the limit', async () => {
    const answer = await oversizedPost(FLOOD_BODY, true);
    expect(answer).toEqual({ status: 413, connection: 'close' });
  });

  it('still accepts a body within the limit on a kept-alive connection', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/v1/projects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'small' }),
    });
    // No token: the body passed the limit and reached authentication.
    expect(response.status).toBe(401);
  });
});
