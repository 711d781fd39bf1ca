import { describe, expect, it } from 'vitest';
import type { CognitoGateway, CognitoTokens } from '#data/cognito/gateway';
import { InvalidCredentialsError } from '#domain/auth-errors';
import { ServiceUnavailableError } from '#domain/errors';
import { createTokenRevocations } from '#services/auth/token-revocations';
import { createUserStatusCache } from '#services/auth/user-status-cache';
import { createAuthService } from '#services/auth-service';
import { memoryLogger } from '#test/support/app';
import { memoryRevokedTokenStore } from '#test/support/auth';

const unsignedToken = (payload: object) =>
  `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

function serviceWith(tokens: CognitoTokens, options: { enabled: boolean; revokeFails?: boolean }) {
  const logger = memoryLogger();
  const gateway: Pick<
    CognitoGateway,
    'signUp' | 'confirmSignUp' | 'signIn' | 'refresh' | 'revokeRefreshToken'
  > = {
    signUp: async () => ({ confirmed: true }),
    confirmSignUp: async () => 'confirmed',
    signIn: async () => tokens,
    refresh: async () => tokens,
    revokeRefreshToken: async () => {
      if (options.revokeFails) throw new ServiceUnavailableError('The identity provider is not reachable.');
      return 'revoked';
    },
  };
  const service = createAuthService({
    gateway,
    revocations: createTokenRevocations({ store: memoryRevokedTokenStore() }),
    userStatus: createUserStatusCache({
      lookup: async () => ({ sub: 'u-1', email: 'a@example.com', enabled: options.enabled }),
      ttlSeconds: 30,
    }),
    logger,
  });
  return { service, logger };
}

describe('auth service failures', () => {
  it('refuses a disabled user even when revoking the refresh token fails, and says so in the log', async () => {
    const tokens = {
      accessToken: unsignedToken({ sub: 'u-1', username: 'u-1', exp: 9_999_999_999 }),
      idToken: 'id',
      refreshToken: 'refresh',
      expiresIn: 3600,
    };
    const { service, logger } = serviceWith(tokens, { enabled: false, revokeFails: true });
    await expect(service.login({ email: 'a@example.com', password: 'pw' })).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    const warning = logger.lines.find((line) => line.level === 'warn');
    expect(warning?.message).toContain('could not revoke');
    expect(warning?.extra).toMatchObject({ sub: 'u-1' });
    expect(JSON.stringify(logger.lines)).not.toContain('refresh"');
  });

  it('answers 503 when the identity provider hands back an access token it cannot read', async () => {
    const tokens = {
      accessToken: 'not.a-jwt.at-all',
      idToken: 'id',
      refreshToken: undefined,
      expiresIn: 3600,
    };
    const { service } = serviceWith(tokens, { enabled: true });
    const error = await service.login({ email: 'a@example.com', password: 'pw' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).retryAfterSeconds).toBeGreaterThan(0);
  });
});
