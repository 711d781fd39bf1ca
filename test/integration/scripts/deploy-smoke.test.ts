import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#app';
import { createContainer } from '#container';
import { TEST_PASSWORD } from '#test/support/api';
import { createTestTable, stackClients, stackContext, testConfig } from '#test/support/stack';
import { smokeTest } from '../../../scripts/deploy-smoke.ts';
import { ensureUser } from '../../../scripts/local/bootstrap.ts';

/*
 * The post-deploy smoke test against a stage's rules: the real Node server started with API keys
 * required (as API Gateway requires them in staging and prod), a real user of cognito-local.
 */

const WEB_KEY = `web-${randomUUID()}`;
let server: ReturnType<typeof serve>;
let apiUrl = '';
let email = '';

beforeAll(async () => {
  const table = await createTestTable('smoke');
  const app = createApp(createContainer(testConfig(table, { API_KEYS: `web:${WEB_KEY}` })));
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  email = `smoke-${randomUUID()}@example.com`;
  const poolId = stackContext().environment.COGNITO_USER_POOL_ID ?? '';
  await ensureUser(stackClients.cognito(), poolId, { email, password: TEST_PASSWORD });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('npm run smoke against a stage that requires API keys', () => {
  it('passes with the stage key: health, readiness, sign-in and /v1/me', async () => {
    const lines: string[] = [];
    await smokeTest({ apiUrl, email, password: TEST_PASSWORD, apiKey: WEB_KEY }, (line) => lines.push(line));
    expect(lines.map((line) => line.split(' ').slice(0, 4).join(' '))).toEqual([
      'ok  GET /health',
      'ok  GET /ready',
      'ok  POST /v1/auth/login',
      'ok  GET /v1/me',
    ]);
  });

  it('fails at the first keyed call without it, naming the problem', async () => {
    await expect(smokeTest({ apiUrl, email, password: TEST_PASSWORD }, () => {})).rejects.toThrow(
      'POST /v1/auth/login: HTTP 403 invalid_api_key',
    );
  });
});
