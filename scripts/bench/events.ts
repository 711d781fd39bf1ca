/**
 * How long a task write takes to reach its activity entry and change-feed entry, on a private
 * DynamoDB Local with the local stream worker of `npm start` (poller interval as there): writes
 * `--writes` tasks through the task repository at `--rate` a second (creates and updates), then
 * reads every entry and prints p50/p99 of (recordedAt − the write's updatedAt) — both clocks are
 * this process's — and how many entries the worker recorded per second while it kept up.
 *
 *   npx tsx scripts/bench/events.ts [--writes 300] [--rate 50]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '#config';
import { membershipEntity, projectEntity } from '#data/entities/index';
import { createActivityRepository } from '#data/repositories/activity-repository';
import { createTaskRepository } from '#data/repositories/task-repository';
import { made, withoutKey } from '#domain/idempotency';
import { newId } from '#lib/ids';
import { createWorkerContainer } from '#worker-container';
import { ensureTable, LOCAL_REGION, localDynamoClient } from '../local/bootstrap.ts';
import { startDynamoLocal } from '../local/dynamodb-local.ts';
import { startLocalWorker } from '../local/local-worker.ts';
import { freePort } from '../local/processes.ts';
import { percentile } from './stats.ts';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

async function main() {
  const writes = argument('writes', 300);
  const rate = argument('rate', 50);
  const workDir = mkdtempSync(path.join(tmpdir(), 'tasklane-bench-events-'));
  const local = await startDynamoLocal({ port: await freePort(), workDir });
  try {
    process.env.AWS_ACCESS_KEY_ID ??= 'local';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
    const tableName = `bench-events-${Date.now().toString(36)}`;
    const dynamodb = localDynamoClient(local.endpoint);
    await ensureTable(dynamodb, tableName);
    const config = loadConfig({
      STAGE: 'local',
      LOG_LEVEL: 'SILENT',
      AWS_REGION: LOCAL_REGION,
      DYNAMODB_TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: local.endpoint,
      COGNITO_USER_POOL_ID: 'local_bench',
      COGNITO_CLIENT_ID: 'bench',
      S3_BUCKET: 'bench-bucket',
      CURSOR_SECRET: 'local-only-bench-cursor-secret-0123456789',
    });
    const worker = createWorkerContainer(config);
    const { mapper } = worker.clients;
    const poller = await startLocalWorker({
      worker,
      dynamodb,
      endpoint: local.endpoint,
      region: config.region,
      tableName,
    });
    const projectId = newId();
    const user = 'bench-user';
    const now = new Date().toISOString();
    await mapper.create(projectEntity, {
      id: projectId,
      name: 'Bench',
      ownerId: user,
      ownerCount: 1,
      createdAt: now,
      updatedAt: now,
    });
    await mapper.create(membershipEntity, { projectId, userId: user, role: 'owner', addedAt: now });
    const tasks = createTaskRepository(mapper);
    const guards = { actor: { userId: user, roles: ['owner'] as const } };
    const written = new Map<string, number>();
    const started = Date.now();
    for (let index = 0; index < writes; index++) {
      const due = started + (index * 1000) / rate;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const at = new Date().toISOString();
      const task = made(
        await tasks.create(
          {
            id: newId(),
            projectId,
            title: `Task ${index}`,
            status: 'todo',
            priority: 'medium',
            labels: [],
            createdBy: user,
            createdAt: at,
            updatedAt: at,
            updatedBy: user,
          },
          guards,
          withoutKey(),
        ),
      );
      written.set(`task.${task.id}.v1`, Date.parse(at));
    }
    const activity = createActivityRepository(mapper);
    const recorded = new Map<string, number>();
    const deadline = Date.now() + 120_000;
    while (recorded.size < writes && Date.now() < deadline) {
      recorded.clear();
      let after = '0000';
      for (;;) {
        const page = await activity.listChanges(projectId, after, '9999', 1000);
        for (const change of page) recorded.set(change.entryKey, Date.parse(change.recordedAt));
        const last = page.at(-1);
        if (!last || page.length < 1000) break;
        after = `${last.recordedAt}#${last.entryKey}`;
      }
      if (recorded.size < writes) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await poller.stop();
    const delays = [...written]
      .map(([key, at]) => (recorded.get(key) ?? Number.NaN) - at)
      .filter(Number.isFinite);
    delays.sort((a, b) => a - b);
    const times = [...recorded.values()].sort((a, b) => a - b);
    const span = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
    console.log(
      JSON.stringify({
        writes,
        ratePerSecond: rate,
        recorded: delays.length,
        writeToActivityMs: {
          p50: percentile(delays, 0.5),
          p99: percentile(delays, 0.99),
          max: delays.at(-1),
        },
        recordedPerSecond: span > 0 ? Math.round(delays.length / span) : undefined,
      }),
    );
  } finally {
    await local.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
