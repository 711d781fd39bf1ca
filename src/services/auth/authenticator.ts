import type { AuthUser, VerifiedAccessToken } from '#domain/auth';
import { ServiceUnavailableError, UnauthorizedError } from '#domain/errors';
import type { AccessTokenVerifier } from './access-token-verifier.ts';
import type { TokenRevocations } from './token-revocations.ts';
import type { UserStatusCache } from './user-status-cache.ts';

export interface Authenticated {
  user: AuthUser;
  token: VerifiedAccessToken;
}

/** Turns a bearer token into the caller, or refuses: unauthenticated (bad, revoked, disabled) or unavailable (cannot tell). */
export interface Authenticator {
  authenticate(token: string): Promise<Authenticated>;
}

export interface AuthenticatorDeps {
  verifier: AccessTokenVerifier;
  revocations: TokenRevocations;
  userStatus: UserStatusCache;
}

/**
 * Signature and claims first (CPU only, refuses forgeries before any I/O), then the
 * denylist and the user's enabled flag side by side — both cached, both fail closed.
 */
export function createAuthenticator(deps: AuthenticatorDeps): Authenticator {
  return {
    async authenticate(raw) {
      const token = await deps.verifier.verify(raw);
      const [revoked, status] = await Promise.all([
        deps.revocations.isRevoked(token.revocationKey).catch(unavailable('The token denylist')),
        deps.userStatus.get(token).catch(unavailable('The identity provider')),
      ]);
      if (revoked) throw new UnauthorizedError('The access token has been revoked.', 'token_revoked');
      if (!status || (status.sub !== undefined && status.sub !== token.sub)) {
        throw new UnauthorizedError('The user of this access token no longer exists.', 'user_not_found');
      }
      if (!status.enabled) throw new UnauthorizedError('This user is disabled.', 'user_disabled');
      return {
        user: { sub: token.sub, username: token.username, email: status.email, groups: token.groups },
        token,
      };
    },
  };
}

function unavailable(what: string) {
  return (error: unknown): never => {
    if (error instanceof ServiceUnavailableError) throw error;
    throw new ServiceUnavailableError(`${what} is not reachable.`, 1, error);
  };
}
