import { OpenAPIHono } from '@hono/zod-openapi';
import type { AccessTokenInfo, AuthUser } from '#domain/auth';
import type { AppLogger } from '#lib/logger';
import { validationHook } from './validation.ts';

/** Per-request values set by middleware and read by routes. */
export interface AppVariables {
  requestId: string;
  log: AppLogger;
  /** The caller; set by the auth middleware on every protected route. */
  user: AuthUser;
  /** The presented access token's id and lifetime (logout revokes it). */
  accessToken: AccessTokenInfo;
  /** The request's Idempotency-Key, once the idempotent() middleware found it well-formed. */
  idempotencyKey?: string;
}

export interface AppEnv {
  Variables: AppVariables;
}

/** A router whose schema failures become one 422 problem listing every field. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
