import type { Job } from '#data/entities/job';
import type { JobChanges, JobRepository } from '#data/repositories/job-repository';
import type { ObjectStore } from '#data/s3/object-store';
import type { AuthUser } from '#domain/auth';
import { ForbiddenError, NotFoundError } from '#domain/errors';
import type { Created, CreateOptions } from '#domain/idempotency';
import {
  afterLostAttempt,
  JOB_MAX_AGE_SECONDS,
  type JobPolicy,
  leaseExpired,
  queuedTooLong,
} from '#domain/job-lease';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import { newId } from '#lib/ids';
import type { ProjectAccess } from './project-access.ts';

export const EXPORT_DOWNLOAD_SECONDS = 5 * 60;
export type ExportFormat = Job['format'];

export interface ExportServiceDeps {
  jobs: JobRepository;
  objects: ObjectStore;
  projectAccess: ProjectAccess;
  clock?: Clock;
  /** Lease, backoff and attempts: the worker's (config `JOB_*`). */
  policy: JobPolicy;
}

export interface JobView {
  job: Job;
  download?: { url: string; expiresAt: string };
}

/** The HTTP side of exports: queue a job (the stream worker runs it), read it back. */
export function createExportService(deps: ExportServiceDeps) {
  const clock = deps.clock ?? systemClock;
  const { policy } = deps;

  /** The requester (still a member) or the project's admins; anyone else learns nothing (`job_not_found`). */
  async function authorizeRead(user: AuthUser, job: Job): Promise<void> {
    const action = job.requestedBy === user.sub ? 'project:read' : 'job:read-any';
    try {
      await deps.projectAccess.require(user.sub, job.projectId, action);
    } catch (error) {
      if (error instanceof ForbiddenError || error instanceof NotFoundError) {
        throw new NotFoundError('The job does not exist.', 'job_not_found');
      }
      throw error;
    }
  }

  /**
   * A poll is also the recovery path when the stream lost track of a job. A `running` job whose
   * lease ran out (its worker died) goes back to `queued` (after the backoff), or to `failed` once its attempts are
   * spent; a job `queued` for a minute without a claim (its record was dead-lettered or trimmed)
   * is touched. Each is a version-locked write, hence a new stream record the worker claims.
   */
  async function recover(job: Job): Promise<Job> {
    const now = clock.now();
    let change: JobChanges | undefined;
    if (leaseExpired(job, now)) {
      change = afterLostAttempt(
        job,
        now,
        { code: 'worker_lost', message: 'The worker stopped before finishing.' },
        policy,
      );
    } else if (queuedTooLong(job, now)) {
      change = { progress: job.progress };
    }
    if (!change) return job;
    return (await deps.jobs.transition(job, change)) ?? (await deps.jobs.find(job.id)) ?? job;
  }

  return {
    /** Under an Idempotency-Key, the same request again answers the first response (after the same access check). */
    async requestExport(
      user: AuthUser,
      projectId: string,
      format: ExportFormat,
      options: CreateOptions<Job>,
    ): Promise<Created<Job>> {
      await deps.projectAccess.require(user.sub, projectId, 'export:create');
      const now = clock.now();
      return deps.jobs.create(
        {
          id: newId(),
          type: 'project_export',
          projectId,
          requestedBy: user.sub,
          format,
          status: 'queued',
          progress: { processed: 0 },
          attempts: 0,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          ttl: epochSeconds(now) + JOB_MAX_AGE_SECONDS,
        },
        options,
      );
    },

    async getJob(user: AuthUser, jobId: string): Promise<JobView> {
      const found = await deps.jobs.find(jobId);
      if (!found) throw new NotFoundError('The job does not exist.', 'job_not_found');
      await authorizeRead(user, found);
      const job = await recover(found);
      if (job.status !== 'succeeded' || !job.resultKey) return { job };
      const filename = `project-${job.projectId}-export-${job.id}.${job.format}`;
      const download = await deps.objects.presignDownload(job.resultKey, filename, EXPORT_DOWNLOAD_SECONDS);
      return { job, download };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
