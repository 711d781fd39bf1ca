import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTasklaneClient, type TasklaneClient } from '../../../clients/typescript/src/index.ts';
import { ensureBucket, ensureUser } from '../../../scripts/local/bootstrap.ts';
import { freePort } from '../../../scripts/local/processes.ts';
import type { StreamPoller } from '../../../scripts/local/stream-poller.ts';
import { buildWebApp } from '../../../scripts/web/build.ts';
import { serveWebApp, type WebApp } from '../../../scripts/web/serve.ts';
import { startServer } from '../../../src/entry/server.ts';
import { TEST_PASSWORD } from '../../support/api.ts';
import { createTestTable, stackClients, stackContext, testConfig } from '../../support/stack.ts';
import { startTestWorker } from '../../support/worker.ts';

/**
 * What the browser tests run against, as `npm start` wires it: the API listening on a free port
 * over a fresh table, its stream worker, a bucket whose CORS allows the app's origin, and the
 * built app served with its config and Content-Security-Policy on another free port.
 */
export interface WebStack {
  appUrl: string;
  apiUrl: string;
  /** A confirmed user who can sign in with TEST_PASSWORD. */
  newUser(label: string): Promise<{ email: string; sub: string }>;
  /** The typed client signed in as `email`, for arranging data without the browser. */
  clientFor(email: string): Promise<TasklaneClient>;
  stop(): Promise<void>;
}

export async function startWebStack(): Promise<WebStack> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'tasklane-e2e-web-'));
  const building = buildWebApp(outDir);
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const appUrl = `http://localhost:${webPort}`;
  const apiUrl = `http://localhost:${apiPort}`;
  const bucket = `e2e-${Date.now().toString(36)}`;
  await ensureBucket(stackClients.s3(), bucket, [appUrl]);
  const table = await createTestTable('e2e');
  const config = testConfig(table, {
    PORT: String(apiPort),
    CORS_ORIGINS: appUrl,
    S3_BUCKET: bucket,
    // The browser tests are about the app: on a loaded 2-core machine the default 5 s deadline
    // turned seeding calls into 503s (the app's handling of a 503 is the ProblemNotice's).
    REQUEST_DEADLINE_MS: '25000',
    LOG_LEVEL: 'WARN',
  });
  const { server } = startServer(config);
  await new Promise<void>((resolve) =>
    server.listening ? resolve() : server.once('listening', () => resolve()),
  );
  let worker: StreamPoller | undefined;
  let web: WebApp | undefined;
  try {
    worker = await startTestWorker(config);
    await building;
    web = await serveWebApp({
      port: webPort,
      dist: outDir,
      settings: { apiUrl, auth: { mode: 'local' } },
      connectTo: [apiUrl, stackContext().endpoints.s3],
    });
  } catch (error) {
    await worker?.stop();
    server.close();
    throw error;
  }
  const poolId = stackContext().environment.COGNITO_USER_POOL_ID ?? '';
  return {
    appUrl,
    apiUrl,
    async newUser(label) {
      const email = `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
      const sub = await ensureUser(stackClients.cognito(), poolId, { email, password: TEST_PASSWORD });
      return { email, sub };
    },
    async clientFor(email) {
      const anonymous = createTasklaneClient({ baseUrl: apiUrl });
      const login = await anonymous.POST('/v1/auth/login', { body: { email, password: TEST_PASSWORD } });
      if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.error)}`);
      const token = login.data.accessToken;
      return createTasklaneClient({ baseUrl: apiUrl, accessToken: () => token });
    },
    async stop() {
      await web?.stop();
      await worker?.stop();
      await new Promise<void>((resolve) => {
        (server as Server).closeAllConnections();
        server.close(() => resolve());
      });
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
