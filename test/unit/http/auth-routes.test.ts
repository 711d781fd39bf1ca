import { describe, expect, it } from 'vitest';
import type { CognitoGateway } from '#data/cognito/gateway';
import { offlineApp } from '#test/support/app';
import { memoryRevokedTokenStore, offlineAuth, unreachableCognito } from '#test/support/auth';

type OpenApi = {
  paths: Record<
    string,
    Record<string, { operationId?: string; security?: unknown[]; responses: Record<string, unknown> }>
  >;
};

describe('auth routes', () => {
  it('are described in the OpenAPI document, with bearer security where a token is needed', async () => {
    const document = (await (await offlineApp().request('/openapi.json')).json()) as OpenApi;
    for (const path of ['/v1/auth/signup', '/v1/auth/confirm', '/v1/auth/login', '/v1/auth/refresh']) {
      expect(document.paths[path]?.post?.security).toEqual([]);
      expect(document.paths[path]?.post?.responses['503']).toBeDefined();
    }
    expect(document.paths['/v1/auth/logout']?.post?.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/v1/me']?.get?.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/v1/me']?.get?.responses['401']).toBeDefined();
  });

  it('describes the account routes: operation ids, public ones without security, every status', async () => {
    const document = (await (await offlineApp().request('/openapi.json')).json()) as OpenApi;
    const expected = [
      ['/v1/auth/confirm/resend', 'post', 'resendConfirmationCode', [], ['202', '422', '429', '503']],
      ['/v1/auth/password/forgot', 'post', 'requestPasswordReset', [], ['202', '422', '429', '503']],
      ['/v1/auth/password/reset', 'post', 'resetPassword', [], ['204', '422', '429', '503']],
      [
        '/v1/me/password',
        'put',
        'changeMyPassword',
        [{ bearerAuth: [] }],
        ['200', '401', '422', '429', '503'],
      ],
      [
        '/v1/me',
        'delete',
        'deleteMyAccount',
        [{ bearerAuth: [] }],
        ['204', '401', '409', '422', '429', '503'],
      ],
    ] as const;
    for (const [path, method, operationId, security, statuses] of expected) {
      const operation = document.paths[path]?.[method];
      expect(operation?.operationId).toBe(operationId);
      expect(operation?.security).toEqual(security);
      for (const status of statuses) expect(operation?.responses[status], `${path} ${status}`).toBeDefined();
    }
  });

  it('serves the public account routes without a token and answers every address alike', async () => {
    const asked: string[] = [];
    const gateway: CognitoGateway = {
      ...unreachableCognito,
      resendConfirmationCode: async (email) => {
        asked.push(email);
        return { kind: email.startsWith('unknown') ? 'not_sent' : 'sent' };
      },
    };
    const auth = offlineAuth({ gateway });
    const app = offlineApp({ services: auth.services });
    const answers = [];
    for (const email of ['known@example.com', 'unknown@example.com']) {
      const response = await app.request('/v1/auth/confirm/resend', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      });
      expect(response.status).toBe(202);
      answers.push(await response.json());
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(asked).toEqual(['known@example.com', 'unknown@example.com']);
  });

  it('refuses to change a password or delete the account without a token', async () => {
    const app = offlineApp();
    const change = await app.request('/v1/me/password', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: 'x', newPassword: 'Abcdefghi1' }),
    });
    expect(change.status).toBe(401);
    const remove = await app.request('/v1/me', {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'x' }),
    });
    expect(remove.status).toBe(401);
  });

  it('logout revokes a given refresh token and tolerates one already gone', async () => {
    const revoked: string[] = [];
    const gateway: CognitoGateway = {
      ...unreachableCognito,
      revokeRefreshToken: async (token) => {
        revoked.push(token);
        return { kind: token === 'gone' ? 'unknown' : 'revoked' };
      },
    };
    const store = memoryRevokedTokenStore();
    const auth = offlineAuth({ gateway, store });
    const app = offlineApp({ services: auth.services });
    for (const refreshToken of ['rt-1', 'gone']) {
      const token = auth.tokenFor({ sub: 's', jti: `jti-${refreshToken}` });
      const response = await app.request('/v1/auth/logout', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      expect(response.status).toBe(204);
    }
    expect(revoked).toEqual(['rt-1', 'gone']);
    expect([...store.entries.keys()]).toEqual(['jti-rt-1', 'jti-gone']);
  });

  it('denylists an origin_jti until every sibling token has expired', async () => {
    const store = memoryRevokedTokenStore();
    const auth = offlineAuth({ store });
    const app = offlineApp({ services: auth.services });
    // A token minted 50 min into a 60 min lifetime: siblings refreshed just now live 60 min more.
    const issuedAt = Math.floor(Date.now() / 1000) - 3000;
    const token = auth.tokenFor({
      sub: 's',
      originJti: 'session-1',
      expiresIn: 600,
      extra: { iat: issuedAt },
    });
    const response = await app.request('/v1/auth/logout', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(204);
    const until = store.entries.get('session-1') ?? 0;
    expect(until).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 3600 - 1);
  });

  it('maps a refused sign-in to the one 401 without echoing the password', async () => {
    const gateway: CognitoGateway = {
      ...unreachableCognito,
      signIn: async () => ({ kind: 'wrong_credentials' }),
    };
    const auth = offlineAuth({ gateway });
    const app = offlineApp({ services: auth.services });
    const response = await app.request('/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.com', password: 'Secret-password-1' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect(await response.text()).not.toContain('Secret-password-1');
  });
});
