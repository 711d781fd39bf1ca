import autocannon from 'autocannon';
import { type LoadResult, summarize } from './stats.ts';

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  /** A body per request (e.g. unique titles); called for every request. */
  body?: () => string;
  /** Several request shapes cycled in order (e.g. an 80/20 read/write mix). */
  requests?: Array<{ method: string; path: string; headers?: Record<string, string>; body?: () => string }>;
  connections: number;
  seconds: number;
  /** Statuses that count as success (default: 2xx). */
  expect?: (status: number) => boolean;
}

/**
 * Drives a running server with autocannon (keep-alive, no pipelining) and records
 * every response time itself, so p95 is exact rather than autocannon's fixed buckets.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const ok = options.expect ?? ((status: number) => status >= 200 && status < 300);
  const latencies: number[] = [];
  let errors = 0;
  const requests = options.requests?.map((shape) => ({
    method: shape.method as 'GET',
    path: shape.path,
    headers: { ...options.headers, ...shape.headers },
    setupRequest: (request: Record<string, unknown>) =>
      shape.body ? { ...request, body: shape.body() } : request,
  }));
  const single = options.body
    ? [
        {
          method: options.method ?? 'POST',
          setupRequest: (request: Record<string, unknown>) => ({ ...request, body: options.body?.() }),
        },
      ]
    : undefined;
  const instance = autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
    ...(requests ? { requests } : single ? { requests: single } : {}),
  } as autocannon.Options) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (ok(status)) latencies.push(responseTime);
    else errors += 1;
  });
  const result = await instance;
  errors += result.errors + result.timeouts;
  return summarize(latencies, errors, options.seconds);
}

/** Runs `operation` from `concurrency` loops for `seconds`: the raw-SDK floor of a scenario. */
export async function runFloor(
  operation: () => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        await operation();
        latencies.push(performance.now() - started);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return summarize(latencies, errors, seconds);
}
