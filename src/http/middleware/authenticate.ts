import type { MiddlewareHandler } from 'hono';
import { UnauthorizedError } from '#domain/errors';
import type { Authenticator } from '#services/auth/authenticator';
import type { AppEnv } from '../context.ts';

/** `Bearer <token>`, scheme in any case; a token never contains a comma or a space. */
const BEARER = /^bearer +([^\s,]+)$/i;

export interface AuthenticateOptions {
  /** Exact paths served without a token (sign-up, sign-in, …). Anything else under the mount needs one. */
  publicPaths?: readonly string[];
}

/**
 * Requires a valid access token and puts the caller in `c.get('user')`. Two Authorization
 * headers arrive joined — with ", " on the Node server and API Gateway, "; " behind an ALB —
 * and are refused: a JWT contains neither.
 */
export function authenticate(
  authenticator: Authenticator,
  options: AuthenticateOptions = {},
): MiddlewareHandler<AppEnv> {
  const publicPaths = new Set(options.publicPaths ?? []);
  return async function authenticateMiddleware(c, next) {
    if (publicPaths.has(c.req.path)) return next();
    const token = bearerToken(c.req.header('authorization'));
    const { user, token: info } = await authenticator.authenticate(token);
    c.set('user', user);
    c.set('accessToken', {
      tokenId: info.tokenId,
      revocationKey: info.revocationKey,
      issuedAt: info.issuedAt,
      expiresAt: info.expiresAt,
    });
    return next();
  };
}

/** The token of an `Authorization: Bearer …` header, or a 401. */
export function bearerToken(header: string | undefined): string {
  if (header === undefined || header.trim() === '') {
    throw new UnauthorizedError(
      'An Authorization: Bearer <access token> header is required.',
      'missing_token',
    );
  }
  if (/[,;]/.test(header)) {
    throw new UnauthorizedError('Send exactly one Authorization header.');
  }
  const match = BEARER.exec(header.trim());
  if (!match?.[1]) throw new UnauthorizedError('The Authorization header must use the Bearer scheme.');
  return match[1];
}
