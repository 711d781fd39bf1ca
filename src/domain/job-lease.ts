import type { Job } from '#data/entities/job';
import { epochSeconds } from '#lib/clock';

/**
 * The lease rules of asynchronous jobs, in one place (pure; the worker and `GET /v1/jobs/{id}`
 * both apply them). A worker claims a job for `LEASE_SECONDS` and renews the lease on every
 * page of work; a job whose lease ran out was abandoned by a dead worker and may be taken again,
 * at most `MAX_ATTEMPTS` times in all.
 */
export const LEASE_SECONDS = 120;
export const MAX_ATTEMPTS = 3;
/** Jobs (and, through the bucket lifecycle, their files) are kept this long after they finish. */
export const JOB_RETENTION_SECONDS = 7 * 24 * 60 * 60;
/** An unfinished job disappears this long after its creation, whatever happened to it. */
export const JOB_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;
/** A job `queued` this long without a claim lost its stream record (dead-lettered, trimmed). */
export const QUEUED_STALE_SECONDS = 60;

export type JobChange = Partial<Pick<Job, 'status' | 'attempts' | 'leaseUntil' | 'error' | 'ttl'>>;

export const isFinished = (job: Job) => job.status === 'succeeded' || job.status === 'failed';

/** A `running` job whose worker stopped renewing its lease. */
export function leaseExpired(job: Job, now: Date): boolean {
  return (
    job.status === 'running' && (job.leaseUntil === undefined || Date.parse(job.leaseUntil) <= now.getTime())
  );
}

/** May a worker take it now? Queued, or abandoned by a dead worker. */
export function claimable(job: Job, now: Date): boolean {
  return job.status === 'queued' || leaseExpired(job, now);
}

/** Queued and untouched for `QUEUED_STALE_SECONDS`: no worker has seen it. */
export function queuedTooLong(job: Job, now: Date): boolean {
  return job.status === 'queued' && now.getTime() - Date.parse(job.updatedAt) >= QUEUED_STALE_SECONDS * 1000;
}

export function leaseFrom(now: Date): string {
  return new Date(now.getTime() + LEASE_SECONDS * 1000).toISOString();
}

/** The terminal change for a job that will not run again. */
export function failure(now: Date, code: string, message: string): JobChange {
  return {
    status: 'failed',
    leaseUntil: undefined,
    error: { code, message },
    ttl: epochSeconds(now) + JOB_RETENTION_SECONDS,
  };
}

/**
 * What happens to a job whose attempt ended without finishing (the worker's lease expired, or
 * its export threw): back to `queued` — a write, hence a new stream record the worker picks
 * up — or `failed` once every attempt is spent.
 */
export function afterLostAttempt(job: Job, now: Date, reason: { code: string; message: string }): JobChange {
  if (job.attempts >= MAX_ATTEMPTS) {
    return failure(now, 'attempts_exhausted', `Gave up after ${job.attempts} attempts: ${reason.message}`);
  }
  return { status: 'queued', leaseUntil: undefined, error: reason };
}
