import type { DynamoDBRecord } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '#config';
import { type Container, createContainer } from '#container';
import { type Job, jobEntity } from '#data/entities/job';
import type { Mapper } from '#data/mapper/mapper';
import { createJobRepository, type JobRepository } from '#data/repositories/job-repository';
import { createTaskExportReader } from '#data/repositories/tasks/task-export-reader';
import { createObjectStore, createS3Client } from '#data/s3/object-store';
import { createObjectUploads, type ObjectUploads } from '#data/s3/object-uploads';
import type { AuthUser } from '#domain/auth';
import { ServiceUnavailableError } from '#domain/errors';
import { made, withoutKey } from '#domain/idempotency';
import { type JobPolicy, QUEUED_STALE_SECONDS } from '#domain/job-lease';
import { createExportService } from '#services/export-service';
import { memoryLogger } from '#test/support/app';
import { createProject, createTask, fixtureMapper } from '#test/support/fixtures';
import { createTestTable, testConfig } from '#test/support/stack';
import { streamRecordOf } from '#test/support/stream-records';
import { createExportJob } from '#worker/exports/export-job';
import { createStreamBatchHandler } from '#worker/stream/stream-batch';
import { STREAM_SUBSCRIPTIONS } from '#worker/stream/stream-consumers';
import { createStreamDispatcher } from '#worker/stream/stream-dispatcher';

/** Short backoffs so retries need no long waits; the suite polls states, never a clock. */
const policy: JobPolicy = { leaseSeconds: 60, retryBaseMs: 40, maxAttempts: 3 };
const MAX_ATTEMPTS = policy.maxAttempts;
const owner: AuthUser = { sub: 'export-owner', username: 'export-owner', email: undefined, groups: [] };
let config: Config;
let deps: Container;
let mapper: Mapper;
let projectId: string;

beforeAll(async () => {
  config = testConfig(await createTestTable('export-job'), {
    JOB_MAX_ATTEMPTS: String(policy.maxAttempts),
    JOB_RETRY_BASE_MS: String(policy.retryBaseMs),
  });
  deps = createContainer(config);
  mapper = fixtureMapper(config);
  projectId = await createProject(mapper, owner.sub);
  for (let i = 0; i < 7; i++) await createTask(mapper, projectId, owner.sub, { title: `Task ${i}` });
});

