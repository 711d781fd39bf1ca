/**
 * How long a task write takes to reach its activity entry and change-feed entry, and its webhook
 * delivery, on a private DynamoDB Local with the local worker of `npm start` (stream poller and
 * due-delivery poller, intervals as there): writes `--writes` tasks through the task repository
 * at `--rate` a second, with one webhook endpoint registered on a receiver on loopback that
 * answers 200 at once, then prints p50/p99 of (recordedAt − the write's updatedAt) and of (the
 * receiver's arrival time − the write's updatedAt) — all clocks are this process's — and how many
 * entries the worker recorded per second while it kept up. Then it records `--deliveries`
 * deliveries at once and measures how many per second one worker sends to that fast receiver.
 *
 *   npx tsx scripts/bench/events.ts [--writes 300] [--rate 50] [--deliveries 2000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '#config';
import { membershipEntity, projectEntity } from '#data/entities/index';
import { createActivityRepository } from '#data/repositories/activity-repository';
import { createTaskRepository } from '#data/repositories/tasks/task-repository';
import { createWebhookDeliveryRepository } from '#data/repositories/webhook-delivery-repository';
import { createWebhookRepository } from '#data/repositories/webhook-repository';
import { made, withoutKey } from '#domain/idempotency';
import { deliveryIdOf, webhookPayload } from '#domain/webhook-events';
import { newId } from '#lib/ids';
import { createSecretBox } from '#lib/secret-box';
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

/** A receiver that answers 200 at once and notes when each event arrived, by the resource id it names. */
async function startFastReceiver() {
  const arrivals = new Map<string, number>();
  let count = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      count++;
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { id?: string } };
      if (event.data.id && !arrivals.has(event.data.id)) arrivals.set(event.data.id, Date.now());
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    arrivals,
    count: () => count,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main() {
  const writes = argument('writes', 300);
  const rate = argument('rate', 50);
  const deliveryCount = argument('deliveries', 2000);
  const receiver = await startFastReceiver();
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
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'SILENT',
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
      // Search indexing needs the bucket, which this bench does not start: it measures events only.
      worker: { ...worker, handlers: { ...worker.handlers, searchIndex: async () => undefined } },
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
    const secrets = createSecretBox(config.webhooks.secretKey);
    const webhooks = createWebhookRepository(mapper);
    const endpoint = (path: string) => ({
      id: newId(),
      projectId,
      url: receiver.url(path),
      eventTypes: ['task.created' as const],
      enabled: true,
      secret: secrets.seal('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'),
      createdBy: user,
      createdAt: now,
      updatedAt: now,
    });
    made(await webhooks.create(endpoint('/latency'), 10, withoutKey()));
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
    while (receiver.arrivals.size < writes && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await poller.stop();
    const webhookDelays = [...written]
      .map(([key, at]) => (receiver.arrivals.get(key.split('.')[1] ?? '') ?? Number.NaN) - at)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);

    // Throughput: deliveries recorded at once, sent by one worker's due-queue poller.
    await webhooks
      .listByProject(projectId)
      .then((found) =>
        Promise.all(found.map((webhook) => webhooks.update(projectId, webhook.id, { enabled: false }))),
      );
    const target = made(await webhooks.create(endpoint('/throughput'), 10, withoutKey()));
    const deliveries = createWebhookDeliveryRepository(mapper);
    const before = receiver.count();
    const queuedAt = new Date().toISOString();
    for (let start = 0; start < deliveryCount; start += 25) {
      await Promise.all(
        Array.from({ length: Math.min(25, deliveryCount - start) }, (_, offset) => {
          const id = newId();
          return deliveries.record({
            id: deliveryIdOf(`task.${id}.v1`, target.id, queuedAt),
            webhookId: target.id,
            projectId,
            type: 'task.created',
            payload: webhookPayload('task.created', queuedAt, {
              id,
              projectId,
              title: `Task ${start + offset}`,
            }),
            status: 'pending',
            attempts: [],
            retriesUsed: 0,
            nextAttemptAt: queuedAt,
            createdAt: queuedAt,
            updatedAt: queuedAt,
            ttl: Math.floor(Date.now() / 1000) + 3600,
          });
        }),
      );
    }
    const sendingFrom = Date.now();
    const sender = worker.webhookDeliveries.startPolling();
    const sendDeadline = Date.now() + 300_000;
    while (receiver.count() - before < deliveryCount && Date.now() < sendDeadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const sendSeconds = (Date.now() - sendingFrom) / 1000;
    await sender.stop();
    const sent = receiver.count() - before;
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
        webhooksDelivered: webhookDelays.length,
        writeToWebhookMs: {
          p50: percentile(webhookDelays, 0.5),
          p99: percentile(webhookDelays, 0.99),
          max: webhookDelays.at(-1),
        },
        deliveriesSent: sent,
        deliveryConcurrency: config.webhooks.concurrency,
        deliveriesPerSecond: Math.round(sent / sendSeconds),
      }),
    );
  } finally {
    await receiver.stop();
    await local.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
