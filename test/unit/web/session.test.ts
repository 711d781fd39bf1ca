import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Session } from '../../../web/src/auth/session.ts';

const me = { sub: 'user-1', email: 'alice@example.com', groups: [] };

describe('the web app session', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refreshes the access token a minute before it expires, keeping the refresh token it has', async () => {
    const session = new Session();
    const refresher = vi.fn(async (refreshToken: string | undefined) => ({
      accessToken: `new-for-${refreshToken}`,
      expiresIn: 3600,
    }));
    session.refresher = refresher;
    session.store({ accessToken: 'first', refreshToken: 'refresh-1', expiresIn: 3600 });
    session.signedIn(me);

    await vi.advanceTimersByTimeAsync(3600_000 - 61_000);
    expect(refresher).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(refresher).toHaveBeenCalledWith('refresh-1');
    expect(session.accessToken).toBe('new-for-refresh-1');
    expect(session.refreshToken).toBe('refresh-1');
    expect(session.me).toEqual(me);
  });

  it('ends the session, and tells its listeners, when the refresh is refused', async () => {
    const session = new Session();
    session.refresher = async () => {
      throw new Error('refresh token revoked');
    };
    const heard = vi.fn();
    session.store({ accessToken: 'first', refreshToken: 'refresh-1', expiresIn: 120 });
    session.signedIn(me);
    session.subscribe(heard);

    await vi.advanceTimersByTimeAsync(61_000);
    expect(session.accessToken).toBeUndefined();
    expect(session.me).toBeUndefined();
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
