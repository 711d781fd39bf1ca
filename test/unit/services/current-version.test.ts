import { describe, expect, it } from 'vitest';
import { STATE_MOVED } from '#data/repositories/write-failures';
import { ConcurrentChangeError, NotFoundError } from '#domain/errors';
import { CURRENT_VERSION_ATTEMPTS, onCurrentVersion } from '#services/current-version';

/** An attempt that loses `losses` races (the state moved under its version lock), then lands. */
function losing(losses: number) {
  let calls = 0;
  const attempt = async () => {
    calls += 1;
    return calls <= losses ? STATE_MOVED : `won on ${calls}`;
  };
  return { attempt, calls: () => calls };
}

describe('writing on the current version', () => {
  it('reads again and reapplies after each lost race', async () => {
    const { attempt, calls } = losing(3);
    expect(await onCurrentVersion(attempt)).toBe('won on 4');
    expect(calls()).toBe(4);
  });

  it('gives up with 409 transaction_cancelled after the last allowed lost race', async () => {
    const { attempt, calls } = losing(CURRENT_VERSION_ATTEMPTS);
    const error = await onCurrentVersion(attempt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrentChangeError);
    expect(error).toMatchObject({ code: 'transaction_cancelled' });
    expect(calls()).toBe(CURRENT_VERSION_ATTEMPTS);
  });

  it('passes a failure through at once, the 412 of an If-Match the re-read no longer matches included', async () => {
    let calls = 0;
    const gone = onCurrentVersion(async () => {
      calls += 1;
      throw new NotFoundError('The task does not exist.', 'task_not_found');
    });
    await expect(gone).rejects.toMatchObject({ code: 'task_not_found' });
    expect(calls).toBe(1);
  });
});
