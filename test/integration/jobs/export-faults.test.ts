import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '#config';
import { type Container, createContainer } from '#container';
import { type Job, jobEntity } from '#data/entities/job';
import type { Mapper } from '#data/mapper/mapper';
import { createJobRepository } from '#data/repositories/job-repository';
import type { AuthUser } from '#domain/auth';
import { made, withoutKey } from '#domain/idempotency';
import { memoryLogger } from '#test/support/app';
import { type FaultProxy, startFaultProxy } from '#test/support/fault-proxy';
import { createProject, createTask, fixtureMapper } from '#test/support/fixtures';
import { createTestTable, stackClients, stackContext, testConfig } from '#test/support/stack';
import { streamRecordOf } from '#test/support/stream-records';
import { startTestWorker } from '#test/support/worker';
import { createStreamBatchHandler } from '#worker/stream/stream-batch';
import { createStreamConsumers } from '#worker/stream/stream-consumers';
import { createStreamDispatcher } from '#worker/stream/stream-dispatcher';
import { createWorkerContainer, type WorkerContainer } from '#worker-container';
import type { StreamPoller } from '../../../scripts/local/stream-poller.ts';

/**
 * Exports through a real TCP fault proxy between the worker's S3 client and s3rver (and, for
 * the crash case, its DynamoDB client and DynamoDB Local). Short, configured backoffs and
 * bounds; every assertion polls the job's state.
 */
const TASKS = 30;
const owner: AuthUser = { sub: 'faults-owner', username: 'faults-owner', email: undefined, groups: [] };
const proxies: FaultProxy[] = [];
let table: string;
let mapper: Mapper;
let projectId: string;
let s3Proxy: FaultProxy;
let worker: StreamPoller;
let deps: Container;

/** Backoffs of 150 ms to 4.8 s over 6 attempts: 4.6–9.3 s of patience, longer than any blip here. */
const JOBS_ENV = {
  JOB_RETRY_BASE_MS: '300',
  JOB_MAX_ATTEMPTS: '6',
  JOB_LEASE_SECONDS: '5',
  JOB_STALL_TIMEOUT_MS: '2000',
};

async function proxy(upstream: string): Promise<FaultProxy> {
  const started = await startFaultProxy(upstream);
  proxies.push(started);
  return started;
}

const find = (id: string) => createJobRepository(mapper).find(id) as Promise<Job>;

