import { createHash } from 'node:crypto';
import type { CognitoGateway, CognitoTokens } from '#data/cognito/gateway';
import type { AccountSignOut } from '#data/entities/account-sign-out';
import type { AccessTokenInfo, AuthTokens, AuthUser } from '#domain/auth';
import {
  InvalidConfirmationCodeError,
  InvalidCredentialsError,
  WeakPasswordError,
  WrongPasswordError,
} from '#domain/auth-errors';
import { ForbiddenError, ServiceUnavailableError, ValidationError } from '#domain/errors';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import type { AppLogger } from '#lib/logger';
import type { AttemptSubject, LoginLimiter } from './auth/login-limiter.ts';
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
  login(input: { email: string; password: string }, client?: ClientInfo): Promise<AuthTokens>;
  refresh(refreshToken: string): Promise<AuthTokens>;
  /** Refuses the presented access token from now on and revokes `refreshToken` when given. */
  logout(token: AccessTokenInfo, refreshToken?: string): Promise<void>;
  /** What a caller may know about themselves. */
  me(user: AuthUser): { sub: string; email: string | undefined; groups: string[] };
  /** Sends the sign-up code again; the same answer whether or not the account exists. */
  resendConfirmationCode(email: string): Promise<void>;
  /** Starts a password reset (a code by e-mail); the same answer whether or not the account exists. */
  requestPasswordReset(email: string): Promise<void>;
  /** Sets a new password with the reset code; signs the account out everywhere. */
  resetPassword(
    input: { email: string; code: string; newPassword: string },
    client?: ClientInfo,
  ): Promise<void>;
  /**
   * Replaces the caller's password after re-checking the current one, signs every session
   * out (their refresh tokens are refused) and returns tokens for a new session.
   */
  changePassword(
    user: AuthUser,
    token: AccessTokenInfo,
    input: { currentPassword: string; newPassword: string },
    client?: ClientInfo,
  ): Promise<AuthTokens>;
  /**
   * Deletes the caller's account after re-checking the password: out of every project
   * (`sole_owner` while they own one alone), signed out, removed from the pool.
   */
  deleteAccount(user: AuthUser, token: AccessTokenInfo, password: string, client?: ClientInfo): Promise<void>;
}

/** What the HTTP layer knows of the caller's connection. */
export interface ClientInfo {
  /** The client's IP address as the edge saw it; absent when unknown. */
  address?: string | undefined;
}

/** Per-user "signed out everywhere" marks (`account-sign-out-repository.ts`). */
export interface SignOutMarks {
  record(mark: Omit<AccountSignOut, 'ttl'>): Promise<void>;
  find(sub: string): Promise<AccountSignOut | undefined>;
}

export interface AuthServiceDeps {
  gateway: Pick<CognitoGateway, 'signUp' | 'confirmSignUp' | 'signIn' | 'refresh' | 'revokeRefreshToken'> &
    Partial<AccountGateway>;
  revocations: TokenRevocations;
  userStatus: UserStatusCache;
  /** Where failures that do not change the answer are reported. */
  logger?: AppLogger;
  clock?: Clock;
  /** Brute-force limits of login and the code- and password-accepting flows. */
  limiter?: LoginLimiter;
  /** Needed by password change and reset (refresh tokens issued before are refused). */
  signOuts?: SignOutMarks;
  /** Needed by account deletion: takes the user out of every project. */
  memberships?: { leaveAllProjects(user: AuthUser): Promise<number> };
}

/** The Cognito calls of the self-service flows. */
type AccountGateway = Pick<
  CognitoGateway,
  | 'resendConfirmationCode'
  | 'forgotPassword'
  | 'confirmForgotPassword'
  | 'setPassword'
  | 'signOutEverywhere'
  | 'deleteUser'
  | 'getUserStatus'
