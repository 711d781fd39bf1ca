import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { handle } from 'hono/aws-lambda';
import { describe, expect, it } from 'vitest';
import type { UserStatus } from '#domain/auth';
import { requireGroup } from '#http/middleware/require-group';
import { ProblemSchema } from '#http/schemas/problem';
import type { UserStatusLookup } from '#services/auth/user-status-cache';
import { memoryLogger, offlineApp } from '#test/support/app';
import {
  everyoneEnabled,
  generateTestKeys,
  memoryRevokedTokenStore,
  mintAccessToken,
  offlineAuth,
} from '#test/support/auth';

/** The auth middleware through the whole app, with our own keys and offline parts. */
function setup(options: Parameters<typeof offlineAuth>[0] = {}) {
  const auth = offlineAuth(options);
  const logger = memoryLogger();
  const app = offlineApp({
    services: auth.services,
    logger,
  });
  app.get('/v1/admin-only', requireGroup('admin'), (c) => c.json({ ok: true }));
  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
  return { app, auth, logger, bearer };
}

async function expectInvalidToken(response: Response, code = 'invalid_token') {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const problem = ProblemSchema.parse(await response.json());
  expect(problem.code).toBe(code);
  return problem;
}

const TWO_HEADERS = 'Send exactly one Authorization header.';

