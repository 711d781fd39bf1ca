import type { CognitoGateway } from '#data/cognito/gateway';
import type { AccessTokenInfo, AuthTokens, AuthUser } from '#domain/auth';
import { InvalidConfirmationCodeError, WeakPasswordError, WrongPasswordError } from '#domain/auth-errors';
import type { LoginLimiter } from './auth/login-limiter.ts';
import type { Sessions } from './auth/sessions.ts';
import type { ClientInfo } from './session-service.ts';

export interface AccountServiceDeps {
  users: Pick<
    CognitoGateway,
    | 'signUp'
    | 'confirmSignUp'
    | 'signIn'
    | 'revokeRefreshToken'
    | 'resendConfirmationCode'
    | 'forgotPassword'
    | 'confirmForgotPassword'
    | 'setPassword'
    | 'signOutEverywhere'
    | 'deleteUser'
    | 'getUserStatus'
  >;
  sessions: Sessions;
  /** Brute-force limits of the code- and password-accepting flows. */
  limiter: LoginLimiter;
  /** Account deletion takes the user out of every project first. */
  memberships: { leaveAllProjects(user: AuthUser): Promise<number> };
}

/**
 * Account self-service: sign-up and its confirmation, password reset and change, deletion. The
 * flows that must not tell known from unknown accounts answer both alike.
 */
export function createAccountService(deps: AccountServiceDeps) {
  const { users, sessions, limiter, memberships } = deps;

  /** The current password, proven by a sign-in whose session is thrown away at once. */
  async function provePassword(user: AuthUser, password: string, field: string, client?: ClientInfo) {
    await limiter.guard({ account: user.email ?? user.username, address: client?.address }, async () => {
      const proof = await users.signIn({ email: user.username, password });
      // Not a 401: the caller's token is fine; the password they typed is not.
      if (proof.kind === 'wrong_credentials') throw new WrongPasswordError(field);
      const { refreshToken } = sessions.tokensOf(proof, 'sign-in');
      // The proof session is still bounded by its own validity; the password check stands.
      if (refreshToken) {
        await sessions.revokeQuietly(refreshToken, 'could not revoke the session of a password proof', {
          userId: user.sub,
        });
      }
    });
  }

  return {
    async signUp(input: { email: string; password: string; name?: string | undefined }) {
      const outcome = await users.signUp(input);
      if (outcome.kind === 'weak_password') throw new WeakPasswordError();
      return { confirmed: outcome.confirmed };
    },

    confirm: (input: { email: string; code: string }): Promise<void> =>
      limiter.guard({ account: input.email }, async () => {
        if ((await users.confirmSignUp(input)).kind === 'invalid_code')
          throw new InvalidConfirmationCodeError();
      }),

    /** Sends the sign-up code again; the same answer whether or not the account exists. */
    async resendConfirmationCode(email: string): Promise<void> {
      await users.resendConfirmationCode(email);
    },

    /** Starts a password reset (a code by e-mail); the same answer whether or not the account exists. */
    async requestPasswordReset(email: string): Promise<void> {
      await users.forgotPassword(email);
    },

    /** Sets a new password with the reset code; signs the account out everywhere. */
    async resetPassword(
      input: { email: string; code: string; newPassword: string },
      client?: ClientInfo,
    ): Promise<void> {
      const { email, code, newPassword } = input;
      await limiter.guard({ account: email, address: client?.address }, async () => {
        const done = await users.confirmForgotPassword({ email, code, password: newPassword });
        if (done.kind === 'weak_password') throw new WeakPasswordError(undefined, 'newPassword');
        if (done.kind === 'invalid_code') throw new InvalidConfirmationCodeError();
      });
      await users.signOutEverywhere(email);
      const status = await users.getUserStatus(email);
      if (status?.sub) await sessions.markSignedOut(status.sub);
    },

    /**
     * Replaces the caller's password after re-checking the current one, signs every session
     * out (their refresh tokens are refused) and returns tokens for a new session.
     */
    async changePassword(
      user: AuthUser,
      token: AccessTokenInfo,
      input: { currentPassword: string; newPassword: string },
      client?: ClientInfo,
    ): Promise<AuthTokens> {
      await provePassword(user, input.currentPassword, 'currentPassword', client);
      if ((await users.setPassword(user.username, input.newPassword)).kind === 'weak_password') {
        throw new WeakPasswordError(undefined, 'newPassword');
      }
      await users.signOutEverywhere(user.username);
      const fresh = sessions.tokensOf(
        await users.signIn({ email: user.username, password: input.newPassword }),
        'sign-in',
      );
      await sessions.markSignedOut(user.sub, fresh.refreshToken);
      await sessions.revokeAccessToken(token);
      return sessions.issue(fresh);
    },

    /**
     * Deletes the caller's account after re-checking the password: out of every project
     * (`sole_owner` while they own one alone), signed out, removed from the pool.
     */
    async deleteAccount(
      user: AuthUser,
      token: AccessTokenInfo,
      password: string,
      client?: ClientInfo,
    ): Promise<void> {
      await provePassword(user, password, 'password', client);
      await memberships.leaveAllProjects(user);
      await users.signOutEverywhere(user.username);
      await users.deleteUser(user.username);
      await sessions.revokeAccessToken(token);
      sessions.forgetUser(user.sub);
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
