import type { Job } from '#data/entities/job';
import { epochSeconds } from '#lib/clock';

/**
 * The lease and retry rules of asynchronous jobs, in one place (pure; the worker and
 * `GET /v1/jobs/{id}` both apply them). A worker claims a job for `leaseSeconds` and renews the
 * lease on every page of work; a job whose lease ran out was abandoned and may be taken again.
 * A failed attempt goes back to `queued` with a `retryAt` (exponential backoff, half jittered),
 * at most `maxAttempts` attempts in all.
 */
export interface JobPolicy {
  leaseSeconds: number;
  /** The first backoff; each later one doubles. */
  retryBaseMs: number;
  maxAttempts: number;
}

/** Jobs (and, through the bucket lifecycle, their files) are kept this long after they finish. */
export const JOB_RETENTION_SECONDS = 7 * 24 * 60 * 60;
/** An unfinished job disappears this long after its creation, whatever happened to it. */
export const JOB_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;
/** A job `queued` this long past its due time without a claim lost its stream record. */
export const QUEUED_STALE_SECONDS = 60;

/** A change to a job; `null` clears an optional field. */
export type JobChange = {
  [K in 'status' | 'attempts' | 'leaseUntil' | 'retryAt' | 'error' | 'ttl']?: Exclude<
    Job[K],
    undefined
  > | null;
};

export const isFinished = (job: Job) => job.status === 'succeeded' || job.status === 'failed';

/** A `running` job whose worker stopped renewing its lease. */
export function leaseExpired(job: Job, now: Date): boolean {
  return (
    job.status === 'running' && (job.leaseUntil === undefined || Date.parse(job.leaseUntil) <= now.getTime())
  );
}

/** When a `queued` job may be claimed (at once, or after its backoff). */
function dueAt(job: Job): number {
  return job.retryAt === undefined ? 0 : Date.parse(job.retryAt);
}

/** May a worker take it now? Queued and due, or abandoned by a dead worker. */
export function claimable(job: Job, now: Date): boolean {
  return (job.status === 'queued' && dueAt(job) <= now.getTime()) || leaseExpired(job, now);
}

/**
 * How long a worker holding a record of this job should wait before it may claim it: the rest
 * of a backoff, or of a lease nobody renews. 0 when claimable now or never (finished).
 */
export function msUntilClaimable(job: Job, now: Date): number {
  if (job.status === 'queued') return Math.max(0, dueAt(job) - now.getTime());
  if (job.status === 'running' && job.leaseUntil !== undefined) {
    return Math.max(0, Date.parse(job.leaseUntil) - now.getTime());
  }
  return 0;
}

/** Queued, due, and untouched for `QUEUED_STALE_SECONDS` since: no worker has seen it. */
export function queuedTooLong(job: Job, now: Date): boolean {
  const since = Math.max(Date.parse(job.updatedAt), dueAt(job));
  return job.status === 'queued' && now.getTime() - since >= QUEUED_STALE_SECONDS * 1000;
}

export function leaseFrom(now: Date, policy: JobPolicy): string {
  return new Date(now.getTime() + policy.leaseSeconds * 1000).toISOString();
}

/**
 * The wait after failed attempt number `attempt` (1-based): half of `base · 2^(attempt-1)` fixed,
 * the other half random, so retries of many jobs hit by one outage spread out but never come
 * back at once.
 */
export function retryDelayMs(attempt: number, policy: JobPolicy, random: () => number = Math.random): number {
  const ceiling = policy.retryBaseMs * 2 ** Math.max(0, attempt - 1);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The terminal change for a job that will not run again. */
export function failure(now: Date, code: string, message: string): JobChange {
  return {
    status: 'failed',
    leaseUntil: null,
    retryAt: null,
    error: { code, message },
    ttl: epochSeconds(now) + JOB_RETENTION_SECONDS,
  };
}

/**
 * What happens to a job whose attempt ended without finishing (the worker's lease expired, or
 * its attempt threw): back to `queued` with `retryAt` after the backoff — a write, hence a new
 * stream record the worker holds until it is due — or `failed` once every attempt is spent.
 */
export function afterLostAttempt(
  job: Job,
  now: Date,
  reason: { code: string; message: string },
  policy: JobPolicy,
  random: () => number = Math.random,
): JobChange {
  if (job.attempts >= policy.maxAttempts) {
    return failure(now, 'attempts_exhausted', `Gave up after ${job.attempts} attempts: ${reason.message}`);
  }
  const retryAt = new Date(now.getTime() + retryDelayMs(job.attempts, policy, random)).toISOString();
  return { status: 'queued', leaseUntil: null, retryAt, error: reason };
}
