/**
 * The oversized-body flood: 2 MiB POSTs with Content-Length from 20 concurrent clients, with
 * /health probed on 2 keep-alive connections meanwhile; connection errors, p99 of the 413s and
 * of /health; the server's CPU per 413 and its RSS. `npm run bench` runs it against its own
 * server process; `npx tsx scripts/bench/flood.ts [--seconds 15] [--workers 2] [--warmup 10]
 * [--rounds 1]` runs just that, against the server bundle in its own process with an offline
 * configuration (a 413 and /health need no backing service).
 *
 * The flood's clients are raw sockets that behave as an HTTP/1.1 client must with an answer
 * that says `Connection: close`: read it, send nothing more than what was already under way,
 * and wait for the server to close. A general load generator does not: autocannon writes its
 * next request on the closing connection and, reconnecting, charges each answer to a request
 * sent before it (its latency grows with the run), so it measures itself, not the server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { freePort } from '../local/processes.ts';
import { runLoad } from './load.ts';
import {
  describeMachine,
  processCpuSeconds,
  processTreeCpuSeconds,
  processTreeMemoryMiB,
} from './machine.ts';
import type { TargetCheck } from './report.ts';
import { startBenchServer } from './server.ts';

/** What the flood must reach; `npm run bench` marks each ✓ or ✗. */
export const FLOOD_TARGETS = Object.freeze({
  connectionErrors: 0,
  floodP99Ms: 50,
  healthP99Ms: 50,
  /** RSS 10 s after the flood at most this much above its level before the flood. */
  rssSettledRatio: 1.1,
  rssSettleSeconds: 10,
});

export const FLOOD_SHAPE = Object.freeze({
  connections: 20,
  bodyBytes: 2 * 1024 * 1024,
  healthConnections: 2,
});

export interface FloodResult {
  seconds: number;
  /** Oversized requests sent (answered or not). */
  floodRequests: number;
  /** Resets, connections closed without an answer, exchanges not over within 10 s. */
  floodConnectionErrors: number;
  floodNon413: number;
  floodP50Ms: number;
  floodP99Ms: number;
  healthRequests: number;
  healthErrors: number;
  healthP50Ms: number;
  healthP99Ms: number;
}

/** An exchange (answer read and connection closed by the server) not over by then is an error. */
const EXCHANGE_TIMEOUT_MS = 10_000;

function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
  return Math.round(value * 10) / 10;
}

interface FloodTally {
  answers: number[];
  non413: number;
  connectionErrors: number;
  sent: number;
}

/**
 * One oversized POST on its own connection: the whole request (head and body) is queued at
 * once, the answer is timed from the connect to its last byte, then the client ends its side
 * (the body still under way goes out first) and waits for the server's close. Resolves once
 * the answer is read (or the exchange failed); `closed` settles when the connection is gone.
 */
function oversizedExchange(
  target: URL,
  request: Buffer,
  tally: FloodTally,
): { answered: Promise<void>; closed: Promise<void> } {
  const started = performance.now();
  tally.sent += 1;
  const socket = net.connect(Number(target.port), target.hostname);
  socket.setNoDelay(true);
  let received = '';
  let answered = false;
  let failed = false;
  let markAnswered: () => void = () => {};
  const answeredPromise = new Promise<void>((resolve) => {
    markAnswered = resolve;
  });
  const fail = () => {
    if (failed) return;
    failed = true;
    tally.connectionErrors += 1;
    socket.destroy();
    markAnswered();
  };
  const timer = setTimeout(fail, EXCHANGE_TIMEOUT_MS);
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      clearTimeout(timer);
      if (!answered) fail();
      resolve();
    }),
  );
  socket.on('data', (chunk: Buffer) => {
    if (answered) return;
    received += chunk.toString('latin1');
    const headEnd = received.indexOf('\r\n\r\n');
    if (headEnd < 0) return;
    const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(received.slice(0, headEnd))?.[1] ?? 0);
    if (received.length - headEnd - 4 < length) return;
    answered = true;
    const status = Number(received.slice(9, 12));
    if (status === 413) tally.answers.push(performance.now() - started);
    else tally.non413 += 1;
    socket.end();
    markAnswered();
  });
  // A reset at any point, before or after the answer, is what the server must never cause.
  socket.on('error', fail);
  socket.write(request);
  return { answered: answeredPromise, closed };
}

