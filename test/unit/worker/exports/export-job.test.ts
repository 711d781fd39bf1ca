import { beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '#data/entities/job';
import { ServiceUnavailableError } from '#domain/errors';
import type { JobPolicy } from '#domain/job-lease';
import { newId } from '#lib/ids';
import { memoryLogger } from '#test/support/app';
import { manualClock, sampleJob, sampleTask } from '#test/support/fixtures';
import {
  type MemoryTable,
  memoryJobRepository,
  memoryObjectStore,
  memoryTable,
  memoryTaskExportReader,
} from '#test/support/memory-repositories';
import { createExportJob, exportObjectKey } from '#worker/exports/export-job';

const policy: JobPolicy = { leaseSeconds: 60, retryBaseMs: 4_000, maxAttempts: 3 };

let table: MemoryTable;
let clock: ReturnType<typeof manualClock>;
let objects: ReturnType<typeof memoryObjectStore>;
let projectId: string;
/** What the job waited for, in ms; waiting moves the clock (no real time passes). */
let waits: number[];
/** Runs during a wait: what another worker does meanwhile. */
let duringWait: (() => void) | undefined;

function exportJob() {
  return createExportJob({
    jobs: memoryJobRepository(table),
    tasks: memoryTaskExportReader(table),
    uploads: objects,
    logger: memoryLogger(),
    clock,
    pageSize: 2,
    policy,
    stallTimeoutMs: 20_000,
    sleep: async (ms) => {
      waits.push(ms);
      clock.advance(ms / 1000);
      duringWait?.();
    },
  });
}

/** The stream record of a write to the job (the key is what the handler trusts). */
const recordOf = (job: Job) => ({
  eventId: newId(),
  eventName: 'MODIFY' as const,
  entityTag: 'Job',
  keys: { pk: `JOB#${job.id}`, sk: '#META' },
});

function storeJob(fields: Partial<Job>): Job {
  const now = clock.now().toISOString();
  const job = sampleJob({ projectId, createdAt: now, updatedAt: now, ...fields });
  table.jobs.set(job.id, job);
  return job;
}

const at = (secondsFromNow: number) => new Date(clock.now().getTime() + secondsFromNow * 1000).toISOString();
const current = (job: Job) => table.jobs.get(job.id);

beforeEach(() => {
  clock = manualClock();
  table = memoryTable(clock);
  objects = memoryObjectStore(table);
  projectId = newId();
  waits = [];
  duringWait = undefined;
  for (let i = 0; i < 5; i++) {
    const task = sampleTask({ projectId, title: `Task ${i}` });
    table.tasks.set(task.id, task);
  }
});

describe('export job: a queued job', () => {
  it('is claimed and finished: every task in the file, one attempt', async () => {
    const job = storeJob({ status: 'queued' });
    await exportJob()(recordOf(job));
    const done = current(job);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 1, progress: { processed: 5, total: 5 } });
    expect(done).not.toHaveProperty('leaseUntil');
    const file = table.objects.get(exportObjectKey(job));
    for (const task of table.tasks.values()) expect(file?.body).toContain(task.id);
  });

  it('in its backoff waits until retryAt, then runs', async () => {
    const job = storeJob({ status: 'queued', attempts: 1, retryAt: at(10) });
    await exportJob()(recordOf(job));
    expect(waits).toEqual([10_000]);
    expect(current(job)).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(current(job)).not.toHaveProperty('retryAt');
  });
});

describe('export job: lease takeover', () => {
  it('takes over a running job whose lease ran out (its worker died) and finishes it', async () => {
    const job = storeJob({ status: 'running', attempts: 1, leaseUntil: at(-1) });
    await exportJob()(recordOf(job));
    expect(waits).toEqual([]);
    expect(current(job)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('waits out a live lease nobody renews, then takes the job over', async () => {
    const job = storeJob({ status: 'running', attempts: 1, leaseUntil: at(30) });
    await exportJob()(recordOf(job));
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBe(30_000);
    expect(current(job)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('leaves a job alone while its worker renews the lease', async () => {
    const job = storeJob({ status: 'running', attempts: 1, leaseUntil: at(30) });
    duringWait = () => {
      const leased = current(job);
      if (leased) table.jobs.set(job.id, { ...leased, leaseUntil: at(60), version: leased.version + 1 });
    };
    await exportJob()(recordOf(job));
    expect(current(job)).toMatchObject({ status: 'running', attempts: 1 });
    expect(table.objects.size).toBe(0);
  });

  it('fails a job whose last attempt was abandoned, without running it again', async () => {
    const job = storeJob({ status: 'running', attempts: 3, leaseUntil: at(-1) });
    await exportJob()(recordOf(job));
    expect(current(job)).toMatchObject({
      status: 'failed',
      attempts: 3,
      error: { code: 'attempts_exhausted', message: expect.stringContaining('3 attempts') },
    });
    expect(table.objects.size).toBe(0);
  });
});

describe('export job: a failed attempt', () => {
  it('goes back to the queue with a backoff and records why', async () => {
    objects.failUploads(new ServiceUnavailableError('The object store is not reachable.'));
    const job = storeJob({ status: 'queued' });
    const before = clock.now().getTime();
    await exportJob()(recordOf(job));
    const released = current(job);
    expect(released).toMatchObject({
      status: 'queued',
      attempts: 1,
      error: { code: 'attempt_failed', message: 'The object store is not reachable.' },
    });
    expect(released).not.toHaveProperty('leaseUntil');
    // The first backoff is half fixed, half random: 2–4 s with a 4 s base.
    const delay = Date.parse(released?.retryAt ?? '') - before;
    expect(delay).toBeGreaterThanOrEqual(2_000);
    expect(delay).toBeLessThanOrEqual(4_000);
    expect(table.objects.size).toBe(0);
  });

  it('says nothing about internals when the error was unexpected', async () => {
    objects.failUploads(new Error('socket hang up at 10.0.3.7:443'));
    const job = storeJob({ status: 'queued' });
    await exportJob()(recordOf(job));
    expect(current(job)?.error).toEqual({
      code: 'attempt_failed',
      message: 'An unexpected error stopped the export.',
    });
  });

  it('fails the job for good once every attempt is spent, keeping the reason', async () => {
    objects.failUploads(new ServiceUnavailableError('The object store is not reachable.'));
    const job = storeJob({ status: 'queued', attempts: 2 });
    await exportJob()(recordOf(job));
    expect(current(job)).toMatchObject({
      status: 'failed',
      attempts: 3,
      error: { code: 'attempts_exhausted', message: expect.stringContaining('not reachable') },
    });
    expect(current(job)).not.toHaveProperty('retryAt');
  });
});