>;

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

  /** Refuses the presented access token (and, through origin_jti, its refreshed siblings). */
  async function revokeAccessToken(token: AccessTokenInfo) {
    // An origin_jti covers access tokens refreshed before this logout too; each lives at
    // most one token lifetime from now, so the entry must outlive them all.
    const lifetime = Math.max(0, token.expiresAt - token.issuedAt);
    const until =
      token.revocationKey === token.tokenId
        ? token.expiresAt
        : Math.max(token.expiresAt, epochSeconds(clock.now()) + lifetime);
    await deps.revocations.revoke(token.revocationKey, until);
  }

  const limited = <T>(subject: AttemptSubject, attempt: () => Promise<T>) =>
    deps.limiter ? deps.limiter.guard(subject, attempt) : attempt();

  function account(): AccountGateway {
    const { gateway } = deps;
    if (
      !gateway.resendConfirmationCode ||
      !gateway.forgotPassword ||
      !gateway.confirmForgotPassword ||
      !gateway.setPassword ||
      !gateway.signOutEverywhere ||
      !gateway.deleteUser ||
      !gateway.getUserStatus
    ) {
      throw new Error('The self-service flows need the full Cognito gateway');
    }
    return gateway as AccountGateway;
  }

  function signOutMarks(): SignOutMarks {
    if (!deps.signOuts) throw new Error('The password flows need the sign-out marks');
    return deps.signOuts;
  }

  /** The current password, proven by a sign-in whose session is thrown away at once. */
  async function provePassword(user: AuthUser, password: string, field: string, client?: ClientInfo) {
    await limited({ account: user.email ?? user.username, address: client?.address }, async () => {
      const proof = await deps.gateway.signIn({ email: user.username, password });
      // Not a 401: the caller's token is fine; the password they typed is not.
      if (proof === 'invalid_credentials') throw new WrongPasswordError(field);
      if (proof.refreshToken)
        await deps.gateway.revokeRefreshToken(proof.refreshToken).catch((error: unknown) => {
          // The proof session is still bounded by its own validity; the password check stands.
          deps.logger?.warn('could not revoke the session of a password proof', {
            userId: user.sub,
            error: error instanceof Error ? error.name : String(error),
          });
        });
    });
  }

  /**
   * Signs the user out everywhere: AWS revokes every refresh token itself (the emulator cannot),
   * and the mark refuses, at /v1/auth/refresh, every refresh token issued until now except
   * `kept` (the flow's own new session).
   */
  async function markSignedOut(sub: string, kept?: string) {
    await signOutMarks().record({
      sub,
      signedOutAt: epochSeconds(clock.now()),
      ...(kept ? { keptRefreshToken: sha256(kept) } : {}),
    });
  }

  /** True when the user signed out everywhere after this refresh token was issued. */
  async function signedOutSince(refreshToken: string, tokens: CognitoTokens): Promise<boolean> {
    if (!deps.signOuts) return false;
    const claims = decodeJwtPayload(tokens.accessToken);
    if (typeof claims.sub !== 'string') return false;
    const mark = await deps.signOuts.find(claims.sub);
    if (!mark || mark.keptRefreshToken === sha256(refreshToken)) return false;
    return refreshTokenIssuedAt(refreshToken, claims) <= mark.signedOutAt;
  }

  const newPasswordRefused = (error: unknown) =>
    error instanceof WeakPasswordError ? new WeakPasswordError(undefined, 'newPassword') : error;

  return {
    signUp: (input) => deps.gateway.signUp(input),
    confirm: (input) =>
      limited({ account: input.email }, async () => {
        // An unknown account gets the answer of a wrong code: nothing tells them apart.
        if ((await deps.gateway.confirmSignUp(input)) === 'invalid_code')
          throw new InvalidConfirmationCodeError();
      }),
    login: async (input, client?: ClientInfo) =>
      issue(
        await limited({ account: input.email, address: client?.address }, async () => {
          const tokens = await deps.gateway.signIn(input);
          if (tokens === 'invalid_credentials') throw new InvalidCredentialsError();
          return tokens;
        }),
      ),
    async refresh(refreshToken) {
      const tokens = await deps.gateway.refresh(refreshToken);
      if (tokens === 'invalid_credentials')
        throw new InvalidCredentialsError('The refresh token is not valid.');
      if (await signedOutSince(refreshToken, tokens)) {
        await deps.gateway.revokeRefreshToken(refreshToken).catch((error: unknown) => {
          // Refused either way: the sign-out mark keeps refusing this token.
          deps.logger?.warn('could not revoke a refresh token issued before a sign-out', {
            error: error instanceof Error ? error.name : String(error),
          });
        });
        throw new InvalidCredentialsError('The refresh token is not valid.');
      }
      return issue(tokens);
    },
    async logout(token, refreshToken) {
      await revokeAccessToken(token);
      if (refreshToken) await deps.gateway.revokeRefreshToken(refreshToken);
    },
    me: (user) => ({ sub: user.sub, email: user.email, groups: [...user.groups] }),

    async resendConfirmationCode(email) {
      await quietly(() => account().resendConfirmationCode(email));
    },
    async requestPasswordReset(email) {
      await quietly(() => account().forgotPassword(email));
    },
    async resetPassword({ email, code, newPassword }, client) {
      await limited({ account: email, address: client?.address }, async () => {
        const done = await account()
          .confirmForgotPassword({ email, code, password: newPassword })
          .catch((error: unknown) => {
            throw newPasswordRefused(error);
          });
        if (done === 'invalid_code') throw new InvalidConfirmationCodeError();
      });
      await account().signOutEverywhere(email);
      const status = await account().getUserStatus(email);
      if (status?.sub) await markSignedOut(status.sub);
    },
    async changePassword(user, token, { currentPassword, newPassword }, client) {
      await provePassword(user, currentPassword, 'currentPassword', client);
      await account()
        .setPassword(user.username, newPassword)
        .catch((error: unknown) => {
          throw newPasswordRefused(error);
        });
      await account().signOutEverywhere(user.username);
      const fresh = await deps.gateway.signIn({ email: user.username, password: newPassword });
      if (fresh === 'invalid_credentials') throw new InvalidCredentialsError();
      await markSignedOut(user.sub, fresh.refreshToken);
      await revokeAccessToken(token);
      return issue(fresh);
    },
    async deleteAccount(user, token, password, client) {
      if (!deps.memberships) throw new Error('Account deletion needs the membership service');
      await provePassword(user, password, 'password', client);
      await deps.memberships.leaveAllProjects(user);
      await account().signOutEverywhere(user.username);
      await account().deleteUser(user.username);
      await revokeAccessToken(token);
      deps.userStatus.forget(user.sub);
    },
  };
}

/**
 * Runs a flow whose outcome must not tell known from unknown accounts: an unknown, unconfirmed
 * or already confirmed account answers like a known one. Only "slow down" and "unavailable" pass.
 */
async function quietly(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const tellsAccountsApart =
      error instanceof InvalidCredentialsError ||
      error instanceof ValidationError ||
      error instanceof ForbiddenError;
    if (!tellsAccountsApart) throw error;
  }
}

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
