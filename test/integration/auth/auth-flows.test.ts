import { randomUUID } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#app';
import { createContainer } from '#container';
import { requireGroup } from '#http/middleware/require-group';
import {
  clientFor,
  inProcess,
  TEST_PASSWORD as PASSWORD,
  expectProblem as problem,
  type SignInTokens,
  signedInUser,
  signedInUsers,
  signIn,
} from '#test/support/api';
import { TEST_CONFIRMATION_CODE } from '#test/support/cognito-code';
import { createTestTable, stackClients, stackContext, testConfig } from '#test/support/stack';
import { ensureUser } from '../../../scripts/local/bootstrap.ts';

/** The sign-in flows end to end: the real app, cognito-local and DynamoDB Local. */
let table = '';
beforeAll(async () => {
  table = await createTestTable('auth');
});

function appWith(overrides: Record<string, string> = {}) {
  const app = createApp(createContainer(testConfig(table, overrides)));
  app.get('/v1/admin/ping', requireGroup('admin'), (c) => c.json({ ok: true }));
  return app;
}

const uniqueEmail = () => `u-${randomUUID()}@example.com`;
const poolId = () => stackContext().environment.COGNITO_USER_POOL_ID ?? '';
const createUser = (email: string, groups: string[] = []) =>
  ensureUser(stackClients.cognito(), poolId(), { email, password: PASSWORD, groups });

