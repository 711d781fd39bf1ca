import type { CognitoGateway, CognitoTokens } from '#data/cognito-gateway';
import type { AccessTokenInfo, AuthTokens, AuthUser } from '#domain/auth';
import { InvalidCredentialsError } from '#domain/auth-errors';
import { ServiceUnavailableError } from '#domain/errors';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import type { AppLogger } from '#lib/logger';
import type { TokenRevocations } from './auth/token-revocations.ts';
import type { UserStatusCache } from './auth/user-status-cache.ts';

/** Sign-up, sign-in, refresh and sign-out: the rules around the identity provider. */
export interface AuthService {
  signUp(input: {
    email: string;
    password: string;
    name?: string | undefined;
  }): Promise<{ confirmed: boolean }>;
  confirm(input: { email: string; code: string }): Promise<void>;
  login(input: { email: string; password: string }): Promise<AuthTokens>;
  refresh(refreshToken: string): Promise<AuthTokens>;
  /** Refuses the presented access token from now on and revokes `refreshToken` when given. */
  logout(token: AccessTokenInfo, refreshToken?: string): Promise<void>;
  /** What a caller may know about themselves. */
  me(user: AuthUser): { sub: string; email: string | undefined; groups: string[] };
}

export interface AuthServiceDeps {
  gateway: Pick<CognitoGateway, 'signUp' | 'confirmSignUp' | 'signIn' | 'refresh' | 'revokeRefreshToken'>;
  revocations: TokenRevocations;
  userStatus: UserStatusCache;
  /** Where failures that do not change the answer are reported. */
  logger?: AppLogger;
  clock?: Clock;
}

export function createAuthService(deps: AuthServiceDeps): AuthService {
  const clock = deps.clock ?? systemClock;

  /**
   * cognito-local signs disabled users in (AWS does not), so every issued token set is
   * checked against the user's enabled flag, read fresh. A refused sign-in looks exactly
   * like a wrong password.
   */
  async function issue(tokens: CognitoTokens): Promise<AuthTokens> {
    const claims = decodeJwtPayload(tokens.accessToken);
    const sub = typeof claims.sub === 'string' ? claims.sub : '';
    const username = typeof claims.username === 'string' ? claims.username : sub;
    deps.userStatus.forget(sub);
    const status = await deps.userStatus.get({ sub, username });
    if (!status?.enabled) {
      // The refusal stands either way; a refresh token left alive is worth a warning.
      if (tokens.refreshToken) {
        await deps.gateway.revokeRefreshToken(tokens.refreshToken).catch((error: unknown) => {
          deps.logger?.warn('could not revoke the refresh token issued to a disabled user', {
            sub,
            error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          });
        });
      }
      throw new InvalidCredentialsError();
    }
    const exp = typeof claims.exp === 'number' ? claims.exp : epochSeconds(clock.now());
    return {
      accessToken: tokens.accessToken,
      idToken: tokens.idToken,
      ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
      expiresIn: tokens.expiresIn ?? Math.max(0, exp - epochSeconds(clock.now())),
      tokenType: 'Bearer',
    };
  }

  return {
    signUp: (input) => deps.gateway.signUp(input),
    confirm: (input) => deps.gateway.confirmSignUp(input),
    login: async (input) => issue(await deps.gateway.signIn(input)),
    refresh: async (refreshToken) => issue(await deps.gateway.refresh(refreshToken)),
    async logout(token, refreshToken) {
      // An origin_jti covers access tokens refreshed before this logout too; each lives at
      // most one token lifetime from now, so the entry must outlive them all.
      const lifetime = Math.max(0, token.expiresAt - token.issuedAt);
      const until =
        token.revocationKey === token.tokenId
          ? token.expiresAt
          : Math.max(token.expiresAt, epochSeconds(clock.now()) + lifetime);
      await deps.revocations.revoke(token.revocationKey, until);
      if (refreshToken) await deps.gateway.revokeRefreshToken(refreshToken);
    },
    me: (user) => ({ sub: user.sub, email: user.email, groups: [...user.groups] }),
  };
}

/**
 * Reads a JWT's payload without verifying it: only for tokens just received from Cognito itself.
 * @throws ServiceUnavailableError when the identity provider answered with something unreadable.
 */
function decodeJwtPayload(token: string): Record<string, unknown> {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch (error) {
    throw new ServiceUnavailableError(
      'The identity provider answered with an unreadable access token.',
      2,
      error,
    );
  }
  if (typeof payload !== 'object' || payload === null) {
    throw new ServiceUnavailableError('The identity provider answered with an unreadable access token.', 2);
  }
  return payload as Record<string, unknown>;
}
