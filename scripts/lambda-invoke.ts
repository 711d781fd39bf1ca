/**
 * `npm run lambda:invoke -- <api|worker> [event.json]`: builds the Lambda bundle (the deployed
 * artifact, scripts/bundle.ts) and invokes its handler once in a fresh Node process with a
 * sample event — by default test/fixtures/lambda/{http-api,dynamodb-stream}-event.json —
 * against the stack of a running `npm start` (its endpoints from the local env file).
 * Prints the handler's result as JSON; exits 1 when it throws.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundle } from './bundle.ts';
import { LOCAL_CREDENTIALS } from './local/bootstrap.ts';
import { LocalStackNotFoundError, localEnvFile, readLocalEnv } from './local/local-env.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'lambda');
const DEFAULT_EVENTS = { api: 'http-api-event.json', worker: 'dynamodb-stream-event.json' } as const;

const [name, eventFile] = process.argv.slice(2);
if (name !== 'api' && name !== 'worker') {
  console.error('Usage: npm run lambda:invoke -- <api|worker> [event.json]');
  process.exit(1);
}
let local: ReturnType<typeof readLocalEnv>;
try {
  local = readLocalEnv(localEnvFile());
} catch (error) {
  if (error instanceof LocalStackNotFoundError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const event = readFileSync(path.resolve(eventFile ?? path.join(fixtures, DEFAULT_EVENTS[name])), 'utf8');
const context = readFileSync(path.join(fixtures, 'context.json'), 'utf8');
const [built] = await bundle({ names: [name] });
if (!built) throw new Error(`no ${name} bundle`);

// The handler runs as Lambda runs it: the bundle alone, environment variables, one event.
const invoke = `
const { handler } = await import(${JSON.stringify(built.file)});
const context = { ...${context}, getRemainingTimeInMillis: () => 10000 };
try {
  process.stdout.write(JSON.stringify(await handler(${event}, context), null, 2) + '\\n');
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}`;
const child = spawn(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', invoke], {
  stdio: 'inherit',
  env: {
    PATH: process.env.PATH ?? '',
    STAGE: 'local',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'INFO',
    AWS_REGION: local.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_LAMBDA_FUNCTION_NAME: `local-tasklane-${name}`,
    POWERTOOLS_TRACE_ENABLED: 'false',
    DYNAMODB_TABLE_NAME: local.tableName,
    DYNAMODB_ENDPOINT: local.dynamodbEndpoint,
    COGNITO_USER_POOL_ID: local.userPoolId,
    COGNITO_CLIENT_ID: local.clientId,
    COGNITO_ENDPOINT: local.cognitoEndpoint,
    COGNITO_ISSUER: local.issuer,
    S3_BUCKET: local.bucket,
    S3_ENDPOINT: local.s3Endpoint,
    CURSOR_SECRET: process.env.CURSOR_SECRET ?? `local-only-invoke-${randomBytes(16).toString('hex')}`,
  },
});
process.exitCode = await new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
