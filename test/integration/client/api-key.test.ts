import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, TEST_PASSWORD, type TestApi } from '#test/support/api';
import { contractAt } from '#test/support/contract';
import { stackClients, stackContext } from '#test/support/stack';
import { createTasklaneClient } from '../../../clients/typescript/src/index.ts';
import { ensureUser } from '../../../scripts/local/bootstrap.ts';

/** The shipped client on a stage that requires API keys: the key is given once, at creation. */
const WEB_KEY = `web-${randomUUID()}`;
let api: TestApi;
let email = '';

beforeAll(async () => {
  api = await startTestApi({ API_KEYS: `web:${WEB_KEY}` });
  email = `keyed-${randomUUID()}@example.com`;
  const poolId = stackContext().environment.COGNITO_USER_POOL_ID ?? '';
  await ensureUser(stackClients.cognito(), poolId, { email, password: TEST_PASSWORD });
});

/** A client with (or without) the key; every answer it gets is checked against the API's document. */
async function clientWith(apiKey: string | undefined) {
  const contract = await contractAt(api);
  let token: string | undefined;
  const client = createTasklaneClient({
    baseUrl: api.baseUrl,
    fetch: api.fetch,
    accessToken: () => token,
    apiKey,
  });
  client.use({
    async onResponse({ request, response }) {
      const text = await response.clone().text();
      const body = /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : text;
      const { pathname } = new URL(request.url);
      contract.check({
        method: request.method,
        path: pathname,
        status: response.status,
        headers: response.headers,
        body,
        text,
      });
      return undefined;
    },
  });
  return { client, signedIn: (accessToken: string) => (token = accessToken) };
}

describe('the TypeScript client with an API key', () => {
  it('sends the key on every call: sign-in and signed-in calls pass', async () => {
    const { client, signedIn } = await clientWith(WEB_KEY);
    const login = await client.POST('/v1/auth/login', { body: { email, password: TEST_PASSWORD } });
    expect(login.error).toBeUndefined();
    signedIn(login.data?.accessToken ?? '');
    const me = await client.GET('/v1/me');
    expect(me.response.status).toBe(200);
    expect(me.data?.email).toBe(email);
  });

  it('without a key, gets the 403 the document declares', async () => {
    const { client } = await clientWith(undefined);
    const login = await client.POST('/v1/auth/login', { body: { email, password: TEST_PASSWORD } });
    expect(login.response.status).toBe(403);
    expect(login.error?.code).toBe('invalid_api_key');
  });

  it("is described by the stage's document: the key next to bearer auth, keyless paths without it", async () => {
    const document = (await (await api.fetch('/openapi.json')).json()) as {
      components: { securitySchemes: Record<string, unknown> };
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
    };
    expect(document.components.securitySchemes.apiKey).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'x-api-key',
    });
    expect(document.paths['/v1/me']?.get?.security).toEqual([{ bearerAuth: [], apiKey: [] }]);
    expect(document.paths['/v1/auth/login']?.post?.security).toEqual([{ apiKey: [] }]);
    expect(document.paths['/health']?.get?.security).toEqual([]);
    expect(Object.keys(document.paths['/v1/me']?.get?.responses ?? {})).toEqual(
      expect.arrayContaining(['403', '429']),
    );
  });
});
