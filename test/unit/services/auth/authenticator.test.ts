import { describe, expect, it } from 'vitest';
import type { UserStatus } from '#domain/auth';
import { ServiceUnavailableError } from '#domain/errors';
import { memoryRevokedTokenStore, offlineAuth } from '#test/support/auth';

/** The real authenticator over offline parts, with the user's record as `status` says. */
function setup(status: () => Promise<UserStatus | undefined>) {
  const store = memoryRevokedTokenStore();
  const auth = offlineAuth({ store, lookup: status });
  return { auth, store };
}

const enabled = async (): Promise<UserStatus> => ({ sub: 'ann', email: 'ann@example.com', enabled: true });

describe('authenticator', () => {
  it('turns a valid token of an enabled user into the caller, e-mail from the user record', async () => {
    const { auth } = setup(enabled);
    const { user, token } = await auth.authenticator.authenticate(
      auth.tokenFor({ sub: 'ann', groups: ['admin'] }),
    );
    expect(user).toEqual({ sub: 'ann', username: 'ann', email: 'ann@example.com', groups: ['admin'] });
    expect(token.sub).toBe('ann');
  });

  it('refuses a revoked token, a disabled user and a user that no longer exists (or another sub)', async () => {
    const { auth, store } = setup(enabled);
    const token = auth.tokenFor({ sub: 'ann', jti: 'jti-1' });
    await store.revoke('jti-1', Math.floor(Date.now() / 1000) + 600);
    await expect(auth.authenticator.authenticate(token)).rejects.toMatchObject({ code: 'token_revoked' });

    const disabled = setup(async () => ({ sub: 'ann', email: undefined, enabled: false })).auth;
    await expect(
      disabled.authenticator.authenticate(disabled.tokenFor({ sub: 'ann' })),
    ).rejects.toMatchObject({
      code: 'user_disabled',
    });
    const gone = setup(async () => undefined).auth;
    await expect(gone.authenticator.authenticate(gone.tokenFor({ sub: 'ann' }))).rejects.toMatchObject({
      code: 'user_not_found',
    });
    const other = setup(async () => ({ sub: 'bob', email: undefined, enabled: true })).auth;
    await expect(other.authenticator.authenticate(other.tokenFor({ sub: 'ann' }))).rejects.toMatchObject({
      code: 'user_not_found',
    });
  });

  it('fails closed, 503, when the user status cannot be read', async () => {
    const { auth } = setup(() => Promise.reject(new Error('connect ECONNREFUSED')));
    const error = await auth.authenticator
      .authenticate(auth.tokenFor({ sub: 'ann' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
  });

  it('refuses a forged token before any lookup', async () => {
    let lookups = 0;
    const { auth } = setup(async () => {
      lookups += 1;
      return { sub: 'ann', email: undefined, enabled: true };
    });
    await expect(auth.authenticator.authenticate('a.b.c')).rejects.toMatchObject({ code: 'invalid_token' });
    expect(lookups).toBe(0);
  });
});
