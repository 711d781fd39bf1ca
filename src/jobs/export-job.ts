import { type Job, jobSchema } from '#data/entities/job';
import type { ObjectStore } from '#data/object-store';
import type { JobRepository } from '#data/repositories/job-repository';
import type { TaskExportReader } from '#data/repositories/task-export-reader';
import { AppError } from '#domain/errors';
import {
  afterLostAttempt,
  claimable,
  failure,
  isFinished,
  JOB_RETENTION_SECONDS,
  leaseExpired,
  leaseFrom,
  MAX_ATTEMPTS,
} from '#domain/job-lease';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import type { AppLogger } from '#lib/logger';
import { createExportWriter } from './export-format.ts';
import type { EntityChange } from './stream-dispatcher.ts';

/** Tasks read per page; the job's progress and lease are written after each page. */
export const EXPORT_PAGE_SIZE = 100;

export interface ExportJobDeps {
  jobs: JobRepository;
  tasks: TaskExportReader;
  objects: ObjectStore;
  logger: AppLogger;
  clock?: Clock;
  /** Tasks per page (default EXPORT_PAGE_SIZE). */
  pageSize?: number;
}

/** Where an export's file lives; the bucket's lifecycle rule on `exports/` expires it. */
export function exportObjectKey(job: Pick<Job, 'projectId' | 'id' | 'format'>): string {
  return `exports/${job.projectId}/${job.id}.${job.format}`;
}

/** Another worker took the job over (our lease had expired): stop without writing anything. */
class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

/**
 * The stream handler of export jobs. Every delivery of every record (the INSERT, each progress
 * MODIFY, duplicates) reads the job (unless its image is already settled) and acts only if it
 * can claim it with a version-locked write: `queued`, or `running` with an expired lease →
 * `running` under a new lease. Anything else — finished, or leased by a live worker — is a
 * no-op, so a record delivered twice never produces two exports.
 */
export function createExportJob(deps: ExportJobDeps) {
  const clock = deps.clock ?? systemClock;

  async function run(claimed: Job): Promise<void> {
    let current = claimed;
    const renew = async (processed: number) => {
      const next = await deps.jobs.transition(current, {
        progress: { processed },
        leaseUntil: leaseFrom(clock.now()),
      });
      if (!next) throw new LeaseLostError(`job ${current.id} was taken over`);
      current = next;
    };
    const writer = createExportWriter(current.format);
    let cursor: string | undefined;
    try {
      do {
        const page = await deps.tasks.page(current.projectId, deps.pageSize ?? EXPORT_PAGE_SIZE, cursor);
        writer.add(page.items);
        cursor = page.nextCursor ?? undefined;
        await renew(writer.count);
      } while (cursor);
      const resultKey = exportObjectKey(current);
      const now = clock.now();
      const file = writer.finish({
        jobId: current.id,
        projectId: current.projectId,
        exportedAt: now.toISOString(),
      });
      await deps.objects.put(resultKey, file.body, file.contentType);
      const done = await deps.jobs.transition(current, {
        status: 'succeeded',
        progress: { processed: writer.count, total: writer.count },
        resultKey,
        leaseUntil: undefined,
        error: undefined,
        ttl: epochSeconds(now) + JOB_RETENTION_SECONDS,
      });
      if (!done) throw new LeaseLostError(`job ${current.id} was taken over before it finished`);
      deps.logger.info('export succeeded', {
        jobId: current.id,
        tasks: writer.count,
        attempt: current.attempts,
      });
    } catch (error) {
      if (error instanceof LeaseLostError) {
        deps.logger.warn('export abandoned: lease lost', { jobId: current.id });
        return;
      }
      await release(current, error);
    }
  }

  /** A failed attempt hands the job back (→ `queued`, a new stream record) or fails it for good. */
  async function release(job: Job, error: unknown): Promise<void> {
    deps.logger.error('export attempt failed', {
      jobId: job.id,
      attempt: job.attempts,
      error: describe(error),
    });
    const message =
      error instanceof AppError && error.status < 500 ? (error.detail ?? error.title) : publicReason(error);
    const change = afterLostAttempt(job, clock.now(), { code: 'attempt_failed', message });
    // If even this write fails, rethrow: the stream retries the record, and the lease (or a
    // poll of GET /v1/jobs/{id}) recovers the job once it expires.
    try {
      await deps.jobs.transition(job, change);
    } catch {
      throw error;
    }
  }

  return async function handleExportJobChange(change: EntityChange): Promise<void> {
    if (change.eventName === 'REMOVE') return;
    const id = jobIdOf(change);
    if (!id || settledInImage(change, clock.now())) return;
    const job = await deps.jobs.find(id);
    if (job?.type !== 'project_export') return;
    const now = clock.now();
    if (isFinished(job) || !claimable(job, now)) return;
    if (leaseExpired(job, now) && job.attempts >= MAX_ATTEMPTS) {
      await deps.jobs.transition(
        job,
        failure(
          now,
          'attempts_exhausted',
          `Gave up after ${job.attempts} attempts: the worker stopped before finishing.`,
        ),
      );
      return;
    }
    const claimed = await deps.jobs.transition(job, {
      status: 'running',
      attempts: job.attempts + 1,
      leaseUntil: leaseFrom(now),
    });
    if (!claimed) return;
    await run(claimed);
  };
}

export type ExportJob = ReturnType<typeof createExportJob>;

/**
 * Most records are the worker's own writes (progress, `succeeded`). When the image already
 * shows a finished job or a live lease, the current item can only be as settled (leases move
 * forward; a release writes a newer record of its own), so the read is skipped.
 */
function settledInImage(change: EntityChange, now: Date): boolean {
  const parsed = jobSchema.safeParse(change.newImage);
  return parsed.success && (isFinished(parsed.data) || !claimable(parsed.data, now));
}

/** `JOB#<id>` → `<id>`; the key is authoritative (an image may be absent or partial). */
function jobIdOf(change: EntityChange): string | undefined {
  const pk = change.keys.pk;
  return typeof pk === 'string' && pk.startsWith('JOB#') ? pk.slice(4) : undefined;
}

function publicReason(error: unknown): string {
  if (error instanceof AppError && error.status === 503)
    return error.detail ?? 'A backing service is unavailable.';
  return 'An unexpected error stopped the export.';
}

function describe(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { name: error.name, message: error.message } : { value: String(error) };
}
