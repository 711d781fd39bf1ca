import { DataUnavailableError } from './errors.ts';

/**
 * The engine's retry policy (the SDK client itself is set to maxAttempts 2): exponential
 * backoff with full jitter (sleep = random(0, min(cap, base * 2^attempt))), bounded.
 */
export interface RetryPolicy {
  /** Total attempts, including the first. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 20, maxDelayMs: 1000 };

/** Full-jitter delay before retry number `attempt` (0-based). */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

const RETRYABLE_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TransactionConflictException',
  'TransactionInProgressException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);
const RETRYABLE_CANCELLATIONS = new Set([
  'TransactionConflict',
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
]);

/** True for throttling, transient server errors, dropped connections and conflict-only transaction cancellations. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const details = error as Error & {
    code?: string;
    $retryable?: unknown;
    $metadata?: { httpStatusCode?: number };
    CancellationReasons?: Array<{ Code?: string }>;
  };
  if (error.name === 'TransactionCanceledException') {
    const failed = (details.CancellationReasons ?? []).filter(
      (reason) => reason.Code && reason.Code !== 'None',
    );
    return failed.length > 0 && failed.every((reason) => RETRYABLE_CANCELLATIONS.has(reason.Code ?? ''));
  }
  if (RETRYABLE_NAMES.has(error.name) || details.$retryable) return true;
  if (details.code && RETRYABLE_CODES.has(details.code)) return true;
  const status = details.$metadata?.httpStatusCode;
  return status !== undefined && status >= 500;
}

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Retrier {
  /** Runs `attempt` until it succeeds, fails for good, or the policy is spent (→ DataUnavailableError). */
  run<T>(operation: string, attempt: () => Promise<T>): Promise<T>;
  /** Waits before retry number `attempt`; for loops that retry partial results (unprocessed keys). */
  pause(attempt: number): Promise<void>;
  readonly policy: RetryPolicy;
}

export function createRetrier(policy: RetryPolicy = DEFAULT_RETRY_POLICY, sleep: Sleep = realSleep): Retrier {
  if (policy.maxAttempts < 1) throw new Error('retry policy: maxAttempts must be at least 1');
  return {
    policy,
    pause: (attempt) => sleep(backoffDelay(attempt, policy)),
    async run(operation, attempt) {
      for (let tries = 1; ; tries++) {
        try {
          return await attempt();
        } catch (error) {
          if (!isRetryable(error)) throw error;
          if (tries >= policy.maxAttempts) throw new DataUnavailableError(operation, tries, error);
          await sleep(backoffDelay(tries - 1, policy));
        }
      }
    },
  };
}
