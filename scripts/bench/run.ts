/**
 * `npm run bench`: starts its own local stack and API server, seeds realistic data, warms
 * up, drives the server over loopback with autocannon, measures each DynamoDB-backed
 * scenario against its raw-SDK floor in the same run, and writes docs/benchmarks.md.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '#config';
import { createContainer } from '#container';
import { createDynamoClients } from '#data/dynamodb/client';
import type { AuthUser } from '#domain/auth';
import { ensureUser, localCognitoClient } from '../local/bootstrap.ts';
import { freePort, waitUntil } from '../local/processes.ts';
import { bootstrapLocalStack, removeStackDir, startLocalStack } from '../local/stack.ts';
import { ABLATIONS, type AblationScenario, ablationPlugin, renderAblationTable } from './ablation.ts';
import { createTaskFloor, getTaskFloor, listTasksFloor } from './api-floors.ts';
import { formatAuthBench, runAuthBench } from './auth.ts';
import { coldStartMisses, coldStartNodes, formatColdStart, runColdStartBench } from './cold-start.ts';
import { floodMisses, formatFlood, measureFlood } from './flood.ts';
import { measureInProcess, renderInProcessTable } from './in-process.ts';
import { type RequestShape, runLoad, sampleFloor, sampleLoad } from './load.ts';
import {
  describeMachine,
  processCpuSeconds,
  processTreeCpuSeconds,
  processTreeMemoryMiB,
  processTreeNodeVersions,
} from './machine.ts';
import { formatMapperBench, runMapperBench } from './mapper.ts';
import {
  type MeasuredLoad,
  type MeasuredNodes,
  missedTargets,
  nodeVersionMisses,
  renderBareTable,
  renderNodeVersions,
  renderTable,
  type ScenarioRow,
  type ScenarioTargets,
  writeReport,
} from './report.ts';

interface CpuSample {
  client: number;
  database: number;
}

import { type CpuBreakdown, formatBreakdowns, summarizeProfile } from './profile.ts';
import {
  SEARCH_TASKS,
  listShapes as searchListShapes,
  searchShapes,
  seedSearchProject,
} from './search-load.ts';
import { seedBenchData } from './seed.ts';
import { bareServerBundle, benchServerBundle, startBareServer, startBenchServer } from './server.ts';
import { type LoadSample, summarizeSamples } from './stats.ts';
import { runTaskStructureBench } from './task-structure.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
/** The oversized-body flood: 2 MiB POSTs on 20 connections this long, /health probed meanwhile. */
const FLOOD_SECONDS = Number(process.env.BENCH_FLOOD_SECONDS ?? 15);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SEED = {
  projects: Number(process.env.BENCH_PROJECTS ?? 20),
  tasksPerProject: Number(process.env.BENCH_TASKS_PER_PROJECT ?? 100),
  comments: Number(process.env.BENCH_COMMENTS ?? 200),
};
/** Turns the API, the floor and the bare server take within each scenario's SECONDS. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const PROFILE_SECONDS = Number(process.env.BENCH_PROFILE_SECONDS ?? 5);
/** `npm run bench:profile`: only the CPU profiles of the DynamoDB-backed scenarios, printed. */
const PROFILE_ONLY = process.argv.includes('--profile-only');
/** `--search-only`: only the search scenario (a smoke: `BENCH_SEARCH_TASKS=500 BENCH_SECONDS=2`), no report. */
const SEARCH_ONLY = process.argv.includes('--search-only');
/** `--structure-only`: only the task-structure scenarios (bulk vs single, subtasks on a read), printed. */
const STRUCTURE_ONLY = process.argv.includes('--structure-only');
/** `npm run bench:ablation`: only the per-layer ablation of the DynamoDB-backed scenarios, printed. */
const ABLATION_ONLY = process.argv.includes('--ablation-only');
/** `npm run bench:in-process`: only the in-process table (own layers, no I/O, each layer out in turn), printed. */
const IN_PROCESS_ONLY = process.argv.includes('--in-process-only');
/** Seconds each ablation variant is driven per scenario (in ROUNDS turns, like the scenarios). */
const ABLATION_SECONDS = Number(process.env.BENCH_ABLATION_SECONDS ?? 8);
/** The web origins the API answers CORS for, as a deployed stage does. */
const WEB_ORIGIN = 'https://app.tasklane.example.com';
const PASSWORD = 'Tasklane-bench-1';

