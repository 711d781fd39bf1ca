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
import { defineOperation } from '../schemas/operation.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });
const tags = ['Auth'];

const signUpRoute = defineOperation({
  operationId: 'signUp',
  method: 'post',
  path: '/v1/auth/signup',
  tags,
  summary: 'Create an account (a confirmation code is sent by e-mail)',
  request: body(SignUpBodySchema),
  responses: {
    201: { description: 'Created', ...json(SignUpResponseSchema) },
  },
  problems: { 409: ['user_exists'], 429: ['too_many_requests'] },
});

const confirmRoute = defineOperation({
  operationId: 'confirmSignUp',
  method: 'post',
  path: '/v1/auth/confirm',
  tags,
  summary: 'Confirm an account with the e-mailed code',
  request: body(ConfirmBodySchema),
  responses: { 204: { description: 'Confirmed' } },
  problems: { 401: ['invalid_credentials'], 429: ['too_many_requests'] },
});

const loginRoute = defineOperation({
  operationId: 'logIn',
  method: 'post',
  path: '/v1/auth/login',
  tags,
  summary: 'Sign in with e-mail and password',
  request: body(LoginBodySchema),
  responses: {
    200: { description: 'Signed in', ...json(TokensSchema) },
  },
  problems: {
    401: ['invalid_credentials'],
    403: ['user_not_confirmed', 'password_reset_required'],
    429: ['too_many_requests'],
  },
});

const refreshRoute = defineOperation({
  operationId: 'refreshTokens',
  method: 'post',
  path: '/v1/auth/refresh',
  tags,
  summary: 'New access and id tokens for a refresh token',
  request: body(RefreshBodySchema),
  responses: {
    200: { description: 'Refreshed', ...json(TokensSchema) },
  },
  problems: {
    401: ['invalid_credentials'],
    403: ['user_not_confirmed', 'password_reset_required'],
    429: ['too_many_requests'],
  },
});

const logoutRoute = defineOperation({
  operationId: 'logOut',
  method: 'post',
  path: '/v1/auth/logout',
  tags,
  summary: 'Sign out: the access token is refused from now on; a given refresh token is revoked',
  request: { body: { required: false, ...json(LogoutBodySchema) } },
  responses: { 204: { description: 'Signed out' } },
  problems: { 401: ['invalid_credentials'] },
});

/** Thin routes over the auth service: they never log a password or a token. */
export function authRoutes(service: AuthService) {
  return createRouter()
    .openapi(signUpRoute, async (c) => {
      const input = c.req.valid('json');
      const { confirmed } = await service.signUp(input);
      return c.json(SignUpResponseSchema.parse({ email: input.email, confirmed }), 201);
    })
    .openapi(confirmRoute, async (c) => {
      await service.confirm(c.req.valid('json'));
      return c.body(null, 204);
    })
    .openapi(loginRoute, async (c) =>
      c.json(TokensSchema.parse(await service.login(c.req.valid('json'))), 200),
    )
    .openapi(refreshRoute, async (c) =>
      c.json(TokensSchema.parse(await service.refresh(c.req.valid('json').refreshToken)), 200),
    )
    .openapi(logoutRoute, async (c) => {
      // The body is optional; without one there is nothing to validate.
      const refreshToken = c.req.header('content-type') ? c.req.valid('json')?.refreshToken : undefined;
      await service.logout(c.get('accessToken'), refreshToken);
      return c.body(null, 204);
    });
}
