import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#app';
import { createContainer } from '#container';
import { membershipEntity } from '#data/entities/membership';
import { projectEntity } from '#data/entities/project';
import { ownerCountChange } from '#data/repositories/owner-count';
import { inboxProjectId } from '#domain/inbox';
import {
  type ApiFetch,
  inProcess,
  TEST_PASSWORD as PASSWORD,
  expectProblem as problem,
  type SignInTokens,
  signedInUser,
  signIn,
} from '#test/support/api';
import { TEST_CONFIRMATION_CODE } from '#test/support/cognito-code';
import { fixtureMapper, seedProject } from '#test/support/fixtures';
import { createTestTable, stackClients, stackContext, testConfig } from '#test/support/stack';
import { ensureUser } from '../../../scripts/local/bootstrap.ts';

/** The self-service account flows end to end: the real app, cognito-local and DynamoDB Local. */
const NEW_PASSWORD = 'Another-pass-2';
let table = '';
beforeAll(async () => {
  table = await createTestTable('accounts');
});

const appWith = (overrides: Record<string, string> = {}, tableName = table) =>
  createApp(createContainer(testConfig(tableName, overrides)));
let nextAddress = 0;
/** A client address no other test of this file uses. */
const freshAddress = () => `198.18.${Math.floor(++nextAddress / 250)}.${(nextAddress % 250) + 1}`;
type App = ReturnType<typeof appWith>;

const uniqueEmail = () => `acct-${randomUUID()}@example.com`;
const poolId = () => stackContext().environment.COGNITO_USER_POOL_ID ?? '';
const createUser = (email: string) =>
  ensureUser(stackClients.cognito(), poolId(), { email, password: PASSWORD, groups: [] });

/** A request as it arrives from `address` (the Node server's socket peer). */
function send(
  app: App,
  method: string,
  path: string,
  body?: object,
  options: { token?: string; address?: string } = {},
) {
  return app.request(
    path,
    {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    },
    { incoming: { socket: { remoteAddress: options.address ?? freshAddress() } } },
  );
}
const post = (app: App, path: string, body?: object, options?: { token?: string; address?: string }) =>
  send(app, 'POST', path, body, options);

/** Requests to `app` from an address no other test of this file uses. */
const fromFreshAddress = (app: App): ApiFetch => ({
  baseUrl: 'http://tasklane.test',
  fetch: async (input, init) =>
    app.request(input, init, { incoming: { socket: { remoteAddress: freshAddress() } } }),
});
const login = (app: App, email: string, password?: string) => signIn(fromFreshAddress(app), email, password);
const refresh = (app: App, refreshToken: string | undefined) =>
  post(app, '/v1/auth/refresh', { refreshToken: refreshToken ?? 'none' });
const me = (app: App, token: string) => send(app, 'GET', '/v1/me', undefined, { token });

describe('resending the confirmation code', () => {
  it('answers known and unknown addresses alike, and the code then confirms the account', async () => {
    const app = appWith();
    const email = uniqueEmail();
    expect((await post(app, '/v1/auth/signup', { email, password: PASSWORD })).status).toBe(201);

    const known = await post(app, '/v1/auth/confirm/resend', { email });
    const unknown = await post(app, '/v1/auth/confirm/resend', { email: uniqueEmail() });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());

    const stranger = await problem(
      await post(app, '/v1/auth/confirm', { email: uniqueEmail(), code: '000001' }),
      422,
    );
    expect(stranger.errors).toEqual([{ path: 'body.code', message: 'is wrong or has expired' }]);
    expect((await post(app, '/v1/auth/confirm', { email, code: TEST_CONFIRMATION_CODE })).status).toBe(204);
    await login(app, email);
  });
});

describe('resetting a forgotten password', () => {
  it('answers alike for every address, takes the code, and refuses the old password and refresh token', async () => {
    const app = appWith();
    const { email, ...before } = await signedInUser(inProcess(app), 'forgot');

    const known = await post(app, '/v1/auth/password/forgot', { email });
    const unknown = await post(app, '/v1/auth/password/forgot', { email: uniqueEmail() });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(await known.json()).toEqual(await unknown.json());

    const weak = await problem(
      await post(app, '/v1/auth/password/reset', {
        email,
        code: TEST_CONFIRMATION_CODE,
        newPassword: 'short',
      }),
      422,
    );
    expect(weak.errors?.map((error) => error.path)).toContain('body.newPassword');
    const wrong = await problem(
      await post(app, '/v1/auth/password/reset', { email, code: '000001', newPassword: NEW_PASSWORD }),
      422,
    );
    const stranger = await problem(
      await post(app, '/v1/auth/password/reset', {
        email: uniqueEmail(),
        code: TEST_CONFIRMATION_CODE,
        newPassword: NEW_PASSWORD,
      }),
      422,
    );
    expect(stranger.errors).toEqual(wrong.errors);
    expect(wrong.errors?.[0]?.path).toBe('body.code');

    const reset = await post(app, '/v1/auth/password/reset', {
      email,
      code: TEST_CONFIRMATION_CODE,
      newPassword: NEW_PASSWORD,
    });
    expect(reset.status).toBe(204);
    expect((await problem(await post(app, '/v1/auth/login', { email, password: PASSWORD }), 401)).code).toBe(
      'invalid_credentials',
    );
    expect((await problem(await refresh(app, before.refreshToken), 401)).code).toBe('invalid_credentials');
    // Sessions that begin in the reset's own second are refused too (token times are whole
    // seconds); a sign-in after it keeps its refresh token.
    const resetSecond = Math.floor(Date.now() / 1000);
    while (Math.floor(Date.now() / 1000) <= resetSecond)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const after = await login(app, email, NEW_PASSWORD);
    expect((await refresh(app, after.refreshToken)).status).toBe(200);
  });
});

