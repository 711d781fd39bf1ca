import { describe, expect, it } from 'vitest';
import { InvalidCredentialsError, WeakPasswordError } from '#domain/auth-errors';
import { TooManyRequestsError } from '#domain/errors';
import { createLoginLimiter } from '#services/auth/login-limiter';
import { memoryLoginAttempts } from '#test/support/auth';

function setup(limits = { accountMaxFailures: 2, addressMaxFailures: 3, windowSeconds: 60 }) {
  let now = new Date('2026-01-01T00:00:00Z');
  const clock = { now: () => now };
  const store = memoryLoginAttempts(clock);
  const limiter = createLoginLimiter({ store, limits, clock });
  const wrong = () => Promise.reject(new InvalidCredentialsError());
  return {
    store,
    limiter,
    wrong,
    advance: (seconds: number) => {
      now = new Date(now.getTime() + seconds * 1000);
    },
  };
}

describe('login limiter', () => {
  it('refuses an account after its failures with the seconds left in the window, without asking again', async () => {
    const { limiter, wrong, advance } = setup();
    const alice = { account: 'Alice@Example.com', address: '192.0.2.1' };
    await expect(limiter.guard(alice, wrong)).rejects.toBeInstanceOf(InvalidCredentialsError);
    advance(20);
    await expect(limiter.guard({ ...alice, address: '192.0.2.2' }, wrong)).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    let asked = false;
    const refused = await limiter
      .guard({ account: 'alice@example.com ', address: '192.0.2.3' }, async () => {
        asked = true;
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBe(40);
    expect(asked).toBe(false);
    advance(40);
    await expect(limiter.guard(alice, async () => 'in')).resolves.toBe('in');
  });

  it('refuses a client address across accounts, but not other addresses', async () => {
    const { limiter, wrong } = setup();
    for (const account of ['a@x.test', 'b@x.test', 'c@x.test']) {
      await expect(limiter.guard({ account, address: '198.51.100.9' }, wrong)).rejects.toBeInstanceOf(
        InvalidCredentialsError,
      );
    }
    await expect(
      limiter.guard({ account: 'd@x.test', address: '198.51.100.9' }, async () => 1),
    ).rejects.toBeInstanceOf(TooManyRequestsError);
    await expect(
      limiter.guard({ account: 'd@x.test', address: '198.51.100.10' }, async () => 1),
    ).resolves.toBe(1);
  });

  it('counts only wrong passwords and codes, and a success clears the account but not the address', async () => {
    const { limiter, store, wrong } = setup();
    const who = { account: 'e@x.test', address: '203.0.113.5' };
    await expect(limiter.guard(who, () => Promise.reject(new WeakPasswordError()))).rejects.toBeInstanceOf(
      WeakPasswordError,
    );
    expect(store.items.size).toBe(0);
    await expect(limiter.guard(who, wrong)).rejects.toBeInstanceOf(InvalidCredentialsError);
    await limiter.guard(who, async () => undefined);
    expect([...store.items.values()].map((item) => [item.scope, item.failures])).toEqual([['address', 1]]);
  });

  it('stores digests, never the e-mail or the address', async () => {
    const { limiter, store, wrong } = setup();
    await limiter.guard({ account: 'f@x.test', address: '203.0.113.6' }, wrong).catch(() => undefined);
    for (const item of store.items.values()) expect(item.subject).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify([...store.items.values()])).not.toMatch(/f@x\.test|203\.0\.113\.6/);
  });
});
