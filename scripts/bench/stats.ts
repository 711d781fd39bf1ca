/** Latency summaries for benchmark runs (milliseconds). */
export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** What one stretch of load recorded, before it is summarized (stretches of a scenario can be merged). */
export interface LoadSample {
  latencies: number[];
  errors: number;
  seconds: number;
}

/** One summary of several stretches of the same load, as if they had run back to back. */
export function summarizeSamples(samples: readonly LoadSample[]): LoadResult {
  return summarize(
    samples.flatMap((sample) => sample.latencies),
    samples.reduce((sum, sample) => sum + sample.errors, 0),
    samples.reduce((sum, sample) => sum + sample.seconds, 0),
  );
}

export function summarize(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    errors,
    requests: latencies.length,
  };
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