describe('changing the password', () => {
  it('needs the current password, signs other sessions out and hands this one new tokens', async () => {
    const app = appWith();
    const { email, ...here } = await signedInUser(inProcess(app), 'changer');
    const elsewhere = await login(app, email);

    const wrong = await problem(
      await send(
        app,
        'PUT',
        '/v1/me/password',
        { currentPassword: 'Not-my-password-9', newPassword: NEW_PASSWORD },
        { token: here.accessToken },
      ),
      422,
    );
    expect(wrong.errors?.[0]?.path).toBe('body.currentPassword');
    const weak = await problem(
      await send(
        app,
        'PUT',
        '/v1/me/password',
        { currentPassword: PASSWORD, newPassword: 'alllowercase1' },
        { token: here.accessToken },
      ),
      422,
    );
    expect(weak.errors).toEqual([{ path: 'body.newPassword', message: 'must contain an upper-case letter' }]);

    const changed = await send(
      app,
      'PUT',
      '/v1/me/password',
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      { token: here.accessToken },
    );
    expect(changed.status).toBe(200);
    const fresh = (await changed.json()) as SignInTokens;
    expect(fresh.refreshToken).toEqual(expect.any(String));

    // The other session's refresh token is refused; so is this session's old one.
    expect((await problem(await refresh(app, elsewhere.refreshToken), 401)).code).toBe('invalid_credentials');
    expect((await problem(await refresh(app, here.refreshToken), 401)).code).toBe('invalid_credentials');
    expect((await problem(await me(app, here.accessToken), 401)).code).toBe('token_revoked');
    expect((await me(app, fresh.accessToken)).status).toBe(200);
    expect((await refresh(app, fresh.refreshToken)).status).toBe(200);
    await problem(await post(app, '/v1/auth/login', { email, password: PASSWORD }), 401);
    await login(app, email, NEW_PASSWORD);
  });
});

describe('deleting my account', () => {
  it('refuses while I own a project alone, then removes me everywhere and refuses all my tokens', async () => {
    const app = appWith();
    const config = testConfig(table);
    const mapper = fixtureMapper(config);
    const tokens = await signedInUser(inProcess(app), 'leaver');
    const { sub, email } = tokens;
    const partnerSub = await createUser(uniqueEmail());
    const solo = await seedProject(mapper, [{ sub, role: 'owner' }], 'Mine alone');
    const shared = await seedProject(mapper, [
      { sub, role: 'owner' },
      { sub: partnerSub, role: 'owner' },
    ]);
    const joined = await seedProject(mapper, [
      { sub: partnerSub, role: 'owner' },
      { sub, role: 'member' },
    ]);
    const deleteMe = (password: string) =>
      send(app, 'DELETE', '/v1/me', { password }, { token: tokens.accessToken });

    // A personal task: the Inbox exists, and I own it alone.
    const personal = await send(
      app,
      'POST',
      '/v1/tasks',
      { title: 'Water the plants' },
      { token: tokens.accessToken },
    );
    expect(personal.status).toBe(201);
    const inbox = inboxProjectId(sub);
    const inboxExists = async () =>
      (await mapper.get(projectEntity, { id: inbox }, { consistent: true })) !== undefined;
    expect(await inboxExists()).toBe(true);

    expect((await problem(await deleteMe('Not-my-password-9'), 422)).errors?.[0]?.path).toBe('body.password');
    const refused = await problem(await deleteMe(PASSWORD), 409);
    expect(refused.code).toBe('sole_owner');
    // The Inbox goes with the account, so it does not block it; refused, nothing is deleted.
    expect(refused.projects).toEqual([{ id: solo, name: 'Mine alone' }]);
    expect((await me(app, tokens.accessToken)).status).toBe(200);
    expect(await inboxExists()).toBe(true);

    // Ownership handed over: the partner becomes owner of the solo project too.
    const partnerOwner = mapper.tx.create(membershipEntity, {
      projectId: solo,
      userId: partnerSub,
      role: 'owner',
      addedAt: new Date().toISOString(),
    });
    await mapper.transact([
      { label: 'member', request: partnerOwner },
      { label: 'owners', request: ownerCountChange(mapper, solo, 1) },
    ]);

    expect((await deleteMe(PASSWORD)).status).toBe(204);
    expect(await inboxExists()).toBe(false);
    for (const projectId of [solo, shared, joined]) {
      expect(
        await mapper.get(membershipEntity, { projectId, userId: sub }, { consistent: true }),
      ).toBeUndefined();
    }
    expect((await problem(await me(app, tokens.accessToken), 401)).code).toMatch(
      /token_revoked|user_not_found/,
    );
    // Another instance that never cached the user refuses the old token as well.
    expect((await problem(await me(appWith(), tokens.accessToken), 401)).code).toMatch(
      /token_revoked|user_not_found/,
    );
    expect((await problem(await refresh(app, tokens.refreshToken), 401)).code).toBe('invalid_credentials');
    expect((await problem(await post(app, '/v1/auth/login', { email, password: PASSWORD }), 401)).code).toBe(
      'invalid_credentials',
    );
  });
});

