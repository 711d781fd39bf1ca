import { DataUnavailableError } from './errors.ts';

/**
 * The engine's own retry, for the one fault the SDK cannot retry: a transaction cancelled only
 * because another transaction touched the same items (TransactionConflict). Throttling and
 * transient faults are the SDK's (standard retry strategy, `#data/outbound/aws-sdk-http`); stacking a second
 * layer on it would multiply attempts past the request deadline. Backoff is exponential with
 * full jitter: sleep = random(0, min(cap, base * 2^attempt)).
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

interface SdkErrorShape {
  code?: string;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  CancellationReasons?: Array<{ Code?: string }>;
}

function failedCancellationCodes(error: Error): string[] {
  return ((error as SdkErrorShape).CancellationReasons ?? [])
    .map((reason) => reason.Code ?? '')
    .filter((code) => code !== '' && code !== 'None');
}

/** True for a transaction cancelled only by conflicts with other transactions: safe to send again. */
export function isConflictCancellation(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return false;
  const failed = failedCancellationCodes(error);
  return failed.length > 0 && failed.every((code) => code === 'TransactionConflict');
}

const UNAVAILABLE_NAMES = new Set([
  'AbortError',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TransactionConflictException',
  'TransactionInProgressException',
]);
const UNAVAILABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);
const THROTTLED_CANCELLATIONS = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded']);

/**
 * True when the database or the way to it failed rather than the request: still throttled or
 * failing after the SDK's retries, timed out, aborted by the request deadline, unreachable.
 */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const details = error as Error & SdkErrorShape;
  if (error.name === 'TransactionCanceledException') {
    const failed = failedCancellationCodes(error);
    return failed.length > 0 && failed.every((code) => THROTTLED_CANCELLATIONS.has(code));
  }
  if (UNAVAILABLE_NAMES.has(error.name) || details.$retryable) return true;
  if (details.code && UNAVAILABLE_CODES.has(details.code)) return true;
  const status = details.$metadata?.httpStatusCode;
  return status !== undefined && status >= 500;
}

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Retrier {
  /**
   * Runs `attempt`, again after a conflict-only transaction cancellation (→ DataUnavailableError
   * once the policy is spent). A database that is unavailable is a DataUnavailableError (503) at
   * once; any other error is rethrown as it is.
   */
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
    run: (operation, attempt) => retryConflicts(operation, attempt, policy, sleep),
  };
}

/** `Retrier.run` as a function: retries conflict-cancelled transactions, maps unavailability to 503. */
export async function retryConflicts<T>(
  operation: string,
  attempt: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  sleep: Sleep = realSleep,
): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (isConflictCancellation(error)) {
        if (tries >= policy.maxAttempts) throw new DataUnavailableError(operation, tries, error);
        await sleep(backoffDelay(tries - 1, policy));
        continue;
      }
      if (isUnavailable(error)) {
        const sdkAttempts = (error as SdkErrorShape).$metadata?.attempts;
        throw new DataUnavailableError(operation, sdkAttempts ?? tries, error);
      }
      throw error;
    }
  }
}
