import type { Api } from '../api.ts';
import { expectData } from '../problem.ts';
import type { Session } from './session.ts';

/**
 * Signing in through the API's own auth routes (the local stack: cognito-local has no hosted
 * pages). Every call goes through the typed client; failures are ApiProblems for the forms.
 */
export function createLocalAuth(api: Api, session: Session) {
  session.refresher = async (refreshToken) => {
    if (!refreshToken) return undefined;
    return expectData(api.POST('/v1/auth/refresh', { body: { refreshToken } }));
  };
  return {
    async signIn(email: string, password: string): Promise<void> {
      const tokens = await expectData(api.POST('/v1/auth/login', { body: { email, password } }));
      session.store(tokens);
      session.signedIn(await expectData(api.GET('/v1/me')));
    },
    async signUp(email: string, password: string, name?: string): Promise<void> {
      await expectData(api.POST('/v1/auth/signup', { body: { email, password, ...(name ? { name } : {}) } }));
    },
    async confirm(email: string, code: string): Promise<void> {
      await expectData(api.POST('/v1/auth/confirm', { body: { email, code } }));
    },
    async resendCode(email: string): Promise<void> {
      await expectData(api.POST('/v1/auth/confirm/resend', { body: { email } }));
    },
    async forgotPassword(email: string): Promise<void> {
      await expectData(api.POST('/v1/auth/password/forgot', { body: { email } }));
    },
    async resetPassword(email: string, code: string, newPassword: string): Promise<void> {
      await expectData(api.POST('/v1/auth/password/reset', { body: { email, code, newPassword } }));
    },
    async signOut(): Promise<void> {
      const refreshToken = session.refreshToken;
      // Revokes the refresh token server-side; the session ends here whatever the answer.
      await expectData(api.POST('/v1/auth/logout', { body: refreshToken ? { refreshToken } : {} })).catch(
        () => undefined,
      );
      session.clear();
    },
  };
}

export type LocalAuth = ReturnType<typeof createLocalAuth>;
