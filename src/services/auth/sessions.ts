import { createHash } from 'node:crypto';
import type { CognitoGateway, CognitoTokens, SignInOutcome } from '#data/cognito/gateway';
import type { AccountSignOut } from '#data/entities/account-sign-out';
import type { AccessTokenInfo, AuthTokens } from '#domain/auth';
import { ChallengeRequiredError, InvalidCredentialsError } from '#domain/auth-errors';
import { ServiceUnavailableError } from '#domain/errors';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import type { AppLogger } from '#lib/logger';
import type { TokenRevocations } from './token-revocations.ts';
import type { UserStatusCache } from './user-status-cache.ts';

/** Per-user "signed out everywhere" marks (`account-sign-out-repository.ts`). */
export interface SignOutMarks {
  record(mark: Omit<AccountSignOut, 'ttl'>): Promise<void>;
  find(sub: string): Promise<AccountSignOut | undefined>;
}

export interface SessionsDeps {
  users: Pick<CognitoGateway, 'revokeRefreshToken'>;
  revocations: TokenRevocations;
  userStatus: UserStatusCache;
  signOuts: SignOutMarks;
  /** Where failures that do not change the answer are reported. */
  logger: AppLogger;
  clock?: Clock;
}

/**
 * What the session flows (login, refresh, logout) and the account flows that end sessions
 * (password change and reset, deletion) share: issuing a token set, refusing an access token,
 * and the "signed out everywhere" marks.
 */
export function createSessions(deps: SessionsDeps) {
  const clock = deps.clock ?? systemClock;

  /** Revokes a refresh token whose refusal already stands; a failure is only worth a warning. */
  async function revokeQuietly(refreshToken: string, why: string, context: Record<string, unknown> = {}) {
    await deps.users.revokeRefreshToken(refreshToken).catch((error: unknown) => {
      deps.logger.warn(why, { ...context, error: error instanceof Error ? error.name : String(error) });
    });
  }

  return {
    revokeQuietly,

    /**
     * The tokens of a sign-in or refresh, or the failure the caller sees: wrong credentials (a
     * wrong password, an unknown user or refresh token), or a challenge (a new password, MFA) that
     * is not a sign-in this API completes.
     */
    tokensOf(outcome: SignInOutcome, step: 'sign-in' | 'refresh'): CognitoTokens {
      if (outcome.kind === 'wrong_credentials') {
        throw new InvalidCredentialsError(step === 'refresh' ? 'The refresh token is not valid.' : undefined);
      }
      if (outcome.kind === 'challenge') throw new ChallengeRequiredError(step);
      return outcome.tokens;
    },

    /**
     * A token set for the client, checked against the user's enabled flag read fresh: cognito-local
     * signs disabled users in (AWS does not). A refused sign-in looks exactly like a wrong password.
     */
    async issue(tokens: CognitoTokens): Promise<AuthTokens> {
      const claims = decodeJwtPayload(tokens.accessToken);
      const sub = typeof claims.sub === 'string' ? claims.sub : '';
      const username = typeof claims.username === 'string' ? claims.username : sub;
      deps.userStatus.forget(sub);
      const status = await deps.userStatus.get({ sub, username });
      if (!status?.enabled) {
        if (tokens.refreshToken) {
          await revokeQuietly(
            tokens.refreshToken,
            'could not revoke the refresh token issued to a disabled user',
            {
              sub,
            },
          );
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
    },

    /** Refuses the presented access token (and, through origin_jti, its refreshed siblings). */
    async revokeAccessToken(token: AccessTokenInfo) {
      // An origin_jti covers access tokens refreshed before this logout too; each lives at
      // most one token lifetime from now, so the entry must outlive them all.
      const lifetime = Math.max(0, token.expiresAt - token.issuedAt);
      const until =
        token.revocationKey === token.tokenId
          ? token.expiresAt
          : Math.max(token.expiresAt, epochSeconds(clock.now()) + lifetime);
      await deps.revocations.revoke(token.revocationKey, until);
    },

    /**
     * Marks the user signed out everywhere: AWS revokes every refresh token itself (the emulator
     * cannot), and the mark refuses, at refresh, every refresh token issued until now except
     * `kept` (the flow's own new session).
     */
    async markSignedOut(sub: string, kept?: string) {
      await deps.signOuts.record({
        sub,
        signedOutAt: epochSeconds(clock.now()),
        ...(kept ? { keptRefreshToken: sha256(kept) } : {}),
      });
    },

    /** Drops what is cached of the user's status (after their account is deleted). */
    forgetUser(sub: string) {
      deps.userStatus.forget(sub);
    },

    /** True when the user signed out everywhere after this refresh token was issued. */
    async signedOutSince(refreshToken: string, tokens: CognitoTokens): Promise<boolean> {
      const claims = decodeJwtPayload(tokens.accessToken);
      if (typeof claims.sub !== 'string') return false;
      const mark = await deps.signOuts.find(claims.sub);
      if (!mark || mark.keptRefreshToken === sha256(refreshToken)) return false;
      return refreshTokenIssuedAt(refreshToken, claims) <= mark.signedOutAt;
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * When the session of a refresh token began: the token's own `iat` where it is a readable JWT
 * (cognito-local), else the refreshed access token's `auth_time` (AWS keeps the original
 * sign-in time there; its refresh tokens are encrypted). Unknown → 0, which a mark refuses.
 */
function refreshTokenIssuedAt(refreshToken: string, accessClaims: Record<string, unknown>): number {
  const own = refreshToken.split('.').length === 3 ? decodeJwtPayload(refreshToken).iat : undefined;
  if (typeof own === 'number') return own;
  return typeof accessClaims.auth_time === 'number' ? accessClaims.auth_time : 0;
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
