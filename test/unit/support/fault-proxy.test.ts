import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FaultProxy, startFaultProxy } from '../../support/fault-proxy.ts';

let upstream: http.Server;
let received = 0;
let proxy: FaultProxy;

beforeAll(async () => {
  upstream = http.createServer((request, response) => {
    received += 1;
    request.resume();
    response.end('pong');
  });
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  proxy = await startFaultProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
});
afterAll(async () => {
  await proxy.close();
  upstream.close();
});
beforeEach(async () => {
  await proxy.setMode('pass');
  received = 0;
});

/** Each request on its own connection, so one mode's sockets never leak into the next case. */
const call = (timeoutMs = 500) =>
  fetch(`${proxy.endpoint}/ping`, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { connection: 'close' },
  });

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('fault proxy', () => {
  it('passes requests and answers through', async () => {
    const response = await call(10_000);
    expect(await response.text()).toBe('pong');
  });

  it('refuses connections, and accepts them again on the same port', async () => {
    await proxy.setMode('refuse');
    const error = await call(10_000).catch((caught: unknown) => caught);
    expect((error as Error & { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
    await proxy.setMode('pass');
    expect(await (await call(10_000)).text()).toBe('pong');
  });

  it('black-holes: the request never reaches the upstream and no answer comes', async () => {
    await proxy.setMode('blackhole');
    const error = await call(300).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('TimeoutError');
    expect(received).toBe(0);
  });

  it('loses the response after the upstream handled the request', async () => {
    await proxy.setMode('lose-response');
    const error = await call(10_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    await until(() => received === 1);
    expect(proxy.stats.droppedResponses).toBeGreaterThan(0);
  });

  it('stalls an answer half-way', async () => {
    await proxy.setMode('stall');
    const error = await call(300).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('TimeoutError');
    expect(received).toBe(1);
  });

  it('delays answers but delivers them', async () => {
    await proxy.setMode({ kind: 'delay', delayMs: 200 });
    const started = performance.now();
    expect(await (await call(10_000)).text()).toBe('pong');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });
});
