import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { FetchError } from 'aws-jwt-verify/error';
import type { Jwks } from 'aws-jwt-verify/jwk';
import type { CognitoGateway } from '#data/cognito/gateway';
import type { AccountSignOut } from '#data/entities/account-sign-out';
import type { LoginAttempts } from '#data/entities/login-attempts';
import type { AttemptKey } from '#data/repositories/login-attempt-repository';
import { ServiceUnavailableError } from '#domain/errors';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import type { AppLogger } from '#lib/logger';
import { createAccountService } from '#services/account-service';
import { createAccessTokenVerifier } from '#services/auth/access-token-verifier';
import { createAuthenticator } from '#services/auth/authenticator';
import { createLoginLimiter, type LoginLimits } from '#services/auth/login-limiter';
import { createSessions, type SignOutMarks } from '#services/auth/sessions';
import { createTokenRevocations, type RevokedTokenStore } from '#services/auth/token-revocations';
import { createUserStatusCache, type UserStatusLookup } from '#services/auth/user-status-cache';
import { createSessionService } from '#services/session-service';
import { memoryLogger, offlineConfig } from './app.ts';

/** An RSA key pair of our own and its JWKS, so tests mint tokens without any IdP. */
export interface TestKeys {
  kid: string;
  privateKey: KeyObject;
  jwks: Jwks;
}

export function generateTestKeys(kid = 'test-key-1'): TestKeys {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  return { kid, privateKey, jwks: { keys: [{ ...jwk, kty: 'RSA', kid, alg: 'RS256', use: 'sig' }] } as Jwks };
}

let shared: TestKeys | undefined;
/** One key pair per test process (RSA generation takes a moment). */
export function sharedTestKeys(): TestKeys {
  shared ??= generateTestKeys('offline-key');
  return shared;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs `payload` with RS256 under `header` (merged over { alg: RS256, kid }). */
export function signJwt(keys: TestKeys, payload: object, header: object = {}): string {
  const input = `${b64({ alg: 'RS256', typ: 'JWT', kid: keys.kid, ...header })}.${b64(payload)}`;
  const signature = createSign('RSA-SHA256').update(input).sign(keys.privateKey).toString('base64url');
  return `${input}.${signature}`;
}

/** The offline configuration's issuer and client (see `offlineConfig`). */
export const OFFLINE_ISSUER = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_offline';
export const OFFLINE_CLIENT_ID = 'offline-client';

export interface TokenClaims {
  sub: string;
  username?: string;
  groups?: string[];
  iss?: string;
  clientId?: string;
  tokenUse?: string;
  jti?: string;
  originJti?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  extra?: Record<string, unknown>;
}

/** A Cognito-shaped access token signed with `keys`. */
export function mintAccessToken(keys: TestKeys, claims: TokenClaims, header: object = {}): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt(
    keys,
    {
      sub: claims.sub,
      username: claims.username ?? claims.sub,
      iss: claims.iss ?? OFFLINE_ISSUER,
      client_id: claims.clientId ?? OFFLINE_CLIENT_ID,
      token_use: claims.tokenUse ?? 'access',
      scope: 'aws.cognito.signin.user.admin',
      auth_time: now,
      iat: now,
      exp: now + (claims.expiresIn ?? 3600),
      jti: claims.jti ?? crypto.randomUUID(),
      ...(claims.originJti ? { origin_jti: claims.originJti } : {}),
      ...(claims.groups ? { 'cognito:groups': claims.groups } : {}),
      ...claims.extra,
    },
    header,
  );
}

/** An in-memory denylist with the repository's contract (offline HTTP tests only). */
export function memoryRevokedTokenStore(): RevokedTokenStore & { entries: Map<string, number> } {
  const entries = new Map<string, number>();
  return {
    entries,
    revoke: async (jti, expiresAt) => void entries.set(jti, expiresAt),
    isRevoked: async (jti) => (entries.get(jti) ?? 0) > Date.now() / 1000,
  };
}

/** Every user is enabled, with an e-mail made from the username. */
export const everyoneEnabled: UserStatusLookup = async (username) => ({
  sub: undefined,
  email: `${username}@example.test`,
  enabled: true,
});

/** A Cognito that cannot be reached: the sign-in flows answer 503 offline. */
export const unreachableCognito: CognitoGateway = {
  signUp: () => Promise.reject(new ServiceUnavailableError()),
  confirmSignUp: () => Promise.reject(new ServiceUnavailableError()),
  signIn: () => Promise.reject(new ServiceUnavailableError()),
  refresh: () => Promise.reject(new ServiceUnavailableError()),
  revokeRefreshToken: () => Promise.reject(new ServiceUnavailableError()),
  getUserStatus: () => Promise.reject(new ServiceUnavailableError()),
  findUserByEmail: () => Promise.reject(new ServiceUnavailableError()),
  findUserById: () => Promise.reject(new ServiceUnavailableError()),
  resendConfirmationCode: () => Promise.reject(new ServiceUnavailableError()),
  forgotPassword: () => Promise.reject(new ServiceUnavailableError()),
  confirmForgotPassword: () => Promise.reject(new ServiceUnavailableError()),
  setPassword: () => Promise.reject(new ServiceUnavailableError()),
  signOutEverywhere: () => Promise.reject(new ServiceUnavailableError()),
  deleteUser: () => Promise.reject(new ServiceUnavailableError()),
};

