import type { CognitoGateway } from '#data/cognito/gateway';
import type { AccessTokenInfo, AuthTokens, AuthUser } from '#domain/auth';
import { InvalidCredentialsError } from '#domain/auth-errors';
import type { LoginLimiter } from './auth/login-limiter.ts';
import type { Sessions } from './auth/sessions.ts';

/** What the HTTP layer knows of the caller's connection. */
export interface ClientInfo {
  /** The client's IP address as the edge saw it; absent when unknown. */
  address?: string | undefined;
}

export interface SessionServiceDeps {
  users: Pick<CognitoGateway, 'signIn' | 'refresh' | 'revokeRefreshToken'>;
  sessions: Sessions;
  /** Brute-force limits of login. */
  limiter: LoginLimiter;
}

/** Sessions: login, refresh, logout, and what a signed-in caller may know about themselves. */
export function createSessionService(deps: SessionServiceDeps) {
  const { users, sessions, limiter } = deps;
  return {
    async login(input: { email: string; password: string }, client?: ClientInfo): Promise<AuthTokens> {
      // Inside the guard, so that wrong credentials count as a guess.
      const tokens = await limiter.guard({ account: input.email, address: client?.address }, async () =>
        sessions.tokensOf(await users.signIn(input), 'sign-in'),
      );
      return sessions.issue(tokens);
    },

    async refresh(refreshToken: string): Promise<AuthTokens> {
      const tokens = sessions.tokensOf(await users.refresh(refreshToken), 'refresh');
      if (await sessions.signedOutSince(refreshToken, tokens)) {
        // Refused either way: the sign-out mark keeps refusing this token.
        await sessions.revokeQuietly(
          refreshToken,
          'could not revoke a refresh token issued before a sign-out',
        );
        throw new InvalidCredentialsError('The refresh token is not valid.');
      }
      return sessions.issue(tokens);
    },

    /** Refuses the presented access token from now on and revokes `refreshToken` when given. */
    async logout(token: AccessTokenInfo, refreshToken?: string): Promise<void> {
      await sessions.revokeAccessToken(token);
      if (refreshToken) await users.revokeRefreshToken(refreshToken);
    },

    /** What a caller may know about themselves. */
    me: (user: AuthUser) => ({ sub: user.sub, email: user.email, groups: [...user.groups] }),
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