describe('the auth middleware', () => {
  it('puts the caller in the context: GET /v1/me', async () => {
    const { app, auth, bearer } = setup();
    const token = auth.tokenFor({ sub: 'sub-1', username: 'alice', groups: ['admin'] });
    const response = await app.request('/v1/me', bearer(token));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sub: 'sub-1', email: 'alice@example.test', groups: ['admin'] });
  });

  it('accepts the scheme in any case', async () => {
    const { app, auth } = setup();
    const token = auth.tokenFor({ sub: 'sub-1' });
    for (const scheme of ['bearer', 'BEARER', 'BeArEr']) {
      const response = await app.request('/v1/me', { headers: { authorization: `${scheme} ${token}` } });
      expect(response.status).toBe(200);
    }
  });

  it('401 without a token, naming it missing', async () => {
    await expectInvalidToken(await setup().app.request('/v1/me'), 'missing_token');
  });

  it('401 for another scheme or a bare token', async () => {
    const { app, auth } = setup();
    const token = auth.tokenFor({ sub: 'sub-1' });
    for (const value of [
      `Basic ${token}`,
      `Token ${token}`,
      token,
      'Bearer',
      'Bearer ',
      `Bearer ${token} x`,
    ]) {
      await expectInvalidToken(await app.request('/v1/me', { headers: { authorization: value } }));
    }
  });

  it('401 for a token from someone else’s keys, expired, or garbage', async () => {
    const { app, bearer } = setup();
    const foreign = mintAccessToken(generateTestKeys('offline-key'), { sub: 'sub-1' });
    await expectInvalidToken(await app.request('/v1/me', bearer(foreign)));
    await expectInvalidToken(await app.request('/v1/me', bearer('not-a-jwt')));
    const expired = mintAccessToken(setup().auth.keys, { sub: 'sub-1', expiresIn: -5 });
    await expectInvalidToken(await app.request('/v1/me', bearer(expired)));
  });

  it('401 for two Authorization headers (in-process)', async () => {
    const { app, auth } = setup();
    const token = auth.tokenFor({ sub: 'sub-1' });
    const headers = new Headers();
    headers.append('authorization', `Bearer ${token}`);
    headers.append('authorization', `Bearer ${token}`);
    expect((await expectInvalidToken(await app.request('/v1/me', { headers }))).detail).toBe(TWO_HEADERS);
  });

  it('401 for two Authorization headers on the Node server', async () => {
    const { app, auth } = setup();
    const token = auth.tokenFor({ sub: 'sub-1' });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', createServer });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const { port } = server.address() as AddressInfo;
      const { request } = await import('node:http');
      const answer = await new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
        const req = request({ port, host: '127.0.0.1', path: '/v1/me', method: 'GET' }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => {
            body += chunk.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode, body }));
        });
        req.on('error', reject);
        // setHeader with an array sends the header twice on the wire.
        req.setHeader('Authorization', [`Bearer ${token}`, `Bearer ${token}`]);
        req.end();
      });
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body).detail).toBe(TWO_HEADERS);
      const single = await fetch(`http://127.0.0.1:${port}/v1/me`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(single.status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('401 for two Authorization headers on Lambda (API Gateway REST and ALB events)', async () => {
    const { app, auth } = setup();
    const token = auth.tokenFor({ sub: 'sub-1' });
    const handler = handle(app);
    const event = (values: string[], extra: object = {}) => ({
      httpMethod: 'GET',
      path: '/v1/me',
      headers: { authorization: values.at(-1), host: 'api.example' },
      multiValueHeaders: { authorization: values, host: ['api.example'] },
      requestContext: { httpMethod: 'GET', path: '/v1/me', stage: 'prod' },
      isBase64Encoded: false,
      body: null,
      ...extra,
    });
    const twice = [`Bearer ${token}`, `Bearer ${token}`];
    // Hand-built events stand in for API Gateway (REST) and ALB.
    type Args = Parameters<typeof handler>;
    const invoke = (e: unknown) =>
      handler(e as Args[0], {} as Args[1]) as Promise<{ statusCode: number; body: string }>;
    expect((await invoke(event([`Bearer ${token}`]))).statusCode).toBe(200);
    const rest = await invoke(event(twice));
    expect([rest.statusCode, JSON.parse(rest.body).detail]).toEqual([401, TWO_HEADERS]);
    const alb = await invoke(event(twice, { requestContext: { elb: { targetGroupArn: 'arn:aws:x' } } }));
    expect([alb.statusCode, JSON.parse(alb.body).detail]).toEqual([401, TWO_HEADERS]);
  });

  it('never writes the token into a log line', async () => {
    const { app, auth, logger, bearer } = setup();
    const token = auth.tokenFor({ sub: 'sub-1' });
    await app.request('/v1/me', bearer(token));
    await app.request('/v1/me', bearer(`${token}x`));
    expect(JSON.stringify(logger.lines)).not.toContain(token.split('.')[2]);
  });

  describe('disabled, deleted and revoked', () => {
    const statuses: Record<string, UserStatus | undefined> = {
      'sub-ok': { sub: 'sub-ok', email: 'ok@example.test', enabled: true },
      'sub-disabled': { sub: 'sub-disabled', email: 'off@example.test', enabled: false },
    };
    const lookup: UserStatusLookup = async (username) => statuses[username];

    it('401 user_disabled for a disabled user', async () => {
      const { app, auth, bearer } = setup({ lookup });
      await expectInvalidToken(
        await app.request('/v1/me', bearer(auth.tokenFor({ sub: 'sub-disabled' }))),
        'user_disabled',
      );
    });

    it('401 for a user that no longer exists, or whose sub does not match', async () => {
      const { app, auth, bearer } = setup({ lookup });
      await expectInvalidToken(
        await app.request('/v1/me', bearer(auth.tokenFor({ sub: 'gone' }))),
        'user_not_found',
      );
      const mismatch = auth.tokenFor({ sub: 'other-sub', username: 'sub-ok' });
      await expectInvalidToken(await app.request('/v1/me', bearer(mismatch)), 'user_not_found');
    });

    it('503, never a pass, when the user status cannot be read', async () => {
      const { app, auth, bearer } = setup({ lookup: () => Promise.reject(new Error('ECONNREFUSED')) });
      const response = await app.request('/v1/me', bearer(auth.tokenFor({ sub: 'sub-ok' })));
      expect(response.status).toBe(503);
    });

    it('503 when the denylist cannot be read', async () => {
      const store = { revoke: async () => {}, isRevoked: () => Promise.reject(new Error('DynamoDB down')) };
      const { app, auth, bearer } = setup({ store });
      expect((await app.request('/v1/me', bearer(auth.tokenFor({ sub: 'sub-ok' })))).status).toBe(503);
    });

    it('asks for the user status once per user while cached', async () => {
      let lookups = 0;
      const counting: UserStatusLookup = async (username) => {
        lookups += 1;
        return everyoneEnabled(username);
      };
      const { app, auth, bearer } = setup({ lookup: counting });
      for (let i = 0; i < 3; i += 1) await app.request('/v1/me', bearer(auth.tokenFor({ sub: 'sub-ok' })));
      await Promise.all([1, 2, 3].map(() => app.request('/v1/me', bearer(auth.tokenFor({ sub: 'sub-2' })))));
      expect(lookups).toBe(2);
    });

    it('logout refuses the token at once, even after a cached "not revoked"', async () => {
      const store = memoryRevokedTokenStore();
      const { app, auth, bearer } = setup({ store });
      const token = auth.tokenFor({ sub: 'sub-ok', jti: 'jti-logout' });
      expect((await app.request('/v1/me', bearer(token))).status).toBe(200);
      const logout = await app.request('/v1/auth/logout', { method: 'POST', ...bearer(token) });
      expect(logout.status).toBe(204);
      expect(store.entries.has('jti-logout')).toBe(true);
      await expectInvalidToken(await app.request('/v1/me', bearer(token)), 'token_revoked');
      await expectInvalidToken(
        await app.request('/v1/auth/logout', { method: 'POST', ...bearer(token) }),
        'token_revoked',
      );
    });

    it('a token denylisted elsewhere is refused once the store says so', async () => {
      const store = memoryRevokedTokenStore();
      const { app, auth, bearer } = setup({ store });
      await store.revoke('session-9', Math.floor(Date.now() / 1000) + 60);
      const token = auth.tokenFor({ sub: 'sub-ok', originJti: 'session-9' });
      await expectInvalidToken(await app.request('/v1/me', bearer(token)), 'token_revoked');
    });
  });

  describe('requireGroup', () => {
    it('403 outside the group, 200 inside', async () => {
      const { app, auth, bearer } = setup();
      const member = await app.request(
        '/v1/admin-only',
        bearer(auth.tokenFor({ sub: 'a', groups: ['admin'] })),
      );
      expect(member.status).toBe(200);
      const other = await app.request(
        '/v1/admin-only',
        bearer(auth.tokenFor({ sub: 'b', groups: ['staff'] })),
      );
      expect(other.status).toBe(403);
      expect(ProblemSchema.parse(await other.json()).code).toBe('group_required');
      expect((await app.request('/v1/admin-only')).status).toBe(401);
    });
  });

  describe('public auth endpoints', () => {
    it('need no token (offline Cognito answers 503) and validate strictly', async () => {
      const { app } = setup();
      const post = (path: string, body: object) =>
        app.request(path, {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        });
      expect((await post('/v1/auth/login', { email: 'a@example.com', password: 'x' })).status).toBe(503);
      const weak = await post('/v1/auth/signup', { email: 'a@example.com', password: 'short', admin: true });
      expect(weak.status).toBe(422);
      const paths = ProblemSchema.parse(await weak.json()).errors?.map((error) => error.path);
      expect(paths).toEqual(expect.arrayContaining(['body.password', 'body.admin']));
      expect((await post('/v1/auth/refresh', {})).status).toBe(422);
    });

    it('logout is not public', async () => {
      await expectInvalidToken(
        await setup().app.request('/v1/auth/logout', { method: 'POST' }),
        'missing_token',
      );
    });
  });
});
