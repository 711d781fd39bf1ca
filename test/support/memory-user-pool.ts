import type { CognitoGateway, SignInOutcome } from '#data/cognito/gateway';
import { ConflictError } from '#domain/errors';
import { passwordViolations } from '#domain/password-policy';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';

interface PoolUser {
  sub: string;
  email: string;
  password: string;
  enabled: boolean;
  confirmed: boolean;
  /** The sign-up code while unconfirmed, the reset code after a forgotten password. */
  code?: string | undefined;
  /** A step Cognito asks for before it issues tokens (a new password, MFA). */
  challenge?: string | undefined;
}

/** The code every sign-up and reset gets (cognito-local's `CODE` does the same). */
export const POOL_CODE = '123456';

const unsignedJwt = (payload: object) =>
  `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

/**
 * A user pool in memory behind the Cognito gateway's interface and outcomes: the double of the
 * service tests. Tokens are readable JWT-shaped strings (unsigned: services never verify what the
 * gateway hands them), refresh tokens carry their `iat` as cognito-local's do, and the password
 * policy is the domain's.
 */
export function memoryUserPool(clock: Clock = systemClock) {
  const users = new Map<string, PoolUser>();
  /** Live refresh tokens → the user's sub. */
  const refreshTokens = new Map<string, string>();
  let issued = 0;

  const find = (name: string) => users.get(name) ?? [...users.values()].find((user) => user.sub === name);
  const weak = (password: string) => passwordViolations(password).length > 0;

  function tokensFor(user: PoolUser, withRefreshToken: boolean): SignInOutcome {
    const now = epochSeconds(clock.now());
    issued += 1;
    const refreshToken = withRefreshToken ? unsignedJwt({ sub: user.sub, iat: now, n: issued }) : undefined;
    if (refreshToken) refreshTokens.set(refreshToken, user.sub);
    return {
      kind: 'tokens',
      tokens: {
        accessToken: unsignedJwt({ sub: user.sub, username: user.sub, iat: now, exp: now + 3600, n: issued }),
        idToken: unsignedJwt({ sub: user.sub, email: user.email }),
        refreshToken,
        expiresIn: 3600,
      },
    };
  }

  const gateway: CognitoGateway = {
    async signUp({ email, password }) {
      if (users.has(email))
        throw new ConflictError('An account with this e-mail address exists.', 'user_exists');
      if (weak(password)) return { kind: 'weak_password' };
      users.set(email, {
        sub: `sub-${users.size + 1}`,
        email,
        password,
        enabled: true,
        confirmed: false,
        code: POOL_CODE,
      });
      return { kind: 'signed_up', confirmed: false };
    },
    async confirmSignUp({ email, code }) {
      const user = users.get(email);
      if (!user || user.confirmed || user.code !== code) return { kind: 'invalid_code' };
      user.confirmed = true;
      user.code = undefined;
      return { kind: 'confirmed' };
    },
    async signIn({ email, password }) {
      const user = find(email);
      if (!user || user.password !== password) return { kind: 'wrong_credentials' };
      if (user.challenge) return { kind: 'challenge', challenge: user.challenge };
      return tokensFor(user, true);
    },
    async refresh(refreshToken) {
      const user = find(refreshTokens.get(refreshToken) ?? '');
      // Cognito keeps the refresh token it issued at sign-in.
      return user ? tokensFor(user, false) : { kind: 'wrong_credentials' };
    },
    async revokeRefreshToken(refreshToken) {
      return { kind: refreshTokens.delete(refreshToken) ? 'revoked' : 'unknown' };
    },
    async getUserStatus(username) {
      const user = find(username);
      return user ? { sub: user.sub, email: user.email, enabled: user.enabled } : undefined;
    },
    async findUserByEmail(email) {
      const user = users.get(email);
      return user ? { sub: user.sub, email: user.email } : undefined;
    },
    async findUserById(userId) {
      const user = [...users.values()].find((candidate) => candidate.sub === userId);
      return user ? { sub: user.sub, email: user.email } : undefined;
    },
    async resendConfirmationCode(email) {
      const user = users.get(email);
      if (!user || user.confirmed) return { kind: 'not_sent' };
      user.code = POOL_CODE;
      return { kind: 'sent' };
    },
    async forgotPassword(email) {
      const user = users.get(email);
      if (!user) return { kind: 'not_sent' };
      user.code = POOL_CODE;
      return { kind: 'sent' };
    },
    async confirmForgotPassword({ email, code, password }) {
      const user = users.get(email);
      if (!user || user.code !== code) return { kind: 'invalid_code' };
      if (weak(password)) return { kind: 'weak_password' };
      user.password = password;
      user.code = undefined;
      return { kind: 'reset' };
    },
    async setPassword(username, password) {
      const user = find(username);
      if (!user) throw new Error(`no user ${username}`);
      if (weak(password)) return { kind: 'weak_password' };
      user.password = password;
      return { kind: 'set' };
    },
    async signOutEverywhere(username) {
      const user = find(username);
      for (const [token, sub] of refreshTokens) if (sub === user?.sub) refreshTokens.delete(token);
      return { kind: 'signed_out' };
    },
    async deleteUser(username) {
      const user = find(username);
      if (!user) return { kind: 'absent' };
      users.delete(user.email);
      return { kind: 'deleted' };
    },
  };

  return {
    gateway,
    users,
    refreshTokens,
    /** A confirmed, enabled user. */
    add(email: string, password: string, extra: Partial<PoolUser> = {}): PoolUser {
      const user = {
        sub: `sub-${users.size + 1}`,
        email,
        password,
        enabled: true,
        confirmed: true,
        ...extra,
      };
      users.set(email, user);
      return user;
    },
  };
}
