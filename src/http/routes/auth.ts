import type { AccountService } from '#services/account-service';
import type { SessionService } from '#services/session-service';
import { clientAddress } from '../client-address.ts';
import { createRouter } from '../context.ts';
import {
  AcceptedSchema,
  ChangePasswordBodySchema,
  ConfirmBodySchema,
  DeleteAccountBodySchema,
  EmailBodySchema,
  LoginBodySchema,
  LogoutBodySchema,
  RefreshBodySchema,
  ResetPasswordBodySchema,
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
  description:
    '422 `validation_failed` names `body.code` for a wrong or expired code and for an unknown address alike. 429 after repeated wrong codes.',
  request: body(ConfirmBodySchema),
  responses: { 204: { description: 'Confirmed' } },
  problems: { 429: ['too_many_requests'] },
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
    403: ['user_not_confirmed', 'password_reset_required', 'challenge_required'],
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
    403: ['user_not_confirmed', 'password_reset_required', 'challenge_required'],
    429: ['too_many_requests'],
  },
});

const signOut = {
  path: '/v1/auth/logout',
  tags,
  summary: 'Sign out: the access token is refused from now on; a given refresh token is revoked',
  request: { body: { required: false, ...json(LogoutBodySchema) } },
  responses: { 204: { description: 'Signed out' } },
  problems: { 401: ['invalid_credentials'] },
} as const;

const logoutRoute = defineOperation({ ...signOut, operationId: 'logOut', method: 'post' });

const resendCodeRoute = defineOperation({
  operationId: 'resendConfirmationCode',
  method: 'post',
  path: '/v1/auth/confirm/resend',
  tags,
  summary: 'Send the sign-up confirmation code again (the same answer for every address)',
  request: body(EmailBodySchema),
  responses: {
    202: {
      description: 'If the account exists and is unconfirmed, a code is on its way',
      ...json(AcceptedSchema),
    },
  },
  problems: { 429: ['too_many_requests'] },
});

const forgotPasswordRoute = defineOperation({
  operationId: 'requestPasswordReset',
  method: 'post',
  path: '/v1/auth/password/forgot',
  tags,
  summary: 'Start a password reset: a code is e-mailed (the same answer for every address)',
  request: body(EmailBodySchema),
  responses: {
    202: { description: 'If the account exists, a reset code is on its way', ...json(AcceptedSchema) },
  },
  problems: { 429: ['too_many_requests'] },
});

const resetPasswordRoute = defineOperation({
  operationId: 'resetPassword',
  method: 'post',
  path: '/v1/auth/password/reset',
  tags,
  summary: 'Set a new password with the e-mailed code; every session is signed out',
  description:
    '422 `validation_failed` names `body.code` for a wrong or expired code and for an unknown address alike, or `body.newPassword` for a password outside the policy. 429 `too_many_requests` (Retry-After) after repeated wrong codes for the address or from the client.',
  request: body(ResetPasswordBodySchema),
  responses: { 204: { description: 'Password set' } },
  problems: { 429: ['too_many_requests'] },
});

const changePasswordRoute = defineOperation({
  operationId: 'changeMyPassword',
  method: 'put',
  path: '/v1/me/password',
  tags,
  summary: 'Change your password: other sessions are signed out, this one gets new tokens',
  description:
    '422 `validation_failed` names `body.currentPassword` when it is wrong, or `body.newPassword`. 429 `too_many_requests` (Retry-After) after repeated wrong passwords.',
  request: body(ChangePasswordBodySchema),
  responses: { 200: { description: 'Changed; tokens of a new session', ...json(TokensSchema) } },
  problems: { 403: ['password_reset_required', 'challenge_required'], 429: ['too_many_requests'] },
});

const deleteAccountRoute = defineOperation({
  operationId: 'deleteMyAccount',
  method: 'delete',
  path: '/v1/me',
  tags,
  summary: 'Delete your account (re-confirmed with your password)',
  description:
    'Removes you from every project, deletes your Inbox, and removes you from the user pool; every token of yours is refused from then on. 409 `sole_owner` (with `projects`) while you are the only owner of another project: make someone else owner or delete it first; nothing is changed then. 422 names `body.password` when it is wrong; 429 after repeated wrong passwords.',
  request: body(DeleteAccountBodySchema),
  responses: { 204: { description: 'Deleted' } },
  problems: {
    403: ['password_reset_required', 'challenge_required'],
    409: ['sole_owner', 'transaction_cancelled'],
    429: ['too_many_requests'],
  },
});

const accepted = (detail: string) => AcceptedSchema.parse({ status: 'accepted', detail });

/** The same sign-out as a DELETE of the session (seed 004's spelling); POST stays. */
const deleteSessionRoute = defineOperation({ ...signOut, operationId: 'deleteSession', method: 'delete' });

/** Thin routes over the session and account services: they never log a password or a token. */
export function authRoutes(deps: { sessionService: SessionService; accountService: AccountService }) {
  const { sessionService, accountService } = deps;
  return createRouter()
    .openapi(signUpRoute, async (c) => {
      const input = c.req.valid('json');
      const { confirmed } = await accountService.signUp(input);
      return c.json(SignUpResponseSchema.parse({ email: input.email, confirmed }), 201);
    })
    .openapi(confirmRoute, async (c) => {
      await accountService.confirm(c.req.valid('json'));
      return c.body(null, 204);
    })
    .openapi(loginRoute, async (c) =>
      c.json(
        TokensSchema.parse(await sessionService.login(c.req.valid('json'), { address: clientAddress(c) })),
        200,
      ),
    )
    .openapi(refreshRoute, async (c) =>
      c.json(TokensSchema.parse(await sessionService.refresh(c.req.valid('json').refreshToken)), 200),
    )
    .openapi(logoutRoute, async (c) => {
      // The body is optional; without one there is nothing to validate.
      const refreshToken = c.req.header('content-type') ? c.req.valid('json')?.refreshToken : undefined;
      await sessionService.logout(c.get('accessToken'), refreshToken);
      return c.body(null, 204);
    })
    .openapi(resendCodeRoute, async (c) => {
      await accountService.resendConfirmationCode(c.req.valid('json').email);
      return c.json(accepted('If the account exists and is unconfirmed, a new code has been sent.'), 202);
    })
    .openapi(forgotPasswordRoute, async (c) => {
      await accountService.requestPasswordReset(c.req.valid('json').email);
      return c.json(accepted('If the account exists, a reset code has been sent.'), 202);
    })
    .openapi(resetPasswordRoute, async (c) => {
      await accountService.resetPassword(c.req.valid('json'), { address: clientAddress(c) });
      return c.body(null, 204);
    })
    .openapi(changePasswordRoute, async (c) => {
      const tokens = await accountService.changePassword(
        c.get('user'),
        c.get('accessToken'),
        c.req.valid('json'),
        {
          address: clientAddress(c),
        },
      );
      return c.json(TokensSchema.parse(tokens), 200);
    })
    .openapi(deleteAccountRoute, async (c) => {
      const { password } = c.req.valid('json');
      await accountService.deleteAccount(c.get('user'), c.get('accessToken'), password, {
        address: clientAddress(c),
      });
      return c.body(null, 204);
    })
    .openapi(deleteSessionRoute, async (c) => {
      const refreshToken = c.req.header('content-type') ? c.req.valid('json')?.refreshToken : undefined;
      await sessionService.logout(c.get('accessToken'), refreshToken);
      return c.body(null, 204);
    });
}
