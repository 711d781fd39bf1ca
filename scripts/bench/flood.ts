/**
 * The oversized-body flood: 2 MiB POSTs with Content-Length on 20 connections, with /health
 * probed on its own connections meanwhile; connection errors, p99 of the 413s and of /health,
 * and the server's RSS before, right after and 10 s after. `npx tsx scripts/bench/flood.ts
 * [--seconds 15] [--no-linger]` runs it alone against an offline app (413s and /health need no
 * backing service); `npm run bench` runs it against its own server.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';

export interface FloodResult {
  seconds: number;
  floodRequests: number;
  floodConnectionErrors: number;
  floodNon413: number;
  floodP99Ms: number;
  healthRequests: number;
  healthErrors: number;
  healthP99Ms: number;
}

const FLOOD_BODY = 'x'.repeat(2 * 1024 * 1024);

function p99(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
}

/** Floods `url` with 2 MiB POSTs on 20 connections while probing /health on 2 more. */
export async function runFlood(url: string, seconds: number): Promise<FloodResult> {
  const floodTimes: number[] = [];
  const healthTimes: number[] = [];
  let non413 = 0;
  const flood = autocannon({
    url: `${url}/v1/projects`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: FLOOD_BODY,
    connections: 20,
    pipelining: 1,
    duration: seconds,
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  flood.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
    if (status === 413) floodTimes.push(time);
    else non413 += 1;
  });
  const health = autocannon({
    url: `${url}/health`,
    connections: 2,
    pipelining: 1,
    duration: seconds,
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  health.on('response', (_client: unknown, _status: number, _bytes: number, time: number) => {
    healthTimes.push(time);
  });
  const [floodResult, healthResult] = await Promise.all([flood, health]);
  return {
    seconds,
    floodRequests: floodTimes.length + non413,
    floodConnectionErrors: floodResult.errors + floodResult.timeouts,
    floodNon413: non413,
    floodP99Ms: Math.round(p99(floodTimes) * 10) / 10,
    healthRequests: healthTimes.length,
    healthErrors: healthResult.errors + healthResult.timeouts + healthResult.non2xx,
    healthP99Ms: Math.round(p99(healthTimes) * 10) / 10,
  };
}

async function main() {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '15' }, 'no-linger': { type: 'boolean', default: false } },
  });
  const { offlineApp } = await import('#test/support/app');
  const { lingerOnClose } = await import('../../src/entry/lingering-close.ts');
  const server = serve({ fetch: offlineApp().fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  if (!values['no-linger']) lingerOnClose(server);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const mib = () => Math.round(process.memoryUsage().rss / 2 ** 20);
  const before = mib();
  const result = await runFlood(url, Number(values.seconds));
  const after = mib();
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  global.gc?.();
  const settled = mib();
  console.log(
    JSON.stringify({
      linger: !values['no-linger'],
      ...result,
      rssMiB: { before, after, tenSecondsLater: settled },
    }),
  );
  server.close();
  process.exit(0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
