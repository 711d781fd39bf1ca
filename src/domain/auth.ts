/**
 * Who is calling, as services see it: a plain object, never a framework type.
 * Built from a verified Cognito access token plus the user's record in Cognito.
 */
export interface AuthUser {
  /** Cognito's stable user id (`sub`). */
  sub: string;
  /** Cognito's username (a UUID in pools that sign in with email). */
  username: string;
  email: string | undefined;
  /** Cognito groups, from the token's `cognito:groups`. */
  groups: readonly string[];
}

/** The facts about the presented access token that logout and revocation need. */
export interface AccessTokenInfo {
  tokenId: string;
  /**
   * The key the denylist uses: `origin_jti` when present (every access token of one
   * sign-in session shares it, so revoking it refuses refreshed siblings too), else `jti`.
   */
  revocationKey: string;
  issuedAt: number;
  /** Epoch seconds. */
  expiresAt: number;
}

/** The verified claims of an access token. */
export interface VerifiedAccessToken extends AccessTokenInfo {
  sub: string;
  username: string;
  groups: readonly string[];
  keyId: string;
}

/** Tokens handed to a client after sign-in or refresh. */
export interface AuthTokens {
  accessToken: string;
  idToken: string;
  /** Absent after a refresh: Cognito keeps the refresh token it issued at sign-in. */
  refreshToken?: string;
  expiresIn: number;
  tokenType: 'Bearer';
}

/** A user's record in the identity provider, as far as authentication needs it. */
export interface UserStatus {
  sub: string | undefined;
  email: string | undefined;
  enabled: boolean;
}
