import { describe, expect, it } from 'vitest';
import type { Clock } from '#lib/clock';
import { createTokenRevocations } from '#services/auth/token-revocations';
import { createUserStatusCache } from '#services/auth/user-status-cache';
import { memoryRevokedTokenStore, tokenCheckSettings } from '#test/support/auth';

/** A clock the test moves by hand. */
function manualClock(start = Date.parse('2026-01-01T00:00:00Z')) {
  let now = start;
  const clock: Clock & { advance(ms: number): void } = {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
  return clock;
}

function countingStore() {
  const store = memoryRevokedTokenStore();
  let reads = 0;
  return {
    store: {
      revoke: store.revoke,
      isRevoked: (jti: string) => {
        reads += 1;
        return store.isRevoked(jti);
      },
    },
    inner: store,
    reads: () => reads,
  };
}

describe('token revocations (denylist cache)', () => {
  it('reads each id once per cache window, then again after it', async () => {
    const clock = manualClock(Date.now());
    const { store, reads } = countingStore();
    const revocations = createTokenRevocations({
      ...tokenCheckSettings().revocations,
      store,
      clock,
      notRevokedCacheMs: 5000,
    });
    await Promise.all([revocations.isRevoked('a'), revocations.isRevoked('a'), revocations.isRevoked('a')]);
    await revocations.isRevoked('a');
    expect(reads()).toBe(1);
    clock.advance(5001);
    await revocations.isRevoked('a');
    expect(reads()).toBe(2);
  });

  it('sees a revocation made elsewhere within the window bound', async () => {
    const clock = manualClock(Date.now());
    const { store, inner } = countingStore();
    const revocations = createTokenRevocations({
      ...tokenCheckSettings().revocations,
      store,
      clock,
      notRevokedCacheMs: 5000,
    });
    expect(await revocations.isRevoked('b')).toBe(false);
    await inner.revoke('b', Math.floor(Date.now() / 1000) + 60);
    expect(await revocations.isRevoked('b')).toBe(false);
    clock.advance(5001);
    expect(await revocations.isRevoked('b')).toBe(true);
  });

  it('a revocation in this process takes effect at once', async () => {
    const { store } = countingStore();
    const revocations = createTokenRevocations({
      ...tokenCheckSettings().revocations,
      store,
    });
    expect(await revocations.isRevoked('c')).toBe(false);
    await revocations.revoke('c', Math.floor(Date.now() / 1000) + 60);
    expect(await revocations.isRevoked('c')).toBe(true);
  });

  it('does not cache failures', async () => {
    let fail = true;
    const revocations = createTokenRevocations({
      ...tokenCheckSettings().revocations,
      store: {
        revoke: async () => {},
        isRevoked: async () => {
          if (fail) throw new Error('down');
          return false;
        },
      },
    });
    await expect(revocations.isRevoked('d')).rejects.toThrow('down');
    fail = false;
    expect(await revocations.isRevoked('d')).toBe(false);
  });
});

describe('user status cache', () => {
  it('asks once per sub within ttlSeconds, and again after', async () => {
    const clock = manualClock();
    let lookups = 0;
    const cache = createUserStatusCache({
      ...tokenCheckSettings().userStatus,
      clock,
      ttlSeconds: 30,
      lookup: async () => {
        lookups += 1;
        return { sub: 's', email: 'e', enabled: lookups < 2 };
      },
    });
    expect((await cache.get({ sub: 's', username: 'u' }))?.enabled).toBe(true);
    expect((await cache.get({ sub: 's', username: 'u' }))?.enabled).toBe(true);
    clock.advance(30_001);
    expect((await cache.get({ sub: 's', username: 'u' }))?.enabled).toBe(false);
    expect(lookups).toBe(2);
  });

  it('never caches a failed lookup', async () => {
    let calls = 0;
    const cache = createUserStatusCache({
      ...tokenCheckSettings().userStatus,
      ttlSeconds: 30,
      lookup: async () => {
        calls += 1;
        if (calls === 1) throw new Error('unreachable');
        return { sub: 's', email: undefined, enabled: true };
      },
    });
    await expect(cache.get({ sub: 's', username: 'u' })).rejects.toThrow();
    expect(await cache.get({ sub: 's', username: 'u' })).toMatchObject({ enabled: true });
  });
});
