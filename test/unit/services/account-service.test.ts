import { describe, expect, it } from 'vitest';
import type { AccessTokenInfo, AuthUser } from '#domain/auth';
import { InvalidConfirmationCodeError, WeakPasswordError, WrongPasswordError } from '#domain/auth-errors';
import { createAccountService } from '#services/account-service';
import { createSessionService } from '#services/session-service';
import { memorySessionParts } from '#test/support/auth';
import { memoryUserPool, POOL_CODE } from '#test/support/memory-user-pool';

const PASSWORD = 'Correct-horse-1';
const NEW_PASSWORD = 'Battery-staple-2';

function setup() {
  const pool = memoryUserPool();
  const { store, sessions, limiter } = memorySessionParts(pool.gateway);
  const left: string[] = [];
  const memberships = {
    leaveAllProjects: async (user: AuthUser) => {
      left.push(user.sub);
      return 2;
    },
  };
  const accounts = createAccountService({ users: pool.gateway, sessions, limiter, memberships });
  const sessionService = createSessionService({ users: pool.gateway, sessions, limiter });
  return { pool, store, left, accounts, sessionService };
}

const userOf = (sub: string, email: string): AuthUser => ({ sub, username: sub, email, groups: [] });
const tokenInfo = (tokenId: string): AccessTokenInfo => {
  const now = Math.floor(Date.now() / 1000);
  return { tokenId, revocationKey: tokenId, issuedAt: now, expiresAt: now + 3600 };
};

describe('account service', () => {
  it('requires every collaborator in its type (the typecheck refuses a partial wiring)', () => {
    const { pool } = setup();
    // @ts-expect-error: the limiter, the sessions and the memberships are required, not checked per request.
    expect(() => createAccountService({ users: pool.gateway })).not.toThrow();
  });

  it('signs up, refuses a weak password on the password field, and confirms with the code', async () => {
    const { accounts } = setup();
    await expect(accounts.signUp({ email: 'ann@example.com', password: 'short' })).rejects.toEqual(
      new WeakPasswordError(),
    );
    expect(await accounts.signUp({ email: 'ann@example.com', password: PASSWORD })).toEqual({
      confirmed: false,
    });
    await expect(accounts.confirm({ email: 'ann@example.com', code: '000000' })).rejects.toBeInstanceOf(
      InvalidConfirmationCodeError,
    );
    await accounts.confirm({ email: 'ann@example.com', code: POOL_CODE });
  });

  it('answers a code request for an unknown account exactly like one for a known account', async () => {
    const { pool, accounts } = setup();
    pool.add('ann@example.com', PASSWORD, { confirmed: false });
    for (const email of ['ann@example.com', 'nobody@example.com']) {
      await expect(accounts.resendConfirmationCode(email)).resolves.toBeUndefined();
      await expect(accounts.requestPasswordReset(email)).resolves.toBeUndefined();
    }
  });

  it('resets a password with the code: a weak one names newPassword, a wrong code is refused, sessions end', async () => {
    const { pool, accounts, sessionService } = setup();
    pool.add('ann@example.com', PASSWORD);
    const before = await sessionService.login({ email: 'ann@example.com', password: PASSWORD });
    await accounts.requestPasswordReset('ann@example.com');
    await expect(
      accounts.resetPassword({ email: 'ann@example.com', code: POOL_CODE, newPassword: 'weak' }),
    ).rejects.toEqual(new WeakPasswordError(undefined, 'newPassword'));
    await expect(
      accounts.resetPassword({ email: 'ann@example.com', code: '000000', newPassword: NEW_PASSWORD }),
    ).rejects.toBeInstanceOf(InvalidConfirmationCodeError);
    await accounts.resetPassword({ email: 'ann@example.com', code: POOL_CODE, newPassword: NEW_PASSWORD });
    await expect(sessionService.refresh(before.refreshToken ?? '')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    await sessionService.login({ email: 'ann@example.com', password: NEW_PASSWORD });
  });

  it('changes a password: a wrong current one is a 422 on currentPassword, never a 401', async () => {
    const { pool, accounts } = setup();
    const ann = pool.add('ann@example.com', PASSWORD);
    const error = await accounts
      .changePassword(userOf(ann.sub, ann.email), tokenInfo('jti-1'), {
        currentPassword: 'Not-my-password-1',
        newPassword: NEW_PASSWORD,
      })
      .catch((e: unknown) => e);
    expect(error).toEqual(new WrongPasswordError('currentPassword'));
    expect(error).toMatchObject({ code: 'validation_failed' });
  });

  it('changes a password: a weak new one names newPassword', async () => {
    const { pool, accounts } = setup();
    const ann = pool.add('ann@example.com', PASSWORD);
    await expect(
      accounts.changePassword(userOf(ann.sub, ann.email), tokenInfo('jti-1'), {
        currentPassword: PASSWORD,
        newPassword: 'weak',
      }),
    ).rejects.toEqual(new WeakPasswordError(undefined, 'newPassword'));
  });

  it('changes a password: every other session ends, the new one lives, the presented token is refused', async () => {
    const { pool, store, accounts, sessionService } = setup();
    const ann = pool.add('ann@example.com', PASSWORD);
    const other = await sessionService.login({ email: 'ann@example.com', password: PASSWORD });
    const fresh = await accounts.changePassword(userOf(ann.sub, ann.email), tokenInfo('jti-1'), {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    await expect(sessionService.refresh(other.refreshToken ?? '')).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    expect((await sessionService.refresh(fresh.refreshToken ?? '')).accessToken).toBeDefined();
    expect(await store.isRevoked('jti-1')).toBe(true);
    expect(pool.users.get('ann@example.com')?.password).toBe(NEW_PASSWORD);
  });

  it('deletes an account after the password: out of every project, out of the pool', async () => {
    const { pool, left, accounts } = setup();
    const ann = pool.add('ann@example.com', PASSWORD);
    await expect(
      accounts.deleteAccount(userOf(ann.sub, ann.email), tokenInfo('jti-1'), 'Not-my-password-1'),
    ).rejects.toEqual(new WrongPasswordError('password'));
    expect(pool.users.has('ann@example.com')).toBe(true);
    await accounts.deleteAccount(userOf(ann.sub, ann.email), tokenInfo('jti-1'), PASSWORD);
    expect(left).toEqual([ann.sub]);
    expect(pool.users.has('ann@example.com')).toBe(false);
  });
});
