/**
 * `npm start`: the whole local stack (DynamoDB Local, cognito-local, s3rver), bootstrapped
 * and seeded, then the API server and the web app — one command, one Ctrl-C to end it all.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '#config';
import { createWorkerContainer } from '#worker-container';
import { startServer } from '../src/entry/server.ts';
import { ensureUser, localCognitoClient, localDynamoClient } from './local/bootstrap.ts';
import { LOCAL_EMAIL_CODE } from './local/cognito-local.ts';
import { DEMO_USERS } from './local/demo-users.ts';
import { JavaMissingError } from './local/dynamodb-local.ts';
import { localEnvFile, removeLocalEnv, writeLocalEnv } from './local/local-env.ts';
import { startLocalWorker } from './local/local-worker.ts';
import { portInUse } from './local/processes.ts';
import { seedDemoData } from './local/seed.ts';
import { bootstrapLocalStack, type LocalStack, startLocalStack } from './local/stack.ts';
import type { StreamPoller } from './local/stream-poller.ts';
import { olderNodeThanRequired } from './node-runtime.ts';
import { buildIsCurrent, buildWebApp } from './web/build.ts';
import { serveWebDev } from './web/dev.ts';
import { serveWebApp } from './web/serve.ts';

const root = path.resolve(process.env.TASKLANE_DATA_DIR ?? '.data');

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const port = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    fail(`${name} must be a port number, got "${raw}"`);
  return port;
}

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

/** The cursor secret of this checkout, made once and kept with the local data. */
function localCursorSecret(): string {
  const file = path.join(root, 'cursor-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  const olderNode = olderNodeThanRequired();
  if (olderNode) fail(olderNode);
  const ports = {
    api: portFromEnv('PORT', 3000),
    dynamodb: portFromEnv('DYNAMODB_PORT', 8000),
    cognito: portFromEnv('COGNITO_PORT', 9229),
    s3: portFromEnv('S3_PORT', 4569),
    // Vite's port, one of the dev stage's web origins (WEB_ORIGINS) and so of its callback URLs.
    web: portFromEnv('WEB_PORT', 5173),
  };
  const envNames = {
    api: 'PORT',
    dynamodb: 'DYNAMODB_PORT',
    cognito: 'COGNITO_PORT',
    s3: 'S3_PORT',
    web: 'WEB_PORT',
  } as const;
  for (const [service, port] of Object.entries(ports) as Array<[keyof typeof ports, number]>) {
    if (await portInUse(port)) {
      fail(
        `Port ${port} (${service}) is already in use. Stop what listens there, or set ${envNames[service]}=<another port>.`,
      );
    }
  }
  mkdirSync(root, { recursive: true });
  const firstRun = !existsSync(path.join(root, 'dynamodb', 'shared-local-instance.db'));

  let stack: LocalStack | undefined;
  let worker: StreamPoller | undefined;
  let web: { stop(): Promise<void> } | undefined;
  const envFile = localEnvFile();
  const shutdown = async (signal: string) => {
    console.log(`\n${signal}: stopping the API and the local stack…`);
    removeLocalEnv(envFile);
    await web?.stop();
    // The worker first: it may be mid-batch against the stack it needs.
    await worker?.stop();
    await stack?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    stack = await startLocalStack({
      ports: { dynamodb: ports.dynamodb, cognito: ports.cognito, s3: ports.s3 },
      rootDir: root,
      persist: true,
    });
  } catch (error) {
    if (error instanceof JavaMissingError) fail(error.message);
    throw error;
  }
  const apiUrl = `http://localhost:${ports.api}`;
  const webUrl = `http://localhost:${ports.web}`;
  const { environment } = await bootstrapLocalStack(stack, {
    tableName: 'tasklane-local',
    poolName: 'tasklane-local',
    bucket: 'tasklane-local',
    corsOrigins: [...new Set([apiUrl, webUrl, 'http://localhost:5173'])],
  });
  const cognito = localCognitoClient(stack.endpoints.cognito);
  const poolId = environment.COGNITO_USER_POOL_ID ?? fail('bootstrap returned no user pool');
  const [alice, bob, admin] = await Promise.all(
    [DEMO_USERS.alice, DEMO_USERS.bob, DEMO_USERS.admin].map((user) => ensureUser(cognito, poolId, user)),
  );

  Object.assign(process.env, environment, {
    STAGE: 'local',
    PORT: String(ports.api),
    CURSOR_SECRET: process.env.CURSOR_SECRET ?? localCursorSecret(),
  });
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const { server, container } = startServer(config);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  // Exports and other jobs: the table's stream → the same handlers as the Lambda worker, in its own container.
  const workerContainer = createWorkerContainer(config);
  worker = await startLocalWorker({
    worker: workerContainer,
    dynamodb: localDynamoClient(stack.endpoints.dynamodb),
    endpoint: stack.endpoints.dynamodb,
    region: config.region,
    tableName: config.dynamodb.tableName,
  });
  const demo = await seedDemoData(container.services, {
    alice: alice ?? '',
    bob: bob ?? '',
    admin: admin ?? '',
  });
  // Seeded now, the worker indexes the demo tasks from the stream; data from an earlier start
  // may predate search (or the stream records were missed while stopped): build its index again.
  if (!demo.created) await workerContainer.searchRebuild.project(demo.projectId);
  // The web app: built once (again only when its sources changed), or Vite's dev server with WEB_DEV=1.
  const webSettings = { apiUrl, auth: { mode: 'local' as const } };
  if (process.env.WEB_DEV === '1') {
    web = await serveWebDev({ port: ports.web, settings: webSettings });
  } else {
    if (!buildIsCurrent()) await buildWebApp();
    web = await serveWebApp({
      port: ports.web,
      settings: webSettings,
      connectTo: [apiUrl, stack.endpoints.s3],
    });
  }
  // Lets `npm run token` (and other local tools) find this stack: endpoints and names, no secrets.
  writeLocalEnv(envFile, {
    apiUrl,
    region: config.region,
    dynamodbEndpoint: stack.endpoints.dynamodb,
    cognitoEndpoint: stack.endpoints.cognito,
    s3Endpoint: stack.endpoints.s3,
    userPoolId: config.cognito.userPoolId,
    clientId: config.cognito.clientId,
    issuer: config.cognito.issuer,
    tableName: config.dynamodb.tableName,
    bucket: config.s3.bucket,
    pid: process.pid,
  });

  // performance.now() counts from the start of this Node process, so loading the code is included.
  const seconds = (performance.now() / 1000).toFixed(1);
  const users = Object.entries(DEMO_USERS)
    .map(
      ([name, user]) =>
        `    ${name.padEnd(6)} ${user.email.padEnd(20)} ${user.password}${'groups' in user ? '   (admin group)' : ''}`,
    )
    .join('\n');
  console.log(`
Tasklane is ready (${firstRun ? 'first start' : 'reused .data/'}; ${seconds} s)

  App        ${webUrl}   sign in as alice@example.com / ${DEMO_USERS.alice.password}${process.env.WEB_DEV === '1' ? '   (Vite dev server)' : ''}
  API        ${apiUrl}/v1
  Health     ${apiUrl}/health   Ready ${apiUrl}/ready
  Docs       ${apiUrl}/docs      OpenAPI ${apiUrl}/openapi.json

  DynamoDB Local ${stack.endpoints.dynamodb}   table ${config.dynamodb.tableName}
  cognito-local  ${stack.endpoints.cognito}   pool ${config.cognito.userPoolId}
  s3rver         ${stack.endpoints.s3}   bucket ${config.s3.bucket}
  Stream worker  polling the table's stream (exports run here, as on Lambda)
  Webhooks       delivered from the table's due queue (http on loopback allowed locally)

  Demo project  "Launch plan" (${demo.projectId})${demo.created ? ', seeded now' : ''}: alice owner, bob member, admin viewer

  Demo users (local only):
${users}

  E-mailed codes (sign-up confirmation, password reset) are all ${process.env.CODE ?? LOCAL_EMAIL_CODE} locally.

  Get a token:  TOKEN=$(npm run -s token -- alice)
  Try it:       curl -H "Authorization: Bearer $TOKEN" ${apiUrl}/v1/me

Ctrl-C stops everything.
`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
