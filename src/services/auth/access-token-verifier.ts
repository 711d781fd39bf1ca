import { JwtVerifier } from 'aws-jwt-verify';
import { FetchError, JwksValidationError, JwtBaseError, JwtExpiredError } from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { COGNITO_LOCAL_KEY_ID } from '#config';
import { createJwksFetcher } from '#data/cognito/jwks-fetcher';
import type { VerifiedAccessToken } from '#domain/auth';
import { DomainError, ServiceUnavailableError, UnauthorizedError } from '#domain/errors';
import { ACCESS_TOKEN_SCOPES } from '#domain/vocabulary';
import { createTtlCache } from '#lib/ttl-cache';

export interface AccessTokenVerifier {
  /** The verified claims, or an `UnauthorizedError` / a `ServiceUnavailableError` (JWKS unreadable). */
  verify(token: string): Promise<VerifiedAccessToken>;
}

export interface AccessTokenVerifierDeps {
  issuer: string;
  jwksUri: string;
  clientId: string;
  /** Production stages: https only, and cognito-local's published key is refused. */
  hardened: boolean;
  /** Defaults to a fetch()-based fetcher that allows http:// only when not hardened. */
  fetcher?: Fetcher;
  /** Limit of one JWKS fetch by the default fetcher (connect and answer). */
  jwksTimeoutMs: number;
  /** After a failed fetch by the default fetcher, further fetches fail fast for this long. */
  jwksFailureBackoffMs: number;
  /** A key set to start with (tests, benchmarks); an unknown kid still triggers a refetch. */
  jwks?: Jwks;
  /** How many verified tokens to remember (0 turns the cache off). */
  verifiedCacheSize: number;
}

/** A verified token is remembered this long at most (and never past its `exp`). */
export const VERIFIED_TOKEN_CACHE_MS = 60_000;

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;
const MAX_TOKEN_LENGTH = 8192;

/**
 * Verifies Cognito access tokens with aws-jwt-verify: RS256 signature against the pool's
 * JWKS (cached; refetched only for an unknown kid, and then at most once per 10 s — its
 * penalty box), `iss`, `exp`/`nbf`, `token_use = access`, `client_id`, and one of the scopes
 * API Gateway's authorizer accepts (`ACCESS_TOKEN_SCOPES`), so both let the same tokens through.
 */
export function createAccessTokenVerifier(deps: AccessTokenVerifierDeps): AccessTokenVerifier {
  const { issuer, jwksUri, clientId, hardened } = deps;
  if (hardened && (!issuer.startsWith('https://') || !jwksUri.startsWith('https://'))) {
    throw new Error('The token issuer and JWKS URL must be https:// in this stage');
  }
  const jwksCache = new SimpleJwksCache({
    fetcher:
      deps.fetcher ??
      createJwksFetcher({
        allowHttp: !hardened,
        timeoutMs: deps.jwksTimeoutMs,
        failureBackoffMs: deps.jwksFailureBackoffMs,
      }),
  });
  const verifier = JwtVerifier.create(
    { issuer, jwksUri, audience: null, customJwtCheck: ({ payload }) => void toClaims(payload, clientId) },
    { jwksCache },
  );
  if (deps.jwks) verifier.cacheJwks(deps.jwks);
  // Keyed by the whole token: only the very bytes verified before can hit. Saves the RSA
  // check (most of the cost) for a client's repeated requests with one token.
  const cacheSize = deps.verifiedCacheSize;
  const verified = cacheSize > 0 ? createTtlCache<VerifiedAccessToken>({ maxEntries: cacheSize }) : undefined;

  return {
    async verify(token) {
      const hit = verified?.get(token);
      if (hit) return hit;
      const keyId = checkHeader(token, hardened);
      let claims: VerifiedAccessToken;
      try {
        claims = { ...toClaims(await verifier.verify(token), clientId), keyId };
      } catch (error) {
        throw toVerificationError(error);
      }
      verified?.set(token, claims, Math.min(VERIFIED_TOKEN_CACHE_MS, claims.expiresAt * 1000 - Date.now()));
      return claims;
    },
  };
}

/** Cheap checks before any crypto: shape, RS256 only, a kid, and no published key in production. */
function checkHeader(token: string, hardened: boolean): string {
  if (token.length > MAX_TOKEN_LENGTH || !JWT_SHAPE.test(token)) {
    throw new UnauthorizedError('The access token is malformed.');
  }
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('utf8'));
  } catch {
    throw new UnauthorizedError('The access token is malformed.');
  }
  const { alg, kid } = (typeof header === 'object' && header !== null ? header : {}) as Record<
    string,
    unknown
  >;
  if (alg !== 'RS256') throw new UnauthorizedError('The access token must be signed with RS256.');
  if (typeof kid !== 'string' || kid.length === 0)
    throw new UnauthorizedError('The access token has no key id.');
  if (hardened && kid === COGNITO_LOCAL_KEY_ID) {
    throw new UnauthorizedError('The access token is signed with a key that is refused in this stage.');
  }
  return kid;
}

function toClaims(payload: JwtPayload, clientId: string): Omit<VerifiedAccessToken, 'keyId'> {
  const { sub, username, jti, exp, iat, token_use: tokenUse, client_id: tokenClient } = payload;
  if (tokenUse !== 'access') throw new UnauthorizedError('An access token is required.');
  if (tokenClient !== clientId) throw new UnauthorizedError('The access token was issued to another client.');
  const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
  if (!ACCESS_TOKEN_SCOPES.some((accepted) => scopes.includes(accepted))) {
    throw new UnauthorizedError('The access token carries none of the scopes this API accepts.');
  }
  if (
    typeof sub !== 'string' ||
    sub.length === 0 ||
    typeof username !== 'string' ||
    typeof jti !== 'string'
  ) {
    throw new UnauthorizedError('The access token lacks required claims.');
  }
  if (typeof exp !== 'number' || typeof iat !== 'number') {
    throw new UnauthorizedError('The access token has no validity period.');
  }
  const originJti = payload.origin_jti;
  const groups = payload['cognito:groups'];
  return {
    sub,
    username,
    tokenId: jti,
    revocationKey: typeof originJti === 'string' && originJti.length > 0 ? originJti : jti,
    issuedAt: iat,
    expiresAt: exp,
    groups: Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : [],
  };
}

function toVerificationError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof FetchError || error instanceof JwksValidationError) {
    return new ServiceUnavailableError('The token signing keys could not be read.', 2, error);
  }
  if (error instanceof JwtExpiredError) return new UnauthorizedError('The access token has expired.');
  if (error instanceof JwtBaseError) return new UnauthorizedError('The access token is not valid.');
  // Anything else a hostile token provokes is still a refusal, never an internal error.
  return new UnauthorizedError('The access token is not valid.');
}