/** Polls the job until `done(job)`; returns every distinct state seen on the way. */
async function watch(id: string, done: (job: Job) => boolean, timeoutMs = 90_000): Promise<Job[]> {
  const seen: Job[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await find(id);
    if (seen.at(-1)?.version !== job.version) seen.push(job);
    if (done(job)) return seen;
    if (Date.now() > deadline) throw new Error(`job ${id} stuck: ${JSON.stringify(job)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function exportedTaskCount(job: Job): Promise<number> {
  const object = await stackClients
    .s3()
    .send(new GetObjectCommand({ Bucket: stackContext().environment.S3_BUCKET, Key: job.resultKey }));
  const file = JSON.parse(await (object.Body?.transformToString() ?? '')) as { taskCount: number; tasks: [] };
  expect(file.tasks).toHaveLength(file.taskCount);
  return file.taskCount;
}

beforeAll(async () => {
  table = await createTestTable('export-faults');
  s3Proxy = await proxy(stackContext().endpoints.s3);
  const config: Config = testConfig(table, { ...JOBS_ENV, S3_ENDPOINT: s3Proxy.endpoint });
  mapper = fixtureMapper(config);
  projectId = await createProject(mapper, owner.sub);
  await Promise.all(
    Array.from({ length: TASKS }, (_, i) => createTask(mapper, projectId, owner.sub, { title: `Task ${i}` })),
  );
  deps = createContainer(config);
  worker = await startTestWorker(config, table);
}, 120_000);

afterAll(async () => {
  await Promise.all(proxies.map((started) => started.close()));
  await worker?.stop();
});

describe('exports under S3 faults (fault proxy)', () => {
  it('backs off while S3 refuses connections for a couple of seconds, then succeeds', async () => {
    await s3Proxy.setMode('refuse');
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'json', withoutKey()));
    const failing = await watch(job.id, (current) => current.error?.code === 'attempt_failed');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await s3Proxy.setMode('pass');
    const seen = [
      ...failing,
      ...(await watch(job.id, (current) => current.status !== 'queued' && current.status !== 'running')),
    ];
    const done = seen.at(-1) as Job;
    expect(done).toMatchObject({ status: 'succeeded', progress: { processed: TASKS, total: TASKS } });
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    expect(done.error).toBeUndefined();
    // Each failed attempt was handed back with a due time in the future, not re-run at once.
    const backoffs = seen.filter((state) => state.status === 'queued' && state.retryAt);
    expect(backoffs.length).toBeGreaterThan(0);
    for (const state of backoffs) {
      expect(Date.parse(state.retryAt ?? '')).toBeGreaterThan(Date.parse(state.updatedAt));
    }
    expect(await exportedTaskCount(done)).toBe(TASKS);
  });

  it('gives up an upload S3 never answers (black hole) within the stall bound, says why, and retries', async () => {
    await s3Proxy.setMode('blackhole');
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'csv', withoutKey()));
    const stalled = await watch(job.id, (current) => current.error?.code === 'attempt_stalled');
    const released = stalled.at(-1) as Job;
    expect(released.error?.message).toMatch(/no progress for 2 s/);
    // What a client polling GET /v1/jobs/{id} sees meanwhile.
    const polled = await deps.services.exportService.getJob(owner, job.id);
    expect(polled.job.error).toMatchObject({ code: 'attempt_stalled' });
    await s3Proxy.setMode('pass');
    const done = (
      await watch(job.id, (current) => current.status === 'succeeded' || current.status === 'failed')
    ).at(-1);
    expect(done).toMatchObject({ status: 'succeeded', progress: { total: TASKS } });
  });

  it('a worker cut off from S3 and DynamoDB mid-export gives up within its bound; the job is taken over after its lease', async () => {
    // Worker A (its own container, like a second Lambda) reaches S3 and DynamoDB through proxies.
    const s3ProxyA = await proxy(stackContext().endpoints.s3);
    const dynamoProxyA = await proxy(stackContext().endpoints.dynamodb);
    const configA = testConfig(table, {
      ...JOBS_ENV,
      S3_ENDPOINT: s3ProxyA.endpoint,
      DYNAMODB_ENDPOINT: dynamoProxyA.endpoint,
    });
    const batchOf = (container: WorkerContainer) => {
      const logger = memoryLogger();
      return createStreamBatchHandler({
        dispatch: createStreamDispatcher({ consumers: createStreamConsumers(container.handlers), logger }),
        logger,
      });
    };
    const workerA = batchOf(createWorkerContainer(configA));
    // Only A and its successor may see this job's records.
    await worker.stop();
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'json', withoutKey()));
    const insert = streamRecordOf(jobEntity, job);
    await s3ProxyA.setMode('blackhole');
    const started = Date.now();
    const attemptA = workerA({ Records: [insert] });
    await watch(job.id, (current) => current.status === 'running');
    await dynamoProxyA.setMode('blackhole');
    const cutOff = Date.now();
    const answerA = await attemptA;
    const gaveUpAfterMs = Date.now() - cutOff;
    // Its release could not be written: the record is reported failed, for the stream to retry.
    expect(answerA.batchItemFailures).toHaveLength(1);
    expect((await find(job.id)).status).toBe('running');
    // Lambda delivers the failed record again, to a healthy worker.
    const retry = await batchOf(createWorkerContainer(testConfig(table, JOBS_ENV)))({ Records: [insert] });
    expect(retry.batchItemFailures).toEqual([]);
    const done = await find(job.id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(await exportedTaskCount(done)).toBe(TASKS);
    console.info(
      `export crash: worker gave up ${gaveUpAfterMs} ms after losing DynamoDB; taken over and done ${Date.now() - started} ms after the start`,
    );
  });
});