/** `/health` on one keep-alive connection, one request after another, until `until`. */
async function probeHealth(target: URL, agent: http.Agent, until: number, times: number[]): Promise<number> {
  let errors = 0;
  while (performance.now() < until) {
    const started = performance.now();
    const ok = await new Promise<boolean>((resolve) => {
      const request = http.get(new URL('/health', target), { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode === 200));
        response.on('error', () => resolve(false));
      });
      request.setTimeout(EXCHANGE_TIMEOUT_MS, () => request.destroy());
      request.on('error', () => resolve(false));
    });
    if (ok) times.push(performance.now() - started);
    else errors += 1;
  }
  return errors;
}

/** Floods `url` with 2 MiB POSTs from 20 concurrent clients while probing /health on 2 more connections. */
export async function runFlood(url: string, seconds: number): Promise<FloodResult> {
  const target = new URL(url);
  const request = Buffer.concat([
    Buffer.from(
      `POST /v1/projects HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: application/json\r\nContent-Length: ${FLOOD_SHAPE.bodyBytes}\r\n\r\n`,
      'latin1',
    ),
    Buffer.alloc(FLOOD_SHAPE.bodyBytes, 'x'),
  ]);
  const tally: FloodTally = { answers: [], non413: 0, connectionErrors: 0, sent: 0 };
  const until = performance.now() + seconds * 1000;
  const closing = new Set<Promise<void>>();
  const client = async () => {
    while (performance.now() < until) {
      const exchange = oversizedExchange(target, request, tally);
      closing.add(exchange.closed);
      void exchange.closed.then(() => closing.delete(exchange.closed));
      // Like a client pool: the next request goes out once this one's answer is in.
      await exchange.answered;
    }
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: FLOOD_SHAPE.healthConnections });
  const healthTimes: number[] = [];
  const [, healthErrors] = await Promise.all([
    Promise.all(Array.from({ length: FLOOD_SHAPE.connections }, client)),
    Promise.all(
      Array.from({ length: FLOOD_SHAPE.healthConnections }, () =>
        probeHealth(target, agent, until, healthTimes),
      ),
    ).then((errors) => errors.reduce((sum, count) => sum + count, 0)),
  ]);
  // Connections still closing: a reset after the answer still counts.
  await Promise.all([...closing]);
  agent.destroy();
  return {
    seconds,
    floodRequests: tally.sent,
    floodConnectionErrors: tally.connectionErrors,
    floodNon413: tally.non413,
    floodP50Ms: percentile(tally.answers, 0.5),
    floodP99Ms: percentile(tally.answers, 0.99),
    healthRequests: healthTimes.length + healthErrors,
    healthErrors,
    healthP50Ms: percentile(healthTimes, 0.5),
    healthP99Ms: percentile(healthTimes, 0.99),
  };
}

/** The flood with what it cost: the server's CPU and RSS, the load generator's CPU. */
export interface FloodMeasurement extends FloodResult {
  /** CPU of the server's process tree (primary and workers) per oversized request, in ms. */
  serverCpuMsPer413: number;
  /** CPU of this process (the load generator) per oversized request, in ms. */
  generatorCpuMsPer413: number;
  rssMiB: { before: number; after: number; settled: number };
  /** Seconds after the flood until the RSS was back within the target's margin; undefined if not within 10 s. */
  rssBackAfterSeconds: number | undefined;
}

/** Runs the flood against the server process `pid` listening at `url`, measuring its CPU and RSS. */
export async function measureFlood(pid: number, url: string, seconds: number): Promise<FloodMeasurement> {
  const mib = async () => (await processTreeMemoryMiB(pid)) ?? Number.NaN;
  const cpu = async () => ({
    server: (await processTreeCpuSeconds(pid)) ?? Number.NaN,
    generator: (await processCpuSeconds(process.pid)) ?? Number.NaN,
  });
  const before = await mib();
  const cpuBefore = await cpu();
  const flood = await runFlood(url, seconds);
  const cpuAfter = await cpu();
  const after = await mib();
  const ceiling = before * FLOOD_TARGETS.rssSettledRatio;
  const floodEnded = performance.now();
  let settled = after;
  let rssBackAfterSeconds: number | undefined;
  for (;;) {
    const elapsed = (performance.now() - floodEnded) / 1000;
    if (settled <= ceiling) {
      rssBackAfterSeconds = Math.round(elapsed * 10) / 10;
      break;
    }
    if (elapsed >= FLOOD_TARGETS.rssSettleSeconds) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
    settled = await mib();
  }
  const perRequest = (seconds: number) =>
    Math.round(((seconds * 1000) / Math.max(1, flood.floodRequests)) * 100) / 100;
  return {
    ...flood,
    serverCpuMsPer413: perRequest(cpuAfter.server - cpuBefore.server),
    generatorCpuMsPer413: perRequest(cpuAfter.generator - cpuBefore.generator),
    rssMiB: { before: Math.round(before), after: Math.round(after), settled: Math.round(settled) },
    rssBackAfterSeconds,
  };
}

