import autocannon from 'autocannon';
import { type LoadResult, type LoadSample, summarize } from './stats.ts';

/** One kind of request; `path` and `body` are called for every request sent. */
export interface RequestShape {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: () => string;
  body?: () => string;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  /** Origin (and default path) of the server. */
  url: string;
  headers?: Record<string, string>;
  /** Shapes cycled in order by each connection (e.g. four reads and a write = 80/20). */
  requests?: RequestShape[];
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
  const sample = await sampleLoad(options);
  return summarize(sample.latencies, sample.errors, sample.seconds);
}

/** {@link runLoad}'s measurement, unsummarized. */
export async function sampleLoad(options: LoadOptions): Promise<LoadSample> {
  const ok = options.expect ?? ((status: number) => status >= 200 && status < 300);
  const latencies: number[] = [];
  let errors = 0;
  const requests = options.requests?.map((shape) => ({
    method: shape.method,
    headers: { ...options.headers, ...shape.headers },
    setupRequest: (request: Record<string, unknown>) => ({
      ...request,
      path: shape.path(),
      ...(shape.body ? { body: shape.body() } : {}),
    }),
  }));
  const instance = autocannon({
    url: options.url,
    headers: options.headers ?? {},
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
    ...(requests ? { requests } : {}),
  } as unknown as autocannon.Options) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (ok(status)) latencies.push(responseTime);
    else errors += 1;
  });
  const result = await instance;
  errors += result.errors + result.timeouts;
  return { latencies, errors, seconds: options.seconds };
}

/** Runs `operation` from `concurrency` loops for `seconds`: the raw-SDK floor of a scenario. */
export async function sampleFloor(
  operation: () => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<LoadSample> {
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
  return { latencies, errors, seconds };
}