type App = ReturnType<typeof appWith>;
const post = (app: App, path: string, body?: object, token?: string) =>
  app.request(path, {
    method: 'POST',
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
const get = (app: App, path: string, token: string) =>
  app.request(path, { headers: { authorization: `Bearer ${token}` } });

const login = (app: App, email: string) => signIn(inProcess(app), email);

describe('auth against cognito-local', () => {
  it('signs up, refuses sign-in until confirmed, confirms, signs in, answers /v1/me', async () => {
    const app = appWith();
    const email = uniqueEmail();
    const signUp = await post(app, '/v1/auth/signup', { email, password: PASSWORD, name: 'Test' });
    expect(signUp.status).toBe(201);
    expect(await signUp.json()).toEqual({ email, confirmed: false });
    expect((await problem(await post(app, '/v1/auth/signup', { email, password: PASSWORD }), 409)).code).toBe(
      'user_exists',
    );

    const early = await problem(await post(app, '/v1/auth/login', { email, password: PASSWORD }), 403);
    expect(early.code).toBe('user_not_confirmed');
    const wrongCode = await problem(await post(app, '/v1/auth/confirm', { email, code: '000001' }), 422);
    expect(wrongCode.errors?.[0]?.path).toBe('body.code');
    expect((await post(app, '/v1/auth/confirm', { email, code: TEST_CONFIRMATION_CODE })).status).toBe(204);

    const tokens = await login(app, email);
    expect(tokens).toMatchObject({ tokenType: 'Bearer', refreshToken: expect.any(String) });
    expect(tokens.expiresIn).toBeGreaterThan(0);
    const me = await get(app, '/v1/me', tokens.accessToken);
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ sub: expect.any(String), email, groups: [] });
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const app = appWith();
    const email = uniqueEmail();
    await createUser(email);
    const wrong = await problem(await post(app, '/v1/auth/login', { email, password: 'Wrong-pass-1' }), 401);
    const unknown = await problem(
      await post(app, '/v1/auth/login', { email: uniqueEmail(), password: PASSWORD }),
      401,
    );
    expect(wrong.code).toBe('invalid_credentials');
    expect([unknown.code, unknown.detail]).toEqual([wrong.code, wrong.detail]);
  });

  it('answers 403 challenge_required, as login declares it, for an account that must first set a password', async () => {
    const app = appWith();
    const email = uniqueEmail();
    // An administrator-created account signs in only through NEW_PASSWORD_REQUIRED, which this API does not offer.
    await stackClients.cognito().send(
      new AdminCreateUserCommand({
        UserPoolId: poolId(),
        Username: email,
        TemporaryPassword: PASSWORD,
        MessageAction: 'SUPPRESS',
      }),
    );
    const answer = await clientFor(inProcess(app)).post('/v1/auth/login', { email, password: PASSWORD });
    expect([answer.status, (answer.body as { code?: string }).code]).toEqual([403, 'challenge_required']);
  });

  it('refreshes, and after logout refuses the old access token and the refresh token', async () => {
    const app = appWith();
    const first = await signedInUser(inProcess(app), 'refresher');
    const refreshed = await post(app, '/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(refreshed.status).toBe(200);
    const second = (await refreshed.json()) as SignInTokens;
    expect(second.refreshToken).toBeUndefined();
    expect((await get(app, '/v1/me', second.accessToken)).status).toBe(200);

    const logout = await post(
      app,
      '/v1/auth/logout',
      { refreshToken: first.refreshToken },
      first.accessToken,
    );
    expect(logout.status).toBe(204);
    expect((await problem(await get(app, '/v1/me', first.accessToken), 401)).code).toBe('token_revoked');
    // Another instance (a fresh container, empty caches) reads the denylist from DynamoDB.
    expect((await problem(await get(appWith(), '/v1/me', first.accessToken), 401)).code).toBe(
      'token_revoked',
    );
    const again = await post(app, '/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect((await problem(again, 401)).code).toBe('invalid_credentials');
  });

  it('logs out without a refresh token: the access token alone is refused', async () => {
    const app = appWith();
    const tokens = await signedInUser(inProcess(app), 'logout');
    expect((await post(app, '/v1/auth/logout', undefined, tokens.accessToken)).status).toBe(204);
    expect((await problem(await get(app, '/v1/me', tokens.accessToken), 401)).code).toBe('token_revoked');
  });

  it('refuses a disabled user: existing tokens, sign-in and refresh', async () => {
    // No user-status cache here, so the change is seen on the next request.
    const app = appWith({ USER_STATUS_CACHE_SECONDS: '0' });
    const { email, ...tokens } = await signedInUser(inProcess(app), 'disabled');
    expect((await get(app, '/v1/me', tokens.accessToken)).status).toBe(200);
    const cognito = stackClients.cognito();
    await cognito.send(new AdminDisableUserCommand({ UserPoolId: poolId(), Username: email }));
    try {
      expect((await problem(await get(app, '/v1/me', tokens.accessToken), 401)).code).toBe('user_disabled');
      const again = await post(app, '/v1/auth/login', { email, password: PASSWORD });
      expect((await problem(again, 401)).code).toBe('invalid_credentials');
      const refresh = await post(app, '/v1/auth/refresh', { refreshToken: tokens.refreshToken });
      expect((await problem(refresh, 401)).code).toBe('invalid_credentials');
    } finally {
      await cognito.send(new AdminEnableUserCommand({ UserPoolId: poolId(), Username: email }));
    }
  });

  it('puts Cognito groups in the context: admin routes admit admins only', async () => {
    const app = appWith();
    const users = await signedInUsers(inProcess(app), ['admin', 'member'], { admin: ['admin'] });
    const adminToken = users.admin.accessToken;
    expect(await (await get(app, '/v1/me', adminToken)).json()).toMatchObject({ groups: ['admin'] });
    expect((await get(app, '/v1/admin/ping', adminToken)).status).toBe(200);
    const memberToken = users.member.accessToken;
    expect((await problem(await get(app, '/v1/admin/ping', memberToken), 403)).code).toBe('group_required');
  });

  it('refuses an id token where an access token is required', async () => {
    const app = appWith();
    const { idToken } = await signedInUser(inProcess(app), 'id-token');
    expect((await get(app, '/v1/me', idToken)).status).toBe(401);
  });

  it('answers 503 when Cognito cannot be reached (fail closed)', async () => {
    const app = appWith();
    const { email, accessToken } = await signedInUser(inProcess(app), 'cut-off');
    const cut = appWith({ COGNITO_ENDPOINT: 'http://127.0.0.1:9' });
    expect((await post(cut, '/v1/auth/login', { email, password: PASSWORD })).status).toBe(503);
    // The token verifies (JWKS from the issuer) but the enabled flag cannot be read.
    expect((await get(cut, '/v1/me', accessToken)).status).toBe(503);
  });
});
