import { OpenAPIHono } from '@hono/zod-openapi';
import type { AccessTokenInfo, AuthUser } from '#domain/auth';
import type { AppLogger } from '#lib/logger';
import { routeValidationHook, validationHook } from './validation.ts';

/** Per-request values set by middleware and read by routes. */
export interface AppVariables {
  requestId: string;
  log: AppLogger;
  /** The caller; set by the auth middleware on every protected route. */
  user: AuthUser;
  /** The presented access token's id and lifetime (logout revokes it). */
  accessToken: AccessTokenInfo;
  /** The request's Idempotency-Key, once the key check of an idempotent operation found it well-formed. */
  idempotencyKey?: string;
}

export interface AppEnv {
  Variables: AppVariables;
}

/**
 * A router whose schema failures become one 422 problem listing every invalid field of the
 * request — path, query, headers and body together (`routeValidationHook`).
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  const router = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const register = router.openapi;
  router.openapi = ((route, handler, hook) =>
    register(route, handler, hook ?? (routeValidationHook(route.request) as never))) as typeof router.openapi;
  return router;
}
