import { createRoute } from '@hono/zod-openapi';
import type { AuthService } from '#services/auth-service';
import { createRouter } from '../context.ts';
import {
  ConfirmBodySchema,
  LoginBodySchema,
  LogoutBodySchema,
  RefreshBodySchema,
  SignUpBodySchema,
  SignUpResponseSchema,
  TokensSchema,
} from '../schemas/auth.ts';
import { problemResponses } from '../schemas/problem.ts';

/** The auth endpoints served without a token; logout is not among them. */
export const PUBLIC_AUTH_PATHS = [
  '/v1/auth/signup',
  '/v1/auth/confirm',
  '/v1/auth/login',
  '/v1/auth/refresh',
];

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });
const tags = ['Auth'];

const signUpRoute = createRoute({
  method: 'post',
  path: '/v1/auth/signup',
  tags,
  summary: 'Create an account (a confirmation code is sent by e-mail)',
  request: body(SignUpBodySchema),
  responses: {
    201: { description: 'Created', ...json(SignUpResponseSchema) },
    ...problemResponses(409, 415, 422, 429, 503),
  },
});

const confirmRoute = createRoute({
  method: 'post',
  path: '/v1/auth/confirm',
  tags,
  summary: 'Confirm an account with the e-mailed code',
  request: body(ConfirmBodySchema),
  responses: { 204: { description: 'Confirmed' }, ...problemResponses(401, 415, 422, 429, 503) },
});

const loginRoute = createRoute({
  method: 'post',
  path: '/v1/auth/login',
  tags,
  summary: 'Sign in with e-mail and password',
  request: body(LoginBodySchema),
  responses: {
    200: { description: 'Signed in', ...json(TokensSchema) },
    ...problemResponses(401, 403, 415, 422, 429, 503),
  },
});

const refreshRoute = createRoute({
  method: 'post',
  path: '/v1/auth/refresh',
  tags,
  summary: 'New access and id tokens for a refresh token',
  request: body(RefreshBodySchema),
  responses: {
    200: { description: 'Refreshed', ...json(TokensSchema) },
    ...problemResponses(401, 403, 415, 422, 429, 503),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/v1/auth/logout',
  tags,
  summary: 'Sign out: the access token is refused from now on; a given refresh token is revoked',
  security: [{ bearerAuth: [] }],
  request: { body: { required: false, ...json(LogoutBodySchema) } },
  responses: { 204: { description: 'Signed out' }, ...problemResponses(401, 415, 422, 503) },
});

/** The same sign-out as a DELETE of the session (seed 004's spelling); POST stays. */
const deleteSessionRoute = createRoute({
  ...logoutRoute,
  method: 'delete',
  operationId: 'deleteSession',
});

/** Thin routes over the auth service: they never log a password or a token. */
export function authRoutes(service: AuthService) {
  return createRouter()
    .openapi(signUpRoute, async (c) => {
      const input = c.req.valid('json');
      const { confirmed } = await service.signUp(input);
      return c.json({ email: input.email, confirmed }, 201);
    })
    .openapi(confirmRoute, async (c) => {
      await service.confirm(c.req.valid('json'));
      return c.body(null, 204);
    })
    .openapi(loginRoute, async (c) => c.json(await service.login(c.req.valid('json')), 200))
    .openapi(refreshRoute, async (c) => c.json(await service.refresh(c.req.valid('json').refreshToken), 200))
    .openapi(logoutRoute, async (c) => {
      // The body is optional; without one there is nothing to validate.
      const refreshToken = c.req.header('content-type') ? c.req.valid('json')?.refreshToken : undefined;
      await service.logout(c.get('accessToken'), refreshToken);
      return c.body(null, 204);
    })
    .openapi(deleteSessionRoute, async (c) => {
      const refreshToken = c.req.header('content-type') ? c.req.valid('json')?.refreshToken : undefined;
      await service.logout(c.get('accessToken'), refreshToken);
      return c.body(null, 204);
    });
}
