import type { Api } from '../api.ts';
import type { AuthSettings } from '../config.ts';
import { expectData } from '../problem.ts';
import type { Session } from './session.ts';

type HostedSettings = Extract<AuthSettings, { mode: 'hosted' }>;

/**
 * A deployed stage: Cognito's Hosted UI with the authorization code flow and PKCE, through
 * oidc-client-ts. Its user store is in memory (tokens never reach localStorage); only the
 * PKCE verifier and state wait in sessionStorage across the redirect. Loaded on demand, so a
 * local build's first screen does not carry it.
 */
export async function createHostedAuth(api: Api, session: Session, settings: HostedSettings) {
  const { UserManager, InMemoryWebStorage, WebStorageStateStore } = await import('oidc-client-ts');
  const origin = window.location.origin;
  const manager = new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${origin}/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: settings.scope ?? 'openid email profile',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    automaticSilentRenew: false,
  });
  session.refresher = async () => {
    const user = await manager.signinSilent().catch(() => null);
    if (!user?.access_token) return undefined;
    return { accessToken: user.access_token, expiresIn: user.expires_in ?? 300 };
  };
  return {
    /** Off to the Hosted UI; it comes back to /callback. */
    async signIn(): Promise<void> {
      await manager.signinRedirect();
    },
    /** Completes the code + PKCE exchange on /callback. */
    async completeSignIn(): Promise<void> {
      const user = await manager.signinRedirectCallback();
      session.store({
        accessToken: user.access_token,
        refreshToken: user.refresh_token,
        expiresIn: user.expires_in ?? 300,
      });
      session.signedIn(await expectData(api.GET('/v1/me')));
    },
    async signOut(): Promise<void> {
      await manager.removeUser();
      session.clear();
      // Cognito's own logout ends the Hosted UI session too.
      const url = new URL(`${settings.domain}/logout`);
      url.searchParams.set('client_id', settings.clientId);
      url.searchParams.set('logout_uri', `${origin}/`);
      window.location.assign(url.toString());
    },
  };
}

export type HostedAuth = Awaited<ReturnType<typeof createHostedAuth>>;
