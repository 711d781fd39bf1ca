import { describe, expect, it } from 'vitest';
import type { AccessTokenInfo } from '#domain/auth';
import { ChallengeRequiredError, InvalidCredentialsError } from '#domain/auth-errors';
import { ServiceUnavailableError, TooManyRequestsError } from '#domain/errors';
import { createSessionService } from '#services/session-service';
import { memoryLogger } from '#test/support/app';
import { memorySessionParts } from '#test/support/auth';
import { memoryUserPool } from '#test/support/memory-user-pool';

const PASSWORD = 'Correct-horse-1';

function setup() {
  const pool = memoryUserPool();
  const logger = memoryLogger();
  const { store, sessions, limiter } = memorySessionParts(pool.gateway, {
    logger,
    limits: { accountMaxFailures: 3 },
  });
  const service = createSessionService({ users: pool.gateway, sessions, limiter });
  return { pool, store, logger, sessions, service };
}

const tokenInfo = (tokenId: string): AccessTokenInfo => {
  const now = Math.floor(Date.now() / 1000);
  return { tokenId, revocationKey: tokenId, issuedAt: now, expiresAt: now + 3600 };
};

describe('session service', () => {
  it('signs a user in with the right password and hands out bearer tokens', async () => {
    const { pool, service } = setup();
    pool.add('ann@example.com', PASSWORD);
    const tokens = await service.login({ email: 'ann@example.com', password: PASSWORD });
    expect(tokens).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    expect(tokens.refreshToken).toBeDefined();
  });

  it('answers a wrong password and an unknown user alike, and counts them towards the limit', async () => {
    const { pool, service } = setup();
    pool.add('ann@example.com', PASSWORD);
    for (const email of ['ann@example.com', 'nobody@example.com']) {
      await expect(service.login({ email, password: 'Wrong-password-1' })).rejects.toEqual(
        new InvalidCredentialsError(),
      );
    }
    await service.login({ email: 'ann@example.com', password: 'Wrong-password-1' }).catch(() => undefined);
    await service.login({ email: 'ann@example.com', password: 'Wrong-password-1' }).catch(() => undefined);
    // The account's failures are used up: even the right password waits now.
    await expect(service.login({ email: 'ann@example.com', password: PASSWORD })).rejects.toBeInstanceOf(
      TooManyRequestsError,
    );
  });

  it('refuses a sign-in that needs a step this API does not offer', async () => {
    const { pool, service } = setup();
    pool.add('ann@example.com', PASSWORD, { challenge: 'NEW_PASSWORD_REQUIRED' });
    await expect(service.login({ email: 'ann@example.com', password: PASSWORD })).rejects.toMatchObject({
      code: 'challenge_required',
    });
    await expect(service.login({ email: 'ann@example.com', password: PASSWORD })).rejects.toBeInstanceOf(
      ChallengeRequiredError,
    );
  });

  it('refuses a disabled user like a wrong password and revokes the refresh token it was issued', async () => {
    const { pool, service } = setup();
    pool.add('ann@example.com', PASSWORD, { enabled: false });
    await expect(service.login({ email: 'ann@example.com', password: PASSWORD })).rejects.toEqual(
      new InvalidCredentialsError(),
    );
    expect(pool.refreshTokens.size).toBe(0);
  });

  it('refuses a disabled user even when revoking the refresh token fails, and says so in the log', async () => {
    const { pool, service, logger } = setup();
    pool.add('ann@example.com', PASSWORD, { enabled: false });
    pool.gateway.revokeRefreshToken = () => Promise.reject(new ServiceUnavailableError());
    await expect(service.login({ email: 'ann@example.com', password: PASSWORD })).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    const warning = logger.lines.find((line) => line.level === 'warn');
    expect(warning?.message).toContain('could not revoke');
    expect(warning?.extra).toMatchObject({ sub: 'sub-1' });
  });

  it('answers 503 when the identity provider hands back an access token it cannot read', async () => {
    const { pool, service } = setup();
    pool.gateway.signIn = async () => ({
      kind: 'tokens',
      tokens: { accessToken: 'not.a-jwt.at-all', idToken: 'id', refreshToken: undefined, expiresIn: 3600 },
    });
    const error = await service.login({ email: 'a@example.com', password: 'pw' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).retryAfterSeconds).toBeGreaterThan(0);
  });

  it('refreshes with a live refresh token, without a new refresh token', async () => {
    const { pool, service } = setup();
    pool.add('ann@example.com', PASSWORD);
    const { refreshToken } = await service.login({ email: 'ann@example.com', password: PASSWORD });
    const refreshed = await service.refresh(refreshToken ?? '');
    expect(refreshed.accessToken).toBeDefined();
    expect(refreshed.refreshToken).toBeUndefined();
  });

  it('refuses an unknown refresh token, and one issued before the user signed out everywhere', async () => {
    const { pool, service, sessions } = setup();
    const ann = pool.add('ann@example.com', PASSWORD);
    await expect(service.refresh('nonsense')).rejects.toEqual(
      new InvalidCredentialsError('The refresh token is not valid.'),
    );
    const { refreshToken } = await service.login({ email: 'ann@example.com', password: PASSWORD });
    await sessions.markSignedOut(ann.sub);
    await expect(service.refresh(refreshToken ?? '')).rejects.toMatchObject({ code: 'invalid_credentials' });
    // …and it is revoked at the provider on the way.
    expect(pool.refreshTokens.has(refreshToken ?? '')).toBe(false);
  });

  it('logs out: the access token is refused from now on and the refresh token revoked', async () => {
    const { pool, service, store } = setup();
    pool.add('ann@example.com', PASSWORD);
    const { refreshToken } = await service.login({ email: 'ann@example.com', password: PASSWORD });
    await service.logout(tokenInfo('jti-1'), refreshToken);
    expect(await store.isRevoked('jti-1')).toBe(true);
    expect(pool.refreshTokens.size).toBe(0);
  });

  it('tells callers who they are', () => {
    const { service } = setup();
    expect(service.me({ sub: 's', username: 'u', email: undefined, groups: ['admin'] })).toEqual({
      sub: 's',
      email: undefined,
      groups: ['admin'],
    });
  });
});