export interface OfflineAuthOptions {
  keys?: TestKeys;
  lookup?: UserStatusLookup;
  store?: RevokedTokenStore;
  gateway?: CognitoGateway;
  hardened?: boolean;
  signOuts?: SignOutMarks;
  logger?: AppLogger;
}

/** The login-attempt repository's contract in memory (expired counters read as absent). */
export function memoryLoginAttempts(clock: Clock = systemClock) {
  const items = new Map<string, LoginAttempts>();
  const id = (key: AttemptKey) => `${key.scope}#${key.subject}`;
  const live = (key: AttemptKey) => {
    const item = items.get(id(key));
    return item && item.ttl > epochSeconds(clock.now()) ? item : undefined;
  };
  return {
    items,
    read: async (keys: readonly AttemptKey[]) => keys.map(live),
    countFailure: async (key: AttemptKey, windowSeconds: number) => {
      const current = live(key);
      const next = current
        ? { ...current, failures: current.failures + 1, version: current.version + 1 }
        : { ...key, failures: 1, ttl: epochSeconds(clock.now()) + windowSeconds, version: 1 };
      items.set(id(key), next);
      return next;
    },
    clear: async (key: AttemptKey) => void items.delete(id(key)),
  };
}

/** The account sign-out repository's contract in memory. */
export function memorySignOutMarks(): SignOutMarks & { marks: Map<string, AccountSignOut> } {
  const marks = new Map<string, AccountSignOut>();
  return {
    marks,
    record: async (mark) => void marks.set(mark.sub, { ...mark, ttl: mark.signedOutAt + 3600 }),
    find: async (sub) => marks.get(sub),
  };
}

/** The token check's settings as `config` holds them (`authCaches`, `outbound`), for factories built in tests. */
export function tokenCheckSettings() {
  const { authCaches, outbound } = offlineConfig();
  return {
    revocations: { notRevokedCacheMs: authCaches.notRevokedMs, maxEntries: authCaches.revokedTokens },
    userStatus: { ttlSeconds: 30, maxEntries: authCaches.userStatuses },
    verifier: {
      verifiedCacheSize: authCaches.verifiedTokens,
      jwksTimeoutMs: outbound.connectTimeoutMs + outbound.requestTimeoutMs,
      jwksFailureBackoffMs: authCaches.jwksFailureBackoffMs,
    },
  };
}

/**
 * The parts the session and account services share, over memory stores: the denylist, the
 * user-status cache on `users`, the sign-out marks and a login limiter with the config's limits.
 */
export function memorySessionParts(
  users: CognitoGateway,
  options: Pick<OfflineAuthOptions, 'store' | 'lookup' | 'signOuts' | 'logger'> & {
    limits?: Partial<LoginLimits>;
  } = {},
) {
  const settings = tokenCheckSettings();
  const store = options.store ?? memoryRevokedTokenStore();
  const logger = options.logger ?? memoryLogger();
  const revocations = createTokenRevocations({ store, ...settings.revocations });
  const userStatus = createUserStatusCache({
    lookup: options.lookup ?? users.getUserStatus,
    ...settings.userStatus,
  });
  const signOuts = options.signOuts ?? memorySignOutMarks();
  const sessions = createSessions({ users, revocations, userStatus, signOuts, logger });
  const limits = { ...offlineConfig().loginLimits, ...options.limits };
  const limiter = createLoginLimiter({ store: memoryLoginAttempts(), limits });
  return { store, logger, revocations, userStatus, signOuts, sessions, limiter };
}

/** The real authenticator and auth services over offline parts: own keys, memory denylist. */
export function offlineAuth(options: OfflineAuthOptions = {}) {
  const keys = options.keys ?? sharedTestKeys();
  const users = options.gateway ?? unreachableCognito;
  const { store, revocations, userStatus, sessions, limiter } = memorySessionParts(users, {
    ...options,
    lookup: options.lookup ?? everyoneEnabled,
  });
  const verifier = createAccessTokenVerifier({
    ...tokenCheckSettings().verifier,
    issuer: OFFLINE_ISSUER,
    jwksUri: `${OFFLINE_ISSUER}/.well-known/jwks.json`,
    clientId: OFFLINE_CLIENT_ID,
    hardened: options.hardened ?? false,
    jwks: keys.jwks,
    // Offline: an unknown kid cannot be looked up anywhere.
    fetcher: { fetch: (uri) => Promise.reject(new FetchError(uri, 'offline')) },
  });
  const authenticator = createAuthenticator({ verifier, revocations, userStatus });
  const sessionService = createSessionService({ users, sessions, limiter });
  // Offline there are no projects to leave.
  const accountService = createAccountService({
    users,
    sessions,
    limiter,
    memberships: { leaveAllProjects: async () => 0 },
  });
  return {
    keys,
    store,
    authenticator,
    sessionService,
    accountService,
    /** The auth services an app takes: `offlineApp({ services: auth.services })`. */
    services: { authenticator, sessionService, accountService },
    tokenFor: (claims: TokenClaims) => mintAccessToken(keys, claims),
  };
}
