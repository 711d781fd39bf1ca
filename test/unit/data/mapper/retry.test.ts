import { describe, expect, it } from 'vitest';
import { DataUnavailableError } from '#data/mapper/errors';
import { backoffDelay, createRetrier, isRetryable } from '#data/mapper/retry';

const policy = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 50 };

function named(name: string, extra: object = {}): Error {
  return Object.assign(new Error(name), { name }, extra);
}

describe('backoffDelay (full jitter)', () => {
  it('is random(0, min(cap, base * 2^attempt))', () => {
    expect(backoffDelay(0, policy, () => 0.999)).toBe(9);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(20);
    expect(backoffDelay(10, policy, () => 0.999)).toBe(49);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });
});

describe('isRetryable', () => {
  it('retries throttling, 5xx and dropped connections', () => {
    expect(isRetryable(named('ProvisionedThroughputExceededException'))).toBe(true);
    expect(isRetryable(named('ThrottlingException'))).toBe(true);
    expect(isRetryable(named('Whatever', { $metadata: { httpStatusCode: 503 } }))).toBe(true);
    expect(isRetryable(named('Error', { code: 'ECONNRESET' }))).toBe(true);
  });

  it('retries a cancelled transaction only when every failure is a conflict or throttle', () => {
    const cancelled = (...codes: string[]) =>
      named('TransactionCanceledException', { CancellationReasons: codes.map((Code) => ({ Code })) });
    expect(isRetryable(cancelled('None', 'TransactionConflict'))).toBe(true);
    expect(isRetryable(cancelled('ConditionalCheckFailed', 'TransactionConflict'))).toBe(false);
  });

  it('does not retry client errors', () => {
    expect(
      isRetryable(named('ConditionalCheckFailedException', { $metadata: { httpStatusCode: 400 } })),
    ).toBe(false);
    expect(isRetryable(named('ValidationException'))).toBe(false);
    expect(isRetryable('nope')).toBe(false);
  });
});

describe('createRetrier', () => {
  it('retries until success, sleeping between attempts', async () => {
    const sleeps: number[] = [];
    const retrier = createRetrier(policy, async (ms) => {
      sleeps.push(ms);
    });
    let calls = 0;
    const result = await retrier.run('GetItem', async () => {
      calls++;
      if (calls < 3) throw named('ThrottlingException');
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(sleeps).toHaveLength(2);
  });

  it('gives up after maxAttempts with a 503 carrying Retry-After', async () => {
    const retrier = createRetrier(policy, async () => {});
    let calls = 0;
    const error = await retrier
      .run('Query', async () => {
        calls++;
        throw named('ThrottlingException');
      })
      .catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(error).toBeInstanceOf(DataUnavailableError);
    expect((error as DataUnavailableError).status).toBe(503);
    expect((error as DataUnavailableError).headers['Retry-After']).toBe('1');
  });

  it('rethrows non-retryable errors at once', async () => {
    const retrier = createRetrier(policy, async () => {});
    await expect(
      retrier.run('Put', async () => Promise.reject(named('ValidationException'))),
    ).rejects.toThrow('ValidationException');
  });
});
