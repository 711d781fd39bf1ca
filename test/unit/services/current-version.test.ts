import { describe, expect, it } from 'vitest';
import { ConcurrentChangeError, NotFoundError, PreconditionFailedError } from '#domain/errors';
import { CURRENT_VERSION_ATTEMPTS, onCurrentVersion } from '#services/current-version';

/** An attempt that loses `losses` races (412 from its version lock), then succeeds. */
function losing(losses: number) {
  let calls = 0;
  const attempt = async () => {
    calls += 1;
    if (calls <= losses) throw new PreconditionFailedError();
    return `won on ${calls}`;
  };
  return { attempt, calls: () => calls };
}

describe('writing on the current version', () => {
  it('with If-Match, tries once: a moved version is the client’s 412', async () => {
    const { attempt, calls } = losing(1);
    await expect(onCurrentVersion(3, attempt)).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(calls()).toBe(1);
  });

  it('without If-Match, reads again and reapplies after each lost race', async () => {
    const { attempt, calls } = losing(3);
    expect(await onCurrentVersion(undefined, attempt)).toBe('won on 4');
    expect(calls()).toBe(4);
  });

  it('gives up with 409 transaction_cancelled after the last allowed lost race', async () => {
    const { attempt, calls } = losing(CURRENT_VERSION_ATTEMPTS);
    const error = await onCurrentVersion(undefined, attempt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrentChangeError);
    expect(error).toMatchObject({ code: 'transaction_cancelled' });
    expect(calls()).toBe(CURRENT_VERSION_ATTEMPTS);
  });

  it('passes any other failure through at once', async () => {
    let calls = 0;
    const gone = onCurrentVersion(undefined, async () => {
      calls += 1;
      throw new NotFoundError('The task does not exist.', 'task_not_found');
    });
    await expect(gone).rejects.toMatchObject({ code: 'task_not_found' });
    expect(calls).toBe(1);
  });
});
