import { beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '#data/entities/job';
import { ForbiddenError, NotFoundError } from '#domain/errors';
import { made, withoutKey, withReceipt } from '#domain/idempotency';
import { JOB_MAX_AGE_SECONDS } from '#domain/job-lease';
import { epochSeconds } from '#lib/clock';
import { newId } from '#lib/ids';
import { createExportService } from '#services/export-service';
import { manualClock } from '#test/support/fixtures';
import {
  caller,
  type MemoryTable,
  memoryJobRepository,
  memoryObjectStore,
  memoryProjectAccess,
  memoryTable,
  putProject,
} from '#test/support/memory-repositories';

const adam = caller('adam');
const mia = caller('mia');
const max = caller('max');
const vera = caller('vera');
const outsider = caller('outsider');

let table: MemoryTable;
let clock: ReturnType<typeof manualClock>;
let projectId: string;

const POLICY = { leaseSeconds: 60, retryBaseMs: 4_000, maxAttempts: 2 };

function exportService() {
  return createExportService({
    jobs: memoryJobRepository(table),
    objects: memoryObjectStore(table),
    projectAccess: memoryProjectAccess(table),
    policy: POLICY,
    clock,
  });
}

beforeEach(() => {
  clock = manualClock();
  table = memoryTable(clock);
  projectId = putProject(table, { id: newId() }, [
    { userId: 'olive', role: 'owner' },
    { userId: adam.sub, role: 'admin' },
    { userId: mia.sub, role: 'member' },
    { userId: max.sub, role: 'member' },
    { userId: vera.sub, role: 'viewer' },
  ]).id;
});

const requested = async (by = mia) =>
  made(await exportService().requestExport(by, projectId, 'csv', withoutKey()));
/** The worker's (or anyone's) write to a stored job. */
const change = (job: Job, fields: Partial<Job>) =>
  table.jobs.set(job.id, { ...job, ...fields, version: job.version + 1 });

describe('export service: request', () => {
  it('queues a job for a member: queued, nothing processed, expiring after the maximum age', async () => {
    const job = await requested();
    expect(job).toMatchObject({
      type: 'project_export',
      projectId,
      requestedBy: 'mia',
      format: 'csv',
      status: 'queued',
      progress: { processed: 0 },
      attempts: 0,
      version: 1,
    });
    expect(job.ttl).toBe(epochSeconds(clock.now()) + JOB_MAX_AGE_SECONDS);
    expect(table.jobs.get(job.id)).toEqual(job);
  });

  it('refuses a viewer (role_forbids) and a non-member (project_not_found), queueing nothing', async () => {
    await expect(exportService().requestExport(vera, projectId, 'csv', withoutKey())).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      exportService().requestExport(outsider, projectId, 'csv', withoutKey()),
    ).rejects.toMatchObject({
      code: 'project_not_found',
    });
    expect(table.jobs.size).toBe(0);
  });

  it('under an Idempotency-Key, queues once and answers the first response again', async () => {
    const options = withReceipt<Job>({
      scope: 'mia',
      key: 'e1',
      requestHash: 'h',
      respond: (job) => ({ status: 202, headers: {}, body: JSON.stringify(job) }),
    });
    const first = made(await exportService().requestExport(mia, projectId, 'json', options));
    const again = await exportService().requestExport(mia, projectId, 'json', options);
    expect(again.replay?.status).toBe(202);
    expect(JSON.parse(again.replay?.body ?? '{}').id).toBe(first.id);
    expect(table.jobs.size).toBe(1);
  });
});

describe('export service: reading a job', () => {
  it('shows the job to its requester and to admins; to anyone else it does not exist (job_not_found)', async () => {
    const job = await requested();
    expect((await exportService().getJob(mia, job.id)).job.id).toBe(job.id);
    expect((await exportService().getJob(adam, job.id)).job.id).toBe(job.id);
    for (const other of [max, vera, outsider]) {
      const error = await exportService()
        .getJob(other, job.id)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: 'job_not_found' });
    }
    await expect(exportService().getJob(mia, newId())).rejects.toMatchObject({ code: 'job_not_found' });
  });

  it('hides the job from its requester once they left the project', async () => {
    const job = await requested();
    table.memberships.delete(`${projectId}/mia`);
    await expect(exportService().getJob(mia, job.id)).rejects.toMatchObject({ code: 'job_not_found' });
  });

  it('offers a download of a succeeded job’s file, named after the project and job', async () => {
    const job = await requested();
    change(job, { status: 'succeeded', resultKey: `exports/${job.id}.csv` });
    const view = await exportService().getJob(mia, job.id);
    expect(view.job.status).toBe('succeeded');
    expect(view.download?.url).toContain(encodeURIComponent(`exports/${job.id}.csv`));
  });
});

describe('export service: a poll recovers a job the stream lost', () => {
  it('puts a running job whose lease ran out back in the queue (worker_lost), then fails it once attempts are spent', async () => {
    const job = await requested();
    change(job, { status: 'running', attempts: 1, leaseUntil: clock.now().toISOString() });
    clock.advance(1);
    const requeued = (await exportService().getJob(mia, job.id)).job;
    expect(requeued).toMatchObject({ status: 'queued', error: { code: 'worker_lost' }, version: 3 });
    expect(requeued.leaseUntil).toBeUndefined();

    change(requeued, { status: 'running', attempts: 2, leaseUntil: clock.now().toISOString() });
    clock.advance(1);
    const failed = (await exportService().getJob(mia, job.id)).job;
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'attempts_exhausted' } });
  });

  it('touches a job queued for a minute without a claim (a new version for the worker), and leaves a fresh one alone', async () => {
    const job = await requested();
    expect((await exportService().getJob(mia, job.id)).job.version).toBe(1);
    clock.advance(61);
    const touched = (await exportService().getJob(mia, job.id)).job;
    expect(touched).toMatchObject({ status: 'queued', version: 2 });
  });

  it('answers the winner’s state when another writer moved the job first', async () => {
    const job = await requested();
    change(job, { status: 'running', attempts: 1, leaseUntil: clock.now().toISOString() });
    clock.advance(1);
    table.beforeNextWrite(() => {
      const current = table.jobs.get(job.id) as Job;
      change(current, { status: 'succeeded', resultKey: 'exports/won.csv' });
    });
    const view = await exportService().getJob(mia, job.id);
    expect(view.job).toMatchObject({ status: 'succeeded', resultKey: 'exports/won.csv' });
    expect(view.download).toBeDefined();
  });
});