/** Every target of the flood with whether this run met it. */
export function floodChecks(measured: FloodMeasurement): TargetCheck[] {
  const errors = measured.floodConnectionErrors + measured.floodNon413 + measured.healthErrors;
  return [
    {
      label: 'no connection errors',
      met: errors <= FLOOD_TARGETS.connectionErrors && measured.floodRequests > 0,
    },
    {
      label: `413 p99 < ${FLOOD_TARGETS.floodP99Ms} ms`,
      met: measured.floodP99Ms < FLOOD_TARGETS.floodP99Ms,
    },
    {
      label: `/health p99 < ${FLOOD_TARGETS.healthP99Ms} ms`,
      met: measured.healthP99Ms < FLOOD_TARGETS.healthP99Ms,
    },
    {
      label: `RSS back within ${FLOOD_TARGETS.rssSettleSeconds} s`,
      met: measured.rssBackAfterSeconds !== undefined,
    },
  ];
}

/** The flood's figures and its targets ✓/✗, as lines for the console and the report. */
export function formatFlood(measured: FloodMeasurement): string[] {
  const checks = floodChecks(measured)
    .map((check) => (check.met ? `${check.label} ✓` : `**${check.label} ✗ missed**`))
    .join('; ');
  const { before, after, settled } = measured.rssMiB;
  return [
    `${FLOOD_SHAPE.bodyBytes / 2 ** 20} MiB POSTs with Content-Length from ${FLOOD_SHAPE.connections} concurrent clients (each a new connection, closed by the server after its 413), ${measured.seconds} s; /health on ${FLOOD_SHAPE.healthConnections} keep-alive connections meanwhile.`,
    '',
    '| 413s | connection errors | not 413 | 413 p50 ms | 413 p99 ms | /health answers | /health errors | /health p50 ms | /health p99 ms | server CPU ms per 413 | generator CPU ms per 413 | RSS MiB before → after → settled | targets |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    `| ${measured.floodRequests - measured.floodConnectionErrors - measured.floodNon413} | ${measured.floodConnectionErrors} | ${measured.floodNon413} | ${measured.floodP50Ms} | ${measured.floodP99Ms} | ${measured.healthRequests - measured.healthErrors} | ${measured.healthErrors} | ${measured.healthP50Ms} | ${measured.healthP99Ms} | ${measured.serverCpuMsPer413} | ${measured.generatorCpuMsPer413} | ${before} → ${after} → ${settled}${measured.rssBackAfterSeconds === undefined ? '' : ` (back after ${measured.rssBackAfterSeconds} s)`} | ${checks} |`,
  ];
}

/** The targets the flood missed, one line each, for the report's list of misses. */
export function floodMisses(measured: FloodMeasurement): string[] {
  return floodChecks(measured)
    .filter((check) => !check.met)
    .map((check) => `oversized-body flood: ${check.label}`);
}

/** A configuration that needs no backing service: a 413 and /health never reach one. */
const OFFLINE_SERVER_ENVIRONMENT = {
  STAGE: 'test',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'offline',
  AWS_SECRET_ACCESS_KEY: 'offline',
  DYNAMODB_TABLE_NAME: 'offline-table',
  COGNITO_USER_POOL_ID: 'us-east-1_offline',
  COGNITO_CLIENT_ID: 'offline-client',
  S3_BUCKET: 'offline-bucket',
  CURSOR_SECRET: 'offline-cursor-secret-0123456789abcdef',
  // Closed ports: anything that reached for a backing service would fail fast.
  DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
  S3_ENDPOINT: 'http://127.0.0.1:9',
};

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '15' },
      workers: { type: 'string' },
      warmup: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '1' },
    },
  });
  const rootDir = mkdtempSync(path.join(tmpdir(), 'tasklane-flood-'));
  try {
    const port = await freePort();
    const server = await startBenchServer(
      OFFLINE_SERVER_ENVIRONMENT,
      port,
      path.join(rootDir, 'dist'),
      values.workers ? { workers: Number(values.workers) } : {},
    );
    try {
      console.log(describeMachine());
      const url = `http://127.0.0.1:${port}`;
      // In `npm run bench` the flood meets a server that has served the other scenarios: its heap
      // has grown to its working size, which a fresh process's RSS is not.
      await runLoad({ url: `${url}/health`, connections: 20, seconds: Number(values.warmup) });
      for (let round = 0; round < Number(values.rounds); round += 1) {
        const measured = await measureFlood(server.pid, url, Number(values.seconds));
        console.log(
          formatFlood(measured)
            .slice(round === 0 ? 0 : 4)
            .join('\n'),
        );
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(rootDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
