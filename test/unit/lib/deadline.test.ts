import { describe, expect, it } from 'vitest';
import { currentDeadline, untilAborted, withDeadline } from '#lib/deadline';
import { coalesce } from '#lib/ttl-cache';

/** A promise the test settles by hand. */
function pending<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('request deadlines', () => {
  it('carry the signal through async work started under them', async () => {
    const controller = new AbortController();
    const seen = await withDeadline(controller.signal, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return currentDeadline();
    });
    expect(seen).toBe(controller.signal);
    expect(currentDeadline()).toBeUndefined();
  });

  it('untilAborted leaves with the signal’s reason while the work goes on', async () => {
    const controller = new AbortController();
    const work = pending<string>();
    const waiting = untilAborted(work.promise, controller.signal);
    controller.abort(new Error('deadline'));
    await expect(waiting).rejects.toThrow('deadline');
  });
});

describe('coalesce under deadlines', () => {
  it('lets a waiter leave at its own deadline while the shared lookup goes on for the others', async () => {
    const lookup = coalesce<string>();
    const shared = pending<string>();
    let loads = 0;
    const load = () => {
      loads += 1;
      return shared.promise;
    };
    const first = withDeadline(new AbortController().signal, () => lookup('user', load));
    const short = new AbortController();
    const second = withDeadline(short.signal, () => lookup('user', load));
    short.abort(new Error('second caller out of time'));
    await expect(second).rejects.toThrow('second caller out of time');
    shared.resolve('enabled');
    await expect(first).resolves.toBe('enabled');
    expect(loads).toBe(1);
  });

  it('forgets a failed lookup: the next caller loads again', async () => {
    const lookup = coalesce<string>();
    let loads = 0;
    await expect(
      lookup('user', async () => {
        loads += 1;
        throw new Error('identity provider down');
      }),
    ).rejects.toThrow('identity provider down');
    await expect(
      lookup('user', async () => {
        loads += 1;
        return 'enabled';
      }),
    ).resolves.toBe('enabled');
    expect(loads).toBe(2);
  });
});
