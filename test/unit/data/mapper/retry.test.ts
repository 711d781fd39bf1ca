import { describe, expect, it } from 'vitest';
import { DataUnavailableError } from '#data/mapper/errors';
import { backoffDelay, createRetrier, isConflictCancellation, isUnavailable } from '#data/mapper/retry';

const policy = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 50 };

function named(name: string, extra: object = {}): Error {
  return Object.assign(new Error(name), { name }, extra);
}
const cancelled = (...codes: string[]) =>
  named('TransactionCanceledException', { CancellationReasons: codes.map((Code) => ({ Code })) });

describe('backoffDelay (full jitter)', () => {
  it('is random(0, min(cap, base * 2^attempt))', () => {
    expect(backoffDelay(0, policy, () => 0.999)).toBe(9);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(20);
    expect(backoffDelay(10, policy, () => 0.999)).toBe(49);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });
});

describe('isConflictCancellation', () => {
  it('is true only when every failed item of a cancelled transaction is a conflict', () => {
    expect(isConflictCancellation(cancelled('None', 'TransactionConflict'))).toBe(true);
    expect(isConflictCancellation(cancelled('ConditionalCheckFailed', 'TransactionConflict'))).toBe(false);
    expect(isConflictCancellation(cancelled('ThrottlingError'))).toBe(false);
    expect(isConflictCancellation(named('ThrottlingException'))).toBe(false);
  });
});

describe('isUnavailable', () => {
  it('is true for throttling, 5xx, timeouts, aborts and dropped connections', () => {
    expect(isUnavailable(named('ProvisionedThroughputExceededException'))).toBe(true);
    expect(isUnavailable(named('Whatever', { $metadata: { httpStatusCode: 503 } }))).toBe(true);
    expect(isUnavailable(named('Error', { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isUnavailable(named('TimeoutError'))).toBe(true);
    expect(isUnavailable(named('AbortError'))).toBe(true);
    expect(isUnavailable(cancelled('None', 'ThrottlingError'))).toBe(true);
  });

  it('is false for client errors and for conditions that failed', () => {
    expect(
      isUnavailable(named('ConditionalCheckFailedException', { $metadata: { httpStatusCode: 400 } })),
    ).toBe(false);
    expect(isUnavailable(named('ValidationException'))).toBe(false);
    expect(isUnavailable(cancelled('ConditionalCheckFailed'))).toBe(false);
    expect(isUnavailable('nope')).toBe(false);
  });
});

describe('createRetrier', () => {
  it('retries a conflict-cancelled transaction until it succeeds, sleeping between attempts', async () => {
    const sleeps: number[] = [];
    const retrier = createRetrier(policy, async (ms) => {
      sleeps.push(ms);
    });
    let calls = 0;
    const result = await retrier.run('TransactWriteItems', async () => {
      calls++;
      if (calls < 3) throw cancelled('TransactionConflict');
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(sleeps).toHaveLength(2);
  });

  it('gives up on conflicts after maxAttempts with a 503 carrying Retry-After', async () => {
    const retrier = createRetrier(policy, async () => {});
    let calls = 0;
    const error = await retrier
      .run('TransactWriteItems', async () => {
        calls++;
        throw cancelled('TransactionConflict');
      })
      .catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(error).toBeInstanceOf(DataUnavailableError);
    expect((error as DataUnavailableError).retryAfterSeconds).toBe(1);
  });

  it('leaves throttling to the SDK: one attempt, then a 503 naming the SDK’s attempts', async () => {
    const retrier = createRetrier(policy, async () => {});
    let calls = 0;
    const error = await retrier
      .run('Query', async () => {
        calls++;
        throw named('ThrottlingException', { $metadata: { attempts: 2 } });
      })
      .catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(error).toBeInstanceOf(DataUnavailableError);
    expect((error as Error).message).toContain('after 2 attempts');
  });

  it('rethrows other errors at once', async () => {
    const retrier = createRetrier(policy, async () => {});
    await expect(
      retrier.run('Put', async () => Promise.reject(named('ValidationException'))),
    ).rejects.toThrow('ValidationException');
  });
});
