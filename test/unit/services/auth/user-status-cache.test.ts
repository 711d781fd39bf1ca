import { describe, expect, it } from 'vitest';
import { createUserStatusCache } from '#services/auth/user-status-cache';
import { tokenCheckSettings } from '#test/support/auth';
import { manualClock } from '#test/support/fixtures';

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
    clock.advance(30.001);
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
