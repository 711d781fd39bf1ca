import { describe, expect, it } from 'vitest';
import type { Clock } from '#lib/clock';
import { createTokenRevocations } from '#services/auth/token-revocations';
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
