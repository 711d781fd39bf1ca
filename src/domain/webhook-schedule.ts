/**
 * When a failed delivery is tried again: the n-th retry waits the n-th delay of the schedule
 * (configured in seconds), jittered by ±20 % so endpoints that failed together are not retried
 * together. Past the schedule there is no retry: the delivery has failed for good.
 */
export const RETRY_JITTER = 0.2;

/** The delay before retry number `retriesUsed + 1`, in ms, or undefined when the schedule is used up. */
export function retryDelayMs(
  scheduleSeconds: readonly number[],
  retriesUsed: number,
  random: () => number = Math.random,
): number | undefined {
  const seconds = scheduleSeconds[retriesUsed];
  if (seconds === undefined) return undefined;
  const factor = 1 + RETRY_JITTER * (2 * random() - 1);
  return Math.max(1, Math.round(seconds * 1000 * factor));
}

/** The longest time a delivery can keep retrying (every delay at its upper jitter), in ms. */
export function scheduleSpanMs(scheduleSeconds: readonly number[]): number {
  return scheduleSeconds.reduce((sum, seconds) => sum + seconds * 1000 * (1 + RETRY_JITTER), 0);
}