describe('brute-force limits', () => {
  const limits = {
    LOGIN_ACCOUNT_MAX_FAILURES: '3',
    LOGIN_ADDRESS_MAX_FAILURES: '5',
    LOGIN_FAILURE_WINDOW_SECONDS: '600',
  };
  let limitsTable = '';
  beforeAll(async () => {
    limitsTable = await createTestTable('limits');
  });
  const limitedApp = () => appWith(limits, limitsTable);

  it('answers 429 with Retry-After for an account after its failures, on every instance, and lets others in', async () => {
    const first = limitedApp();
    const second = limitedApp();
    const [a, b, c, d] = [freshAddress(), freshAddress(), freshAddress(), freshAddress()];
    const email = uniqueEmail();
    const bystander = uniqueEmail();
    await Promise.all([createUser(email), createUser(bystander)]);
    const wrong = (app: App, address: string) =>
      post(app, '/v1/auth/login', { email, password: 'Wrong-password-1' }, { address });

    // Failures from different addresses and instances add up for the account.
    await problem(await wrong(first, a), 401);
    await problem(await wrong(second, b), 401);
    await problem(await wrong(first, c), 401);
    const limited = await post(second, '/v1/auth/login', { email, password: PASSWORD }, { address: d });
    expect((await problem(limited, 429)).code).toBe('too_many_requests');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);

    await login(first, bystander);
  });

  it('limits one client address across accounts, and not the others', async () => {
    const app = limitedApp();
    const address = freshAddress();
    for (let attempt = 0; attempt < 5; attempt++) {
      await problem(
        await post(
          app,
          '/v1/auth/login',
          { email: uniqueEmail(), password: 'Wrong-password-1' },
          { address },
        ),
        401,
      );
    }
    const email = uniqueEmail();
    await createUser(email);
    const fromThere = await post(app, '/v1/auth/login', { email, password: PASSWORD }, { address });
    expect(fromThere.status).toBe(429);
    expect(fromThere.headers.get('retry-after')).toMatch(/^\d+$/);
    const fromElsewhere = await post(
      app,
      '/v1/auth/login',
      { email, password: PASSWORD },
      { address: freshAddress() },
    );
    expect(fromElsewhere.status).toBe(200);
  });

  it('limits wrong codes for password resets and sign-up confirmations', async () => {
    const app = limitedApp();
    const email = uniqueEmail();
    await createUser(email);
    for (let attempt = 0; attempt < 3; attempt++) {
      await problem(
        await post(app, '/v1/auth/password/reset', { email, code: '000001', newPassword: NEW_PASSWORD }),
        422,
      );
    }
    const reset = await post(app, '/v1/auth/password/reset', {
      email,
      code: TEST_CONFIRMATION_CODE,
      newPassword: NEW_PASSWORD,
    });
    expect(reset.status).toBe(429);
    expect((await post(app, '/v1/auth/confirm', { email, code: '000001' })).status).toBe(429);
  });

  it('clears an account after a successful sign-in', async () => {
    const app = limitedApp();
    const email = uniqueEmail();
    await createUser(email);
    for (let round = 0; round < 2; round++) {
      await problem(await post(app, '/v1/auth/login', { email, password: 'Wrong-password-1' }), 401);
      await problem(await post(app, '/v1/auth/login', { email, password: 'Wrong-password-1' }), 401);
      // The third failure would lock the account had the success in between not cleared it.
      await login(app, email);
    }
  });
});
