/**
 * `npm run bench`: starts its own local stack and API server, seeds data, warms up,
 * drives the server over loopback with autocannon, measures each DynamoDB-backed
 * scenario against its raw-SDK floor, and writes docs/benchmarks.md.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureUser, localCognitoClient } from '../local/bootstrap.ts';
import { freePort } from '../local/processes.ts';
import { bootstrapLocalStack, removeStackDir, startLocalStack } from '../local/stack.ts';
import { formatAuthBench, runAuthBench } from './auth.ts';
import { formatColdStart, runColdStartBench } from './cold-start.ts';
import { runLoad } from './load.ts';
import { describeMachine, residentMemoryMiB } from './machine.ts';
import { formatMapperBench, runMapperBench } from './mapper.ts';
import { renderTable, type ScenarioRow, writeReport } from './report.ts';
import { startBenchServer } from './server.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

/** A bench user in the stack's cognito-local, signed in through the API like a client would. */
async function signIn(baseUrl: string, cognitoEndpoint: string, poolId: string): Promise<string> {
  const user = { email: 'bench@example.com', password: 'Tasklane-bench-1' };
  await ensureUser(localCognitoClient(cognitoEndpoint), poolId, user);
  const response = await fetch(`${baseUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (!response.ok) throw new Error(`bench login failed: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function main(): Promise<void> {
  const rootDir = mkdtempSync(path.join(tmpdir(), 'tasklane-bench-'));
  const ports = { dynamodb: await freePort(), cognito: await freePort(), s3: await freePort() };
  console.log('Starting the local stack…');
  const stack = await startLocalStack({ ports, rootDir, persist: false });
  try {
    const { environment } = await bootstrapLocalStack(stack, {
      tableName: 'tasklane-bench',
      poolName: 'tasklane-bench',
      bucket: 'tasklane-bench',
      corsOrigins: [],
    });
    const appEnvironment = {
      ...environment,
      STAGE: 'test',
      CURSOR_SECRET: 'bench-cursor-secret-0123456789abcdef0123456789',
    };
    const apiPort = await freePort();
    const server = await startBenchServer(appEnvironment, apiPort, path.join(rootDir, 'dist'));
    const baseUrl = `http://127.0.0.1:${apiPort}`;
    const rows: ScenarioRow[] = [];

    const measure = async (
      name: string,
      options: Omit<Parameters<typeof runLoad>[0], 'seconds' | 'connections'>,
    ) => {
      await runLoad({ ...options, connections: CONNECTIONS, seconds: WARMUP_SECONDS });
      const api = await runLoad({ ...options, connections: CONNECTIONS, seconds: SECONDS });
      console.log(
        `  ${name}: ${api.requestsPerSecond.toFixed(0)} req/s, p99 ${api.p99.toFixed(2)} ms, errors ${api.errors}`,
      );
      return api;
    };

    console.log(`Driving ${baseUrl} (${CONNECTIONS} connections, ${SECONDS} s per scenario)…`);
    rows.push({
      name: 'GET /health',
      api: await measure('GET /health', { url: `${baseUrl}/health` }),
      target: '≥ 10,000 req/s',
    });

    const token = await signIn(baseUrl, stack.endpoints.cognito, environment.COGNITO_USER_POOL_ID ?? '');
    const bearer = { authorization: `Bearer ${token}` };
    rows.push({
      name: 'GET /v1/me refused (bad token)',
      api: await measure('refused', {
        url: `${baseUrl}/v1/me`,
        headers: { authorization: 'Bearer not.a.token' },
        expect: (status) => status === 401,
      }),
      target: '≥ 5,000 req/s',
    });
    rows.push({
      name: 'GET /v1/me (authenticated)',
      api: await measure('me', { url: `${baseUrl}/v1/me`, headers: bearer }),
    });

    const rss = await residentMemoryMiB(server.pid);
    await server.stop();
    console.log(`\n${renderTable(rows)}\n`);
    writeReport(path.resolve('docs/benchmarks.md'), {
      machine: describeMachine(),
      date: new Date().toISOString().slice(0, 10),
      settings: `autocannon, ${CONNECTIONS} connections, keep-alive, no pipelining, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s per scenario; the server runs in its own Node process with LOG_LEVEL=WARN; DynamoDB Local, cognito-local and s3rver on loopback.`,
      rows,
      extra: [
        { title: 'Lambda cold path', lines: [formatColdStart(await runColdStartBench())] },
        {
          title: 'Token verification (in-process, no network)',
          lines: [formatAuthBench(await runAuthBench())],
        },
        {
          title: 'Mapper engine over raw lib-dynamodb',
          lines: [formatMapperBench(await runMapperBench({ endpoint: stack.endpoints.dynamodb }))],
        },
        { title: 'Memory', lines: [`API server RSS after the run: ${rss?.toFixed(0) ?? '—'} MiB.`] },
      ],
    });
    console.log('Wrote docs/benchmarks.md');
  } finally {
    await stack.stop();
    removeStackDir(rootDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