interface BenchUser {
  user: AuthUser;
  token: string;
}

/** A user in the stack's cognito-local, signed in through the API like a client would. */
async function signIn(
  baseUrl: string,
  cognitoEndpoint: string,
  poolId: string,
  email: string,
): Promise<BenchUser> {
  const sub = await ensureUser(localCognitoClient(cognitoEndpoint), poolId, { email, password: PASSWORD });
  const response = await fetch(`${baseUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`bench login failed: ${response.status}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { user: { sub, username: sub, email, groups: [] }, token: accessToken };
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

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
    const appEnvironment: Record<string, string> = {
      ...environment,
      STAGE: 'test',
      LOG_LEVEL: 'WARN',
      CURSOR_SECRET: 'bench-cursor-secret-0123456789abcdef0123456789',
      CORS_ORIGINS: WEB_ORIGIN,
    };
    Object.assign(process.env, appEnvironment);
    const config = loadConfig(appEnvironment);
    const apiPort = await freePort();
    const distDir = path.join(rootDir, 'dist');
    const server = await startBenchServer(appEnvironment, apiPort, distDir);
    const baseUrl = `http://127.0.0.1:${apiPort}`;
    const poolId = environment.COGNITO_USER_POOL_ID ?? '';

    const owner = await signIn(baseUrl, stack.endpoints.cognito, poolId, 'bench-owner@example.com');
    const members = [
      await signIn(baseUrl, stack.endpoints.cognito, poolId, 'bench-member-1@example.com'),
      await signIn(baseUrl, stack.endpoints.cognito, poolId, 'bench-member-2@example.com'),
    ];
    console.log(
      `Seeding ${SEED.projects} projects, ${SEED.projects * SEED.tasksPerProject} tasks, ${SEED.comments} comments…`,
    );
    const seeded = await seedBenchData(
      createContainer(config).services,
      owner.user,
      members.map((member) => member.user),
      SEED,
    );
    const pairs = seeded.flatMap((project) =>
      project.taskIds.map((taskId) => ({ projectId: project.id, taskId })),
    );
    const floorTarget = { doc: createDynamoClients(config).doc, tableName: config.dynamodb.tableName };
    const bearer = { authorization: `Bearer ${owner.token}` };
    const sub = owner.user.sub;
    let created = 0;

    /** One stretch of load on one target: what it recorded and the CPU seconds it cost. */
    interface LegRun {
      sample: LoadSample;
      cpu: CpuSample;
    }
    /** Drives one target (a server, or the floor's loops) for `seconds`. */
    type Leg = (seconds: number) => Promise<LegRun>;
    const timed = async (pid: number, read: typeof processCpuSeconds, drive: () => Promise<LoadSample>) => {
      const before = await cpuOf(pid, read);
      const sample = await drive();
      const after = await cpuOf(pid, read);
      return {
        sample,
        cpu: { client: after.client - before.client, database: after.database - before.database },
      };
    };
    // A server's CPU is its primary's and its cluster workers'.
    const serverLeg =
      (
        target: { url: string; pid: number },
        shapes: RequestShape[],
        headers: Record<string, string>,
        expect?: (status: number) => boolean,
      ): Leg =>
      (seconds) =>
        timed(target.pid, processTreeCpuSeconds, () =>
          sampleLoad({
            url: target.url,
            headers,
            requests: shapes,
            connections: CONNECTIONS,
            seconds,
            ...(expect ? { expect } : {}),
          }),
        );
    // The bench process alone for the floors: the local stack runs as its children.
    const floorLeg =
      (operation: () => Promise<unknown>): Leg =>
      (seconds) =>
        timed(process.pid, processCpuSeconds, () => sampleFloor(operation, CONNECTIONS, seconds));
    /** Stretches of the same load as one measurement, CPU per request included. */
    const merged = (runs: LegRun[]): MeasuredLoad => {
      const result = summarizeSamples(runs.map((run) => run.sample));
      const micros = (field: keyof CpuSample) =>
        (runs.reduce((sum, run) => sum + run.cpu[field], 0) * 1e6) / Math.max(1, result.requests);
      return { ...result, cpu: { client: micros('client'), database: micros('database') } };
    };
    /**
     * Legs in turn, ROUNDS times for SECONDS ÷ ROUNDS each (after one warm-up of each): a shared
     * machine's speed drifts over minutes, and interleaving puts that drift on every leg alike
     * instead of on whichever ran last. One measurement per leg, in order.
     */
    const compare = async (legs: Leg[], seconds = SECONDS): Promise<MeasuredLoad[]> => {
      for (const leg of legs) await leg(WARMUP_SECONDS);
      const runs = legs.map((): LegRun[] => []);
      for (let round = 0; round < ROUNDS; round++) {
        for (const [index, leg] of legs.entries()) runs[index]?.push(await leg(seconds / ROUNDS));
      }
      return runs.map(merged);
    };
    /** The container-like server (a worker per core) alone, for the scenarios without a floor. */
    const measure = async (
      name: string,
      shapes: RequestShape[],
      expect?: (status: number) => boolean,
      headers: Record<string, string> = bearer,
    ): Promise<MeasuredLoad> => {
      const leg = serverLeg({ url: baseUrl, pid: server.pid }, shapes, headers, expect);
      await leg(WARMUP_SECONDS);
      const result = merged([await leg(SECONDS)]);
      console.log(
        `  ${name}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99.toFixed(2)} ms, errors ${result.errors}`,
      );
      return result;
    };

    /** Full-text search over one project at the embedded bound, against the same project's plain list. */
    const measureSearch = async (): Promise<{ rows: ScenarioRow[]; line: string }> => {
      console.log(`Seeding one project of ${SEARCH_TASKS} tasks and building its search index…`);
      // Seeding is not measured: on a loaded machine DynamoDB Local answers 10,000 creates slowly.
      const seeding = loadConfig({ ...appEnvironment, OUTBOUND_REQUEST_TIMEOUT_MS: '20000' });
      const project = await seedSearchProject(seeding, createContainer(seeding).services, owner.user);
      const search = await measure(`search (${SEARCH_TASKS} tasks)`, searchShapes(project));
      const list = await measure(`list 25 of the same project`, searchListShapes(project));
      const ratio = search.requestsPerSecond / Math.max(1, list.requestsPerSecond);
      const line =
        `search over ${SEARCH_TASKS} tasks in one project: ${search.requestsPerSecond.toFixed(0)} req/s, p99 ${search.p99.toFixed(2)} ms; ` +
        `plain list of 25: ${list.requestsPerSecond.toFixed(0)} req/s, p99 ${list.p99.toFixed(2)} ms; search/list ${ratio.toFixed(2)}`;
      console.log(`  ${line}`);
      return {
        rows: [
          { name: `GET /v1/search (${SEARCH_TASKS} tasks)`, api: search },
          { name: 'GET 25 tasks (same project)', api: list },
        ],
        line,
      };
    };

    const databasePid = stack.processes.find((process) => process.name === 'DynamoDB Local')?.pid ?? 0;
    const cpuOf = async (pid: number, read = processCpuSeconds) => ({
      client: (await read(pid)) ?? Number.NaN,
      database: (await processCpuSeconds(databasePid)) ?? Number.NaN,
    });

    if (SEARCH_ONLY) {
      await measureSearch();
      await server.stop();
      return;
    }
    if (STRUCTURE_ONLY) {
      console.log((await runTaskStructureBench(config, owner.token)).lines.join('\n'));
      await server.stop();
      return;
    }

    const getTask: RequestShape = {
      method: 'GET',
      path: () => {
        const { projectId, taskId } = pick(pairs);
        return `/v1/projects/${projectId}/tasks/${taskId}`;
      },
    };
    const createTask: RequestShape = {
      method: 'POST',
      path: () => `/v1/projects/${pick(seeded).id}/tasks`,
      headers: { 'content-type': 'application/json' },
      body: () => JSON.stringify({ title: `Bench task ${++created}`, priority: 'high', labels: ['bench'] }),
    };
    const listTasks: RequestShape = {
      method: 'GET',
      path: () => `/v1/projects/${pick(seeded).id}/tasks?limit=25`,
    };
    const getTaskOnce = () => getTaskFloor(floorTarget, { ...pick(pairs), userId: sub });
    const createTaskOnce = () =>
      createTaskFloor(floorTarget, {
        projectId: pick(seeded).id,
        userId: sub,
        title: `Floor task ${++created}`,
        priority: 'high',
        labels: ['bench'],
      });

    const mix = [getTask, getTask, getTask, getTask, createTask];

    /** Every measured process's Node, read while it runs: the floors run in this process. */
    const nodes: MeasuredNodes[] = [
      { label: 'bench process (raw-SDK floors, token verification, mapper)', versions: [process.version] },
    ];
    const profiledNodes: MeasuredNodes = { label: 'profiled API servers (primary + worker)', versions: [] };
    const recordNodes = async (label: string, pid: number) => {
      const versions = (await processTreeNodeVersions(pid)).map((found) => found.version);
      nodes.push({ label, versions });
    };

    /** A fresh server whose CPU is profiled while it serves `PROFILE_SECONDS` of load after a warm-up. */
    const profileScenario = async (name: string, shapes: RequestShape[], kind: 'api' | 'bare' = 'api') => {
      const profileFile = path.join(mkdtempSync(path.join(rootDir, 'profile-')), 'server.cpuprofile');
      const port = await freePort();
      const profiled =
        kind === 'api'
          ? await startBenchServer(appEnvironment, port, distDir, { cpuProfileFile: profileFile })
          : await startBareServer(appEnvironment, port, distDir, sub, { cpuProfileFile: profileFile });
      const options = {
        url: `http://127.0.0.1:${port}`,
        headers: kind === 'api' ? bearer : {},
        requests: shapes,
      };
      await runLoad({ ...options, connections: CONNECTIONS, seconds: WARMUP_SECONDS });
      process.kill(profiled.pid, 'SIGUSR2');
      const result = await runLoad({ ...options, connections: CONNECTIONS, seconds: PROFILE_SECONDS });
      process.kill(profiled.pid, 'SIGUSR2');
      await waitUntil('CPU profile', async () => existsSync(profileFile), profiled, 30_000);
      for (const found of await processTreeNodeVersions(profiled.pid))
        profiledNodes.versions.push(found.version);
      await profiled.stop();
      const bundleFile = kind === 'api' ? benchServerBundle(distDir) : bareServerBundle(distDir);
      return { name, breakdown: summarizeProfile(profileFile, bundleFile, result.requests) };
    };
    const profileAll = async (): Promise<Array<{ name: string; breakdown: CpuBreakdown }>> => {
      console.log(`Profiling the DynamoDB-backed scenarios (${PROFILE_SECONDS} s each)…`);
      return [
        await profileScenario('GET one task', [getTask]),
        await profileScenario('GET 25 tasks', [listTasks]),
        await profileScenario('POST a task', [createTask]),
        await profileScenario('80/20 mix', mix),
        // The bare server beside the API: where the API's own CPU goes is the difference.
        await profileScenario('GET one task (bare)', [getTask], 'bare'),
        await profileScenario('GET 25 tasks (bare)', [listTasks], 'bare'),
        await profileScenario('POST a task (bare)', [createTask], 'bare'),
      ];
    };
    if (PROFILE_ONLY) {
      await server.stop();
      const profiles = await profileAll();
      console.log(`\n${formatBreakdowns(profiles)}\n`);
      console.log(`${renderNodeVersions([profiledNodes])}\n`);
      for (const { name, breakdown } of profiles) {
        console.log(`${name}: heaviest frames (self µs/req)`);
        for (const { label, micros } of breakdown.top)
          console.log(`  ${micros.toFixed(0).padStart(6)}  ${label}`);
      }
      return;
    }

    // The DynamoDB-backed scenarios compare one process with one process (the floor's loops run
    // in one, the bare server is one): a single cluster worker, like a Lambda instance. With a
    // worker per core on 2 cores shared with DynamoDB Local and the load generator, the server's
    // processes preempt each other and the database, which the ratios would charge to the API.
    const singlePort = await freePort();
    const single = await startBenchServer(appEnvironment, singlePort, distDir, { workers: 1 });
    const barePort = await freePort();
    const bare = await startBareServer(appEnvironment, barePort, distDir, sub);
    const bareTarget = { url: `http://127.0.0.1:${barePort}`, pid: bare.pid };
    const apiLeg = (shapes: RequestShape[]) =>
      serverLeg({ url: `http://127.0.0.1:${singlePort}`, pid: single.pid }, shapes, bearer);
    const bareLeg = (shapes: RequestShape[]) => serverLeg(bareTarget, shapes, {});

    /**
     * Each layer taken out in its own build of the server bundle, and all of them at once; every
     * variant driven in turn with the API and the bare server, one scenario at a time.
     */
    const measureAblation = async (): Promise<{ layers: string[]; scenarios: AblationScenario[] }> => {
      // The first variant takes nothing out: the API built and started again, so the table shows how
      // far two processes of the same build differ (their JIT and heap do), the noise every other row carries.
      const variants = [[], ...ABLATIONS.map((ablation) => [ablation]), ABLATIONS];
      const layers = [
        ...ABLATIONS.map((ablation) => `without ${ablation.layer}: saves`),
        'without all of the above at once: saves',
      ];
      console.log(`Ablation: building and starting ${variants.length} variants of the server…`);
      const servers = [];
      for (const [index, ablations] of variants.entries()) {
        const port = await freePort();
        const variant = await startBenchServer(
          appEnvironment,
          port,
          path.join(distDir, `ablation-${index}`),
          {
            workers: 1,
            plugins: [ablationPlugin(ablations)],
          },
        );
        servers.push({ url: `http://127.0.0.1:${port}`, pid: variant.pid, stop: () => variant.stop() });
      }
      try {
        const scenarios: AblationScenario[] = [];
        for (const [name, shapes] of [
          ['GET one task', [getTask]],
          ['GET 25 tasks', [listTasks]],
          ['POST a task', [createTask]],
        ] as const) {
          const [api, bare, ...measured] = (await compare(
            [
              apiLeg([...shapes]),
              bareLeg([...shapes]),
              ...servers.map((server) => serverLeg(server, [...shapes], bearer)),
            ],
            ABLATION_SECONDS,
          )) as [MeasuredLoad, MeasuredLoad, ...MeasuredLoad[]];
          const failed = measured.flatMap((load, index) => (load.errors > 0 ? [layers[index]] : []));
          if (failed.length > 0) console.error(`  ${name}: errors without ${failed.join('; ')}`);
          scenarios.push({ name, api, bare, variants: measured });
          console.log(`  ${name}: done`);
        }
        return { layers, scenarios };
      } finally {
        for (const server of servers) await server.stop();
      }
    };
    /** The in-process table: the bare answer, the API, and the API with each layer out, no I/O. */
    const measureOwnCost = async () => {
      console.log('In process: building and running the API, the bare answer and each variant…');
      const spread = <T>(items: readonly T[], count: number) =>
        Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)] as T);
      const table = await measureInProcess({
        environment: appEnvironment,
        userId: sub,
        token: owner.token,
        outDir: distDir,
        variants: [...ABLATIONS.map((ablation) => [ablation]), ABLATIONS],
        scenarios: [
          {
            name: 'GET one task',
            requests: spread(pairs, 20).map(({ projectId, taskId }) => ({
              method: 'GET',
              path: `/v1/projects/${projectId}/tasks/${taskId}`,
            })),
          },
          {
            name: 'GET 25 tasks',
            requests: spread(seeded, 5).map((project) => ({
              method: 'GET',
              path: `/v1/projects/${project.id}/tasks?limit=25`,
            })),
          },
          {
            name: 'POST a task',
            requests: spread(seeded, 5).map((project) => ({
              method: 'POST',
              path: `/v1/projects/${project.id}/tasks`,
              body: JSON.stringify({ title: 'In-process task', priority: 'high', labels: ['bench'] }),
            })),
          },
        ],
      });
      const layers = [
        ...ABLATIONS.map((ablation) => `without ${ablation.layer}: saves`),
        'without all of the above at once: saves',
      ];
      return { table, markdown: renderInProcessTable(table, layers) };
    };
    if (IN_PROCESS_ONLY) {
      console.log(`\n${(await measureOwnCost()).markdown}\n`);
      await Promise.all([server.stop(), bare.stop(), single.stop()]);
      return;
    }
    if (ABLATION_ONLY) {
      const ablation = await measureAblation();
      console.log(`\n${renderAblationTable(ablation.layers, ablation.scenarios)}\n`);
      await Promise.all([server.stop(), bare.stop(), single.stop()]);
      return;
    }

    console.log(`Driving ${baseUrl} (${CONNECTIONS} connections, ${SECONDS} s per scenario)…`);
    const rows: ScenarioRow[] = [];
    rows.push({
      name: 'GET /health',
      api: await measure('health', [{ method: 'GET', path: () => '/health' }], undefined, {}),
      targets: { requestsPerSecond: 10_000 },
    });
    rows.push({
      name: 'GET /v1/me refused (bad token)',
      api: await measure('refused', [{ method: 'GET', path: () => '/v1/me' }], (status) => status === 401, {
        authorization: 'Bearer not.a.token',
      }),
      targets: { requestsPerSecond: 5_000 },
    });
    rows.push({
      name: 'GET /v1/me (authenticated)',
      api: await measure('me', [{ method: 'GET', path: () => '/v1/me' }]),
    });
    const scenario = async (
      name: string,
      shapes: RequestShape[],
      floor: { label: string; operation: () => Promise<unknown> },
      targets: ScenarioTargets,
    ): Promise<ScenarioRow> => {
      const [api, floorResult, bare] = (await compare([
        apiLeg(shapes),
        floorLeg(floor.operation),
        bareLeg(shapes),
      ])) as [MeasuredLoad, MeasuredLoad, MeasuredLoad];
      console.log(
        `  ${name}: API ${api.requestsPerSecond.toFixed(0)} req/s (p99 ${api.p99.toFixed(2)} ms, errors ${api.errors}), raw SDK ${floorResult.requestsPerSecond.toFixed(0)} ops/s, bare server ${bare.requestsPerSecond.toFixed(0)} req/s`,
      );
      return { name, api, floor: { label: floor.label, result: floorResult }, bare, targets };
    };
    rows.push(
      await scenario(
        'GET one task',
        [getTask],
        { label: '1 BatchGet', operation: getTaskOnce },
        { floorRatio: 0.85, aboveBareMicros: 200 },
      ),
    );
    rows.push(
      await scenario(
        'GET 25 tasks (list)',
        [listTasks],
        {
          label: 'BatchGet ∥ Query',
          operation: () => listTasksFloor(floorTarget, { projectId: pick(seeded).id, userId: sub }),
        },
        { floorRatio: 0.85, aboveBareMicros: 400 },
      ),
    );
    rows.push(
      await scenario(
        'POST a task',
        [createTask],
        { label: 'BatchGet → TransactWrite', operation: createTaskOnce },
        { aboveBareMicros: 400 },
      ),
    );
    let mixTurn = 0;
    rows.push(
      await scenario(
        '80/20 read/write mix',
        mix,
        { label: 'same mix', operation: () => (++mixTurn % 5 === 0 ? createTaskOnce() : getTaskOnce()) },
        { floorRatio: 0.95 },
      ),
    );

    const ablation = await measureAblation();
    console.log(`\n${renderAblationTable(ablation.layers, ablation.scenarios)}\n`);
    const ownCost = await measureOwnCost();
    console.log(`\n${ownCost.markdown}\n`);
    nodes.push({ label: 'in-process bench (bare answer, API, variants)', versions: ownCost.table.nodes });

    const searchRun = await measureSearch();
    rows.push(...searchRun.rows);

    const rss = await processTreeMemoryMiB(server.pid);
    console.log(`Flooding ${baseUrl} with 2 MiB POSTs (20 clients, ${FLOOD_SECONDS} s)…`);
    const flood = await measureFlood(server.pid, baseUrl, FLOOD_SECONDS);
    const floodLines = formatFlood(flood);
    console.log(floodLines.map((line) => `  ${line}`).join('\n'));
    await recordNodes('API server, a worker per core (primary + workers)', server.pid);
    await recordNodes('API server, one worker (primary + worker)', single.pid);
    await recordNodes('bare HTTP server', bare.pid);
    await server.stop();
    await bare.stop();
    await single.stop();
    const profiles = await profileAll();
    console.log(`\n${renderTable(rows)}\n`);
    console.log('Measuring the Lambda cold path, token verification and the mapper…');
    const coldStart = await runColdStartBench();
    nodes.push(profiledNodes, ...coldStartNodes(coldStart));
    console.log(`\n${renderNodeVersions(nodes)}\n`);
    const misses = [
      ...missedTargets(rows),
      ...floodMisses(flood),
      ...coldStartMisses(coldStart),
      ...nodeVersionMisses(nodes),
    ];
    console.log('Task structure: bulk updates, subtasks and dependencies on a read…');
    const structure = await runTaskStructureBench(config, owner.token);
    writeReport(path.resolve('docs/benchmarks.md'), {
      machine: describeMachine(),
      date: new Date().toISOString().slice(0, 10),
      settings: [
        `Load: autocannon in the bench process, ${CONNECTIONS} connections, keep-alive, no pipelining, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s per scenario, zero errors required. In each DynamoDB-backed scenario the API, its floor and the bare server take turns, ${ROUNDS} × ${SECONDS / ROUNDS} s each, so the machine's drift falls on all three alike.`,
        'Server: the esbuild server bundle in its own Node process, LOG_LEVEL=WARN; DynamoDB Local, cognito-local and s3rver on loopback. /health and /v1/me run it as the container does (a cluster worker per core); the DynamoDB-backed scenarios on one worker, so that the API, the floor and the bare server are each one Node process.',
        `Data: ${SEED.projects} projects with 2 members each, ${SEED.projects * SEED.tasksPerProject} tasks (statuses, priorities, labels, due dates, assignees), ${SEED.comments} comments, seeded through the services.`,
        `Floor: the same DynamoDB calls the service makes (scripts/bench/api-floors.ts, checked against the service by a test), from ${CONNECTIONS} concurrent loops on the raw DocumentClient in the bench process.`,
      ].join('\n'),
      rows,
      extra: [
        {
          title: 'Task structure: bulk updates, and subtasks and dependencies on a read',
          lines: structure.lines,
        },
        {
          title: 'The bound of any Node HTTP server',
          lines: [
            'The same requests answered by a bare `node:http` server (scripts/bench/bare-server.ts: no framework, no validation, no auth, no logging) that sends the floor\'s DynamoDB calls on the same clients, measured like the API server. Its ratios are the best any Node HTTP server in front of these calls reaches on this machine; "API above bare" is what the API\'s own layers cost per request.',
            '',
            renderBareTable(rows),
          ],
        },
        {
          title: 'What each layer of the API costs (ablation)',
          lines: [
            `The server bundle built again with one layer taken out (scripts/bench/ablation.ts: the layer's module or call replaced at bundle time), each variant a single worker driven in turn with the API and the bare server, ${ROUNDS} × ${ABLATION_SECONDS / ROUNDS} s each per scenario after a warm-up. The variants are fresh processes warmed for ${WARMUP_SECONDS} s, while the API server has served the whole bench, and that alone moves CPU per request by a few hundred µs; so each layer is read against a control, the API's own build started fresh like the variants: a layer's cost is the control's CPU per request less the variant's. Differences of a hundred µs or two are within one run's noise, and the rows need not add up to the last. The variants give up guarantees the API keeps and are never deployed.`,
            '',
            renderAblationTable(ablation.layers, ablation.scenarios),
            '',
            ...ABLATIONS.map((item) => `- without ${item.layer}: ${item.instead}.`),
          ],
        },
        {
          title: 'What each layer costs, in process (no sockets, no database on the path)',
          lines: [
            `The same three requests answered in a loop inside one process (scripts/bench/in-process.ts): the bare answer (the floor's calls, JSON out), the API's app, and the app built with each layer taken out as above. Requests are \`Request\` objects handed to \`app.fetch\` (the bare loop builds and reads the same), and DynamoDB's answers come from the table once per distinct call and are replayed after (scripts/bench/replaying-handler.ts), so the AWS SDK still serializes, signs and parses every call but no socket or database shares the CPU. All targets are loaded into one process (scripts/bench/in-process-driver.mjs: each bundle keeps its own modules) and take turns in batches of 50 requests, ${ownCost.table.requests} requests each per scenario after a warm-up of 1,000: the machine's drift and the process's garbage collections fall on every target alike. The API's bundle is loaded twice (a second, separate copy of every module); its row is the mean of the two, and how far they lie apart is the noise every row carries.`,
            '',
            ownCost.markdown,
          ],
        },
        {
          title: "Where the API server's CPU goes",
          lines: [
            `The V8 CPU profiler in the same server bundle, one fresh process per scenario, recording ${PROFILE_SECONDS} s of load (${CONNECTIONS} connections) after a ${WARMUP_SECONDS} s warm-up; each sample's self time is charged to the package of its frame (mapped through the bundle's source map), zod to the nearest own caller (the engine's item validation vs the HTTP layer). Idle time excluded.`,
            '',
            formatBreakdowns(profiles),
          ],
        },
        { title: 'Lambda cold path', lines: [formatColdStart(coldStart)] },
        {
          title: 'Node of every measured process',
          lines: [
            'Read from each process while it ran (servers: the executable /proc/<pid>/exe points at, for the primary and every cluster worker; cold path: `process.version` printed by each process).',
            '',
            renderNodeVersions(nodes),
          ],
        },
        {
          title: 'Token verification (in-process, no network)',
          lines: [formatAuthBench(await runAuthBench())],
        },
        {
          title: 'Mapper engine over raw lib-dynamodb',
          lines: [formatMapperBench(await runMapperBench({ endpoint: stack.endpoints.dynamodb }))],
        },
        {
          title: 'Search at the embedded bound',
          lines: [
            `One project of ${SEARCH_TASKS} tasks seeded through the services, its embedded index built from the table (as \`npm run search:rebuild\`), driven like /health (a cluster worker per core) with a mix of search-as-you-type, whole-word and misspelt queries, across projects and within the project; against the plain 25-task list of the same project.`,
            '',
            searchRun.line,
          ],
        },
        {
          title: 'Targets missed',
          lines: [
            misses.length === 0
              ? 'None: every target above was met in this run.'
              : misses.map((miss) => `- ${miss}`).join('\n'),
          ],
        },
        {
          title: 'Memory',
          lines: [`API server RSS after the run (primary and workers): ${rss?.toFixed(0) ?? '—'} MiB.`],
        },
        {
          title: 'Oversized bodies',
          lines: [
            'Against the server as the container runs it (a cluster worker per core, lingering close), from raw-socket clients in the bench process that read each 413 and wait for the server to close (scripts/bench/flood.ts). CPU per 413 is the figure that moves least with the machine.',
            '',
            ...floodLines,
          ],
        },
      ],
    });
    console.log('Wrote docs/benchmarks.md');
    if (misses.length > 0) console.error(`Targets missed:\n${misses.map((miss) => `  ${miss}`).join('\n')}`);
    const failed = rows.filter((row) => row.api.errors > 0);
    if (failed.length > 0) {
      console.error(`Scenarios with errors: ${failed.map((row) => row.name).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await stack.stop();
    removeStackDir(rootDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
