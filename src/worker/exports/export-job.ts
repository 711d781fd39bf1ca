import { KEY_TEMPLATES, parseKey } from '#data/dynamodb/table';
import { type Job, jobSchema } from '#data/entities/job';
import { DataUnavailableError } from '#data/mapper/errors';
import type { JobRepository } from '#data/repositories/job-repository';
import type { TaskExportReader } from '#data/repositories/tasks/task-export-reader';
import type { ObjectUploads } from '#data/s3/object-uploads';
import { DomainError, InternalError, ServiceUnavailableError } from '#domain/errors';
import {
  afterLostAttempt,
  claimable,
  failure,
  isFinished,
  JOB_RETENTION_SECONDS,
  type JobPolicy,
  leaseExpired,
  leaseFrom,
  msUntilClaimable,
} from '#domain/job-lease';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import type { AppLogger } from '#lib/logger';
import type { EntityChange } from '#worker/stream/stream-dispatcher';
import { createExportEncoder } from './export-format.ts';
import { createStallGuard, JobStalledError } from './stall-guard.ts';

/** Tasks read per page; the job's progress and lease are written after each page. */
export const EXPORT_PAGE_SIZE = 100;

export interface ExportJobDeps {
  jobs: JobRepository;
  tasks: TaskExportReader;
  uploads: ObjectUploads;
  logger: AppLogger;
  clock?: Clock;
  /** Tasks per page (default EXPORT_PAGE_SIZE). */
  pageSize?: number;
  /** Lease, backoff and attempts (config `JOB_*`). */
  policy: JobPolicy;
  /** An attempt with no progress for this long is aborted (config `JOB_STALL_TIMEOUT_MS`); must be shorter than the lease. */
  stallTimeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Where an export's file lives; the bucket's lifecycle rule on `exports/` expires it. */
export function exportObjectKey(job: Pick<Job, 'projectId' | 'id' | 'format'>): string {
  return `exports/${job.projectId}/${job.id}.${job.format}`;
}

/** Another worker took the job over (our lease had expired): stop without writing anything. */
class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The stream handler of export jobs. Every delivery of every record (the INSERT, each progress
 * MODIFY, duplicates) reads the job (unless its image is already settled) and acts only if it
 * can claim it with a version-locked write: `queued` and due, or `running` with an expired
 * lease → `running` under a new lease. A record of a job that is not due yet (a backoff, or a
 * lease that nobody renews) is held until it is; anything else — finished, or leased by a live
 * worker — is a no-op, so a record delivered twice never produces two exports.
 */
export function createExportJob(deps: ExportJobDeps) {
  const clock = deps.clock ?? systemClock;
  const { policy, stallTimeoutMs } = deps;
  const sleep = deps.sleep ?? realSleep;
  if (stallTimeoutMs >= policy.leaseSeconds * 1000) {
    throw new Error('export job: the stall timeout must be shorter than the lease');
  }
  /** How often a held record re-reads a leased job to see whether its worker is alive. */
  const watchMs = Math.max(250, Math.floor((policy.leaseSeconds * 1000) / 6));
  /** One step outside an attempt (a read, a release), under the same bound. */
  const bounded = <T>(step: Promise<T>): Promise<T> => {
    const guard = createStallGuard(stallTimeoutMs);
    return guard.guard(step).finally(() => guard.stop());
  };

  async function run(claimed: Job): Promise<void> {
    let current = claimed;
    const guard = createStallGuard(stallTimeoutMs);
    const renew = async (processed: number) => {
      const next = await guard.guard(
        deps.jobs.transition(current, {
          progress: { processed },
          leaseUntil: leaseFrom(clock.now(), policy),
        }),
      );
      if (!next) throw new LeaseLostError(`job ${current.id} was taken over`);
      current = next;
      guard.progress();
    };
    const encoder = createExportEncoder(current.format, {
      jobId: current.id,
      projectId: current.projectId,
      exportedAt: clock.now().toISOString(),
    });
    const pageSize = deps.pageSize ?? EXPORT_PAGE_SIZE;
    /** The file, page by page; each page renews the lease before its text is handed on. */
    async function* chunks(): AsyncGenerator<string> {
      yield encoder.head();
      let cursor: string | undefined;
      do {
        const page = await guard.guard(deps.tasks.page(current.projectId, pageSize, cursor));
        const text = encoder.page(page.items);
        cursor = page.nextCursor ?? undefined;
        await renew(encoder.count);
        if (text) yield text;
      } while (cursor);
      yield encoder.tail();
    }
    try {
      const resultKey = exportObjectKey(current);
      await deps.uploads.upload(resultKey, chunks(), encoder.contentType, {
        signal: guard.signal,
        onPart: guard.progress,
      });
      const now = clock.now();
      const done = await guard.guard(
        deps.jobs.transition(current, {
          status: 'succeeded',
          progress: { processed: encoder.count, total: encoder.count },
          resultKey,
          leaseUntil: null,
          retryAt: null,
          error: null,
          ttl: epochSeconds(now) + JOB_RETENTION_SECONDS,
        }),
      );
      if (!done) throw new LeaseLostError(`job ${current.id} was taken over before it finished`);
      deps.logger.info('export succeeded', {
        jobId: current.id,
        tasks: encoder.count,
        attempt: current.attempts,
      });
    } catch (error) {
      if (error instanceof LeaseLostError) {
        deps.logger.warn('export abandoned: lease lost', { jobId: current.id });
        return;
      }
      await release(current, guard.stalled ? new JobStalledError(stallTimeoutMs) : error);
    } finally {
      guard.stop();
    }
  }

  /** A failed attempt hands the job back (→ `queued` after a backoff) or fails it for good. */
  async function release(job: Job, error: unknown): Promise<void> {
    deps.logger.error('export attempt failed', {
      jobId: job.id,
      attempt: job.attempts,
      error: describe(error),
    });
    const change = afterLostAttempt(job, clock.now(), reasonOf(error), policy);
    // If even this write fails, rethrow: the stream retries the record, and the lease (or a
    // poll of GET /v1/jobs/{id}) recovers the job once it expires.
    try {
      await bounded(deps.jobs.transition(job, change));
    } catch (releaseError) {
      deps.logger.error('export release failed', { jobId: job.id, error: describe(releaseError) });
      throw error;
    }
  }

  /**
   * The job as it may be claimed now, or undefined when this record has nothing to do. A job in
   * its backoff is waited for; so is a `running` job whose lease is not renewed while we watch
   * (its worker died): a renewal — its worker is alive — ends the watch.
   */
  async function claimableJob(id: string): Promise<Job | undefined> {
    let job = await bounded(deps.jobs.find(id));
    for (;;) {
      if (job?.type !== 'project_export' || isFinished(job)) return undefined;
      const now = clock.now();
      if (claimable(job, now)) return job;
      const wait = msUntilClaimable(job, now);
      if (wait === 0) return undefined;
      await sleep(job.status === 'running' ? Math.min(wait, watchMs) : wait);
      const next = await bounded(deps.jobs.find(id));
      if (job.status === 'running' && next?.version !== job.version) return undefined;
      job = next;
    }
  }

  return async function handleExportJobChange(change: EntityChange): Promise<void> {
    if (change.eventName === 'REMOVE') return;
    const id = jobIdOf(change);
    if (!id || settledInImage(change, clock.now())) return;
    const job = await claimableJob(id);
    if (!job) return;
    const now = clock.now();
    if (leaseExpired(job, now) && job.attempts >= policy.maxAttempts) {
      await bounded(
        deps.jobs.transition(
          job,
          failure(
            now,
            'attempts_exhausted',
            `Gave up after ${job.attempts} attempts: the worker stopped before finishing.`,
          ),
        ),
      );
      return;
    }
    const claimed = await bounded(
      deps.jobs.transition(job, {
        status: 'running',
        attempts: job.attempts + 1,
        leaseUntil: leaseFrom(now, policy),
        retryAt: null,
      }),
    );
    if (!claimed) return;
    await run(claimed);
  };
}

export type ExportJob = ReturnType<typeof createExportJob>;

/**
 * Most records are the worker's own writes (progress, `succeeded`). When the image already
 * shows a finished job or a live lease, the current item can only be as settled (leases move
 * forward; a release writes a newer record of its own), so the read is skipped. A `queued` image
 * is never settled: it is the record that carries the job through its backoff.
 */
function settledInImage(change: EntityChange, now: Date): boolean {
  const parsed = jobSchema.safeParse(change.newImage);
  if (!parsed.success) return false;
  const job = parsed.data;
  return isFinished(job) || (job.status === 'running' && !leaseExpired(job, now));
}

/** `JOB#<id>` → `<id>`; the key is authoritative (an image may be absent or partial). */
function jobIdOf(change: EntityChange): string | undefined {
  const pk = change.keys.pk;
  return typeof pk === 'string' ? parseKey(KEY_TEMPLATES.job.pk, pk)?.id : undefined;
}

/** What GET /v1/jobs/{id} shows about a failed attempt: a code and a message without internals. */
function reasonOf(error: unknown): { code: string; message: string } {
  if (error instanceof JobStalledError) {
    return {
      code: 'attempt_stalled',
      message: `The export made no progress for ${error.timeoutMs / 1000} s: a backing service did not answer.`,
    };
  }
  if (error instanceof DataUnavailableError) {
    return { code: 'attempt_failed', message: 'The database is busy or unreachable.' };
  }
  if (error instanceof ServiceUnavailableError) {
    return { code: 'attempt_failed', message: error.detail ?? 'A backing service is unavailable.' };
  }
  if (error instanceof DomainError && !(error instanceof InternalError)) {
    return { code: 'attempt_failed', message: error.detail ?? 'The export could not be completed.' };
  }
  return { code: 'attempt_failed', message: 'An unexpected error stopped the export.' };
}

function describe(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { name: error.name, message: error.message } : { value: String(error) };
}