/** The export job over the real table and bucket, with counters around the writes that matter. */
function worker(
  options: {
    failPuts?: number;
    pageSize?: number;
    onPage?: () => Promise<void>;
    policy?: JobPolicy;
    stallTimeoutMs?: number;
  } = {},
) {
  const realJobs = createJobRepository(mapper);
  const s3 = createS3Client(config);
  const realObjects = createObjectStore(s3, config.s3.bucket);
  const realUploads = createObjectUploads(s3, config.s3.bucket);
  const counts = { puts: 0, succeeded: 0, claims: 0, reads: 0 };
  let failuresLeft = options.failPuts ?? 0;
  const uploads: ObjectUploads = {
    async upload(key, parts, contentType, uploadOptions) {
      // An S3 error answer (the fault-proxy suite covers dropped and silent connections).
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new ServiceUnavailableError('File storage is unavailable.');
      }
      counts.puts++;
      return realUploads.upload(key, parts, contentType, uploadOptions);
    },
  };
  const jobs: JobRepository = {
    ...realJobs,
    find(id) {
      counts.reads++;
      return realJobs.find(id);
    },
    async transition(job, changes) {
      const next = await realJobs.transition(job, changes);
      if (next && changes.status === 'succeeded') counts.succeeded++;
      if (next && changes.status === 'running') counts.claims++;
      return next;
    },
  };
  const logger = memoryLogger();
  const reader = createTaskExportReader(mapper);
  const tasks: typeof reader = {
    async page(...args) {
      await options.onPage?.();
      return reader.page(...args);
    },
  };
  const handler = createExportJob({
    jobs,
    uploads,
    tasks,
    logger,
    policy: options.policy ?? policy,
    stallTimeoutMs: options.stallTimeoutMs ?? 20_000,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  const handleBatch = createStreamBatchHandler({
    dispatch: createStreamDispatcher({
      consumers: [{ name: 'exportJob', filters: STREAM_SUBSCRIPTIONS.exportJob, handle: handler }],
      logger,
    }),
    logger,
  });
  return { counts, handleBatch, logger, objects: realObjects };
}

/** A Lambda-shaped stream record of the job item as it is now. */
async function recordOf(jobId: string): Promise<DynamoDBRecord> {
  return streamRecordOf(jobEntity, await find(jobId));
}

const find = (id: string) => createJobRepository(mapper).find(id) as Promise<Job>;

/** What a worker that died mid-job leaves behind: `running`, its lease in the past. */
async function abandon(id: string, attempts: number) {
  const job = await find(id);
  await mapper.update(
    jobEntity,
    { id },
    { status: 'running', attempts, leaseUntil: new Date(Date.now() - 1000).toISOString() },
    { expectedVersion: job.version },
  );
}

describe('the export job (stream worker)', () => {
  it('exports once when the same record is delivered twice, in one batch and again later', async () => {
    const { counts, handleBatch } = worker();
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'json', withoutKey()));
    const record = await recordOf(job.id);
    const first = await handleBatch({ Records: [record, structuredClone(record)] });
    const again = await handleBatch({ Records: [structuredClone(record)] });
    expect(first.batchItemFailures).toEqual([]);
    expect(again.batchItemFailures).toEqual([]);
    expect(counts).toMatchObject({ puts: 1, succeeded: 1, claims: 1 });
    const done = await find(job.id);
    // A record of the finished job (the worker's own last write) is settled without a read.
    const reads = counts.reads;
    await handleBatch({ Records: [await recordOf(job.id)] });
    expect(counts.reads).toBe(reads);
    expect(counts.puts).toBe(1);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 1, progress: { processed: 7, total: 7 } });
    expect(done.resultKey).toBe(`exports/${projectId}/${job.id}.json`);
    expect(done.leaseUntil).toBeUndefined();
  });

  it('makes progress visible while it runs: processed and a renewed lease after every page', async () => {
    let jobId = '';
    const seen: Array<Pick<Job, 'status' | 'progress' | 'leaseUntil'>> = [];
    const { handleBatch } = worker({
      pageSize: 3,
      onPage: async () => {
        const { status, progress, leaseUntil } = await find(jobId);
        seen.push({ status, progress, leaseUntil });
      },
    });
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'csv', withoutKey()));
    jobId = job.id;
    await handleBatch({ Records: [await recordOf(job.id)] });
    expect(seen.map((s) => [s.status, s.progress.processed])).toEqual([
      ['running', 0],
      ['running', 3],
      ['running', 6],
    ]);
    const leases = seen.map((s) => Date.parse(s.leaseUntil ?? ''));
    expect(leases.every((lease, i) => i === 0 || lease >= (leases[i - 1] ?? 0))).toBe(true);
    expect(await find(job.id)).toMatchObject({ status: 'succeeded', progress: { processed: 7, total: 7 } });
  });

  it('takes over a job whose worker died (lease in the past) and finishes it', async () => {
    const { counts, handleBatch, objects } = worker();
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'csv', withoutKey()));
    await abandon(job.id, 1);
    await handleBatch({ Records: [await recordOf(job.id)] });
    expect(counts.succeeded).toBe(1);
    const done = await find(job.id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(await objects.head(`exports/${projectId}/${job.id}.csv`)).toMatchObject({
      contentType: 'text/csv; charset=utf-8',
    });
  });

  it('holds the record of a leased job while its worker renews, then leaves it alone', async () => {
    const { counts, handleBatch } = worker({ policy: { ...policy, leaseSeconds: 3 }, stallTimeoutMs: 1_500 });
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'json', withoutKey()));
    const queued = await find(job.id);
    // The job's INSERT record, delivered again while a worker holds the job.
    const insert = await recordOf(job.id);
    const leased = await mapper.update(
      jobEntity,
      { id: job.id },
      { status: 'running', attempts: 1, leaseUntil: new Date(Date.now() + 3_000).toISOString() },
      { expectedVersion: queued.version },
    );
    let settled = false;
    const handled = handleBatch({ Records: [insert] }).finally(() => {
      settled = true;
    });
    // The worker that holds the lease is alive: it renews it every few hundred milliseconds.
    let version = leased.version;
    while (!settled) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const renewed = await mapper.update(
        jobEntity,
        { id: job.id },
        { leaseUntil: new Date(Date.now() + 3_000).toISOString() },
        { expectedVersion: version },
      );
      version = renewed.version;
    }
    expect((await handled).batchItemFailures).toEqual([]);
    expect(counts).toMatchObject({ puts: 0, succeeded: 0, claims: 0 });
    expect((await find(job.id)).status).toBe('running');
  });

  it('takes over a job whose lease nobody renews once the lease ends, without waiting for a poll', async () => {
    const { counts, handleBatch } = worker({ policy: { ...policy, leaseSeconds: 2 }, stallTimeoutMs: 1_500 });
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'json', withoutKey()));
    const queued = await find(job.id);
    const insert = await recordOf(job.id);
    // A worker claimed it and died at once (a Lambda timeout): its batch is delivered again.
    await mapper.update(
      jobEntity,
      { id: job.id },
      { status: 'running', attempts: 1, leaseUntil: new Date(Date.now() + 2_000).toISOString() },
      { expectedVersion: queued.version },
    );
    await handleBatch({ Records: [insert] });
    expect(counts).toMatchObject({ claims: 1, succeeded: 1 });
    expect(await find(job.id)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('fails a job whose attempts are spent, with a reason', async () => {
    const { counts, handleBatch } = worker();
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'json', withoutKey()));
    await abandon(job.id, MAX_ATTEMPTS);
    await handleBatch({ Records: [await recordOf(job.id)] });
    expect(counts.claims).toBe(0);
    const failed = await find(job.id);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'attempts_exhausted' } });
    expect(failed.error?.message).toMatch(/3 attempts/);
  });

  it('hands a failed attempt back to the queue, then fails for good after the last attempt', async () => {
    const { counts, handleBatch } = worker({ failPuts: MAX_ATTEMPTS });
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'json', withoutKey()));
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // Each release is a write, i.e. the next stream record; deliver it as the stream would.
      await handleBatch({ Records: [await recordOf(job.id)] });
      const after = await find(job.id);
      if (attempt < MAX_ATTEMPTS) {
        expect(after).toMatchObject({
          status: 'queued',
          attempts: attempt,
          error: { code: 'attempt_failed' },
          retryAt: expect.any(String),
        });
      } else {
        expect(after).toMatchObject({ status: 'failed', error: { code: 'attempts_exhausted' } });
        expect(after.error?.message).toContain('File storage is unavailable');
      }
    }
    expect(counts.puts).toBe(0);
  });

  it('recovers when a transient failure clears before the attempts run out', async () => {
    const { counts, handleBatch } = worker({ failPuts: 1 });
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'json', withoutKey()));
    await handleBatch({ Records: [await recordOf(job.id)] });
    expect((await find(job.id)).status).toBe('queued');
    await handleBatch({ Records: [await recordOf(job.id)] });
    expect(await find(job.id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(counts.puts).toBe(1);
  });

  it('GET /v1/jobs/{id} re-queues a job whose lease expired (and fails it when attempts are spent)', async () => {
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'json', withoutKey()));
    await abandon(job.id, 1);
    const seen = await deps.services.exportService.getJob(owner, job.id);
    expect(seen.job).toMatchObject({ status: 'queued', attempts: 1, error: { code: 'worker_lost' } });

    const spent = made(
      await deps.services.exportService.requestExport(owner, projectId, 'json', withoutKey()),
    );
    await abandon(spent.id, MAX_ATTEMPTS);
    const failed = await deps.services.exportService.getJob(owner, spent.id);
    expect(failed.job).toMatchObject({ status: 'failed', error: { code: 'attempts_exhausted' } });
  });

  it('GET /v1/jobs/{id} touches a job queued too long without a claim (its stream record was lost)', async () => {
    const job = made(await deps.services.exportService.requestExport(owner, projectId, 'json', withoutKey()));
    const fresh = await deps.services.exportService.getJob(owner, job.id);
    expect(fresh.job.version).toBe(job.version);
    const later = new Date(Date.now() + (QUEUED_STALE_SECONDS + 1) * 1000);
    const polling = createExportService({
      jobs: createJobRepository(mapper),
      objects: createObjectStore(createS3Client(config), config.s3.bucket),
      projectAccess: deps.services.projectAccess,
      policy: config.jobs,
      clock: { now: () => later },
    });
    const touched = await polling.getJob(owner, job.id);
    // A write, hence a new stream record for the worker; nothing else changed.
    expect(touched.job).toMatchObject({ status: 'queued', attempts: 0, version: job.version + 1 });
    const { handleBatch, counts } = worker();
    await handleBatch({ Records: [await recordOf(job.id)] });
    expect(counts.succeeded).toBe(1);
  });
});
