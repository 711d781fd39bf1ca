import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#app';
import { createContainer } from '#container';
import { eventually } from '#test/support/eventually';
import { createTestTable, testConfig } from '#test/support/stack';
import { runFlood } from '../../../scripts/bench/flood.ts';
import { lingerOnClose, silenceHttpParser } from '../../../src/entry/lingering-close.ts';

/*
 * Oversized POSTs against the real Node server as the entry starts it (lingering close). What a
 * user would notice is asserted: every oversized request gets its 413 and no connection error,
 * even while its body is still being sent; the 413 comes before the body; a client that never
 * stops sending is cut off within the linger bounds; a keep-alive client on another connection
 * keeps its connection and its answers. RSS is printed for the record.
 */

const MAX_BODY_BYTES = 64 * 1024;
const FLOOD_BODY = Buffer.alloc(2 * 1024 * 1024, 'x');
const FLOOD_REQUESTS = 40;
const LINGER = { ms: 3_000, bytes: 4 * 1024 * 1024 };

let server: ReturnType<typeof serve>;
let port: number;
const serverSockets: Socket[] = [];

beforeAll(async () => {
  const table = await createTestTable('bodies');
  const app = createApp(createContainer(testConfig(table, { MAX_BODY_BYTES: String(MAX_BODY_BYTES) })));
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  lingerOnClose(server as http.Server, LINGER);
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

/** One POST; resolves with the status and whether the answer said close; any connection error rejects. */
function oversizedPost(body: Buffer, chunked: boolean, agent: http.Agent | false = floodAgent) {
  return new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
    const request = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/projects',
      agent,
      headers: {
        'content-type': 'application/json',
        ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) }),
      },
    });
    let answer: { status: number; connection: string | undefined } | undefined;
    request.on('response', (response) => {
      answer = { status: response.statusCode ?? 0, connection: response.headers.connection };
      response.resume();
    });
    // Settled once the whole exchange is over: a reset at any point (even after the answer) fails it.
    request.on('error', reject);
    request.on('close', () => (answer ? resolve(answer) : reject(new Error('closed without an answer'))));
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
    console.info(
      `oversized flood: ${FLOOD_REQUESTS} x 2 MiB with Content-Length over 10 keep-alive client connections, every one answered 413 without a connection error; ` +
        `RSS ${Math.round(rssBefore / 2 ** 20)} → ${Math.round(rssAfter / 2 ** 20)} MiB (client and server in one process); ` +
        `${keptAlive.length} keep-alive requests during the flood, all on their first connection; ${serverSockets.length - socketsBefore} flood connections`,
    );
    keepAlive.destroy();
  });

  it('answers a 1 MB body declared by Content-Length, every time, on fresh connections', async () => {
    const body = Buffer.alloc(1_000_000, 'x');
    for (let round = 0; round < 30; round += 1) {
      expect(await oversizedPost(body, false, false)).toEqual({ status: 413, connection: 'close' });
    }
  });

  it('goes on reading a body still being sent after its 413, so the client that sends it sees no reset', async () => {
    // Half-open: the client keeps sending after the server's FIN, as TCP allows.
    const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    const errors: Error[] = [];
    socket.on('error', (error) => errors.push(error));
    let serverClosed = false;
    socket.once('end', () => {
      serverClosed = true;
    });
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const bodyBytes = 2 * 1024 * 1024;
    socket.write(
      `POST /v1/projects HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${bodyBytes}\r\n\r\n`,
    );
    await eventually(() => expect(received).toMatch(/^HTTP\/1\.1 413 /));
    // A client that streams its body does not stop because an answer came: it sends all of it.
    const chunk = Buffer.alloc(128 * 1024, 'x');
    for (let sent = 0; sent < bodyBytes && !socket.destroyed; sent += chunk.length) {
      if (!socket.write(chunk)) {
        await new Promise((resolve) => {
          socket.once('drain', resolve);
          socket.once('close', resolve);
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    socket.end();
    await closed;
    expect(errors).toEqual([]);
    expect(serverClosed).toBe(true);
    expect(serverSockets.at(-1)?.bytesRead ?? 0).toBeGreaterThanOrEqual(bodyBytes);
  });

  it('answers before the body is sent, and cuts off a client that never stops sending', async () => {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => {});
    socket.write(
      'POST /v1/projects HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n',
    );
    // Not one byte of the 100 MiB body is sent yet, and the answer is there.
    await eventually(() => expect(received).toMatch(/^HTTP\/1\.1 413 /));
    // Keep sending: the server discards within its bounds, then closes the connection.
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    let open = true;
    void closed.then(() => {
      open = false;
    });
    while (open && sent < 64 * 1024 * 1024) {
      if (!socket.write(chunk)) await new Promise((resolve) => setTimeout(resolve, 5));
      sent += chunk.length;
      if (sent % (1024 * 1024) === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await closed;
    expect(sent).toBeLessThan(64 * 1024 * 1024);
    const serverSide = serverSockets.at(-1);
    expect(serverSide?.bytesRead ?? 0).toBeLessThan(LINGER.bytes + 4 * 1024 * 1024);
  });

  it('gives a flood of 2 MiB POSTs from 20 concurrent clients, each reading its 413, no connection error', async () => {
    const flood = await runFlood(`http://127.0.0.1:${port}`, 2);
    expect(flood.floodRequests).toBeGreaterThan(0);
    expect(flood).toMatchObject({ floodConnectionErrors: 0, floodNon413: 0, healthErrors: 0 });
  });

  it('discards a request sent after the refused body on the same connection, and serves the next connections', async () => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    socket.on('error', () => {});
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const body = Buffer.alloc(MAX_BODY_BYTES * 2, 'x');
    socket.write(
      `POST /v1/projects HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body);
    socket.end('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received.match(/HTTP\/1\.1 \d{3} /g)).toHaveLength(1);
    // The lingering connection's parser was a discard; the server's next connections parse as ever.
    for (let round = 0; round < 5; round += 1) {
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    }
  });

  it("discards through Node's HTTP parser without handing it to JS (the internals it relies on exist)", async () => {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    await eventually(() => expect(serverSockets.at(-1)?.remotePort).toBe(socket.localPort));
    expect(silenceHttpParser(serverSockets.at(-1) as Socket)).toBe(true);
    socket.destroy();
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
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
