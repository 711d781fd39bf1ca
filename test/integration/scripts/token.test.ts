import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#app';
import { createContainer } from '#container';
import { createTestTable, stackClients, stackContext, testConfig } from '#test/support/stack';
import { ensureUser } from '../../../scripts/local/bootstrap.ts';
import { DEMO_USERS } from '../../../scripts/local/demo-users.ts';
import { writeLocalEnv } from '../../../scripts/local/local-env.ts';

/** `npm run -s token -- alice` as a user runs it, pointed at the test stack through its env file. */
const dir = mkdtempSync(path.join(tmpdir(), 'tasklane-token-'));
const envFile = path.join(dir, 'local-env.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runToken(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
}

let table = '';
beforeAll(async () => {
  table = await createTestTable('token');
  const { environment, endpoints } = stackContext();
  const poolId = environment.COGNITO_USER_POOL_ID ?? '';
  await ensureUser(stackClients.cognito(), poolId, DEMO_USERS.alice);
  writeLocalEnv(envFile, {
    apiUrl: 'http://127.0.0.1:1',
    region: environment.AWS_REGION ?? 'us-east-1',
    dynamodbEndpoint: endpoints.dynamodb,
    cognitoEndpoint: endpoints.cognito,
    s3Endpoint: endpoints.s3,
    userPoolId: poolId,
    clientId: environment.COGNITO_CLIENT_ID ?? '',
    issuer: environment.COGNITO_ISSUER ?? '',
    tableName: table,
    bucket: environment.S3_BUCKET ?? 'x',
    pid: process.pid,
  });
});

describe('npm run -s token', () => {
  it("prints only the demo user's access token, which the API accepts", async () => {
    const { code, stdout } = await runToken(['alice'], { TASKLANE_LOCAL_ENV_FILE: envFile });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const app = createApp(createContainer(testConfig(table)));
    const me = await app.request('/v1/me', { headers: { authorization: `Bearer ${stdout.trim()}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: DEMO_USERS.alice.email });
  });

  it('says to run `npm start` when no stack is described, printing nothing on stdout', async () => {
    const { code, stdout, stderr } = await runToken(['alice'], {
      TASKLANE_LOCAL_ENV_FILE: path.join(dir, 'missing.json'),
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('is `npm start` running?');
  });

  it('lists the demo users for an unknown name', async () => {
    const { code, stderr } = await runToken(['mallory'], { TASKLANE_LOCAL_ENV_FILE: envFile });
    expect(code).toBe(2);
    expect(stderr).toContain('<alice|bob|admin>');
  });
});
