import { type Job, jobEntity } from '#data/entities/job';
import { WriteConflictError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import { type ClearableChanges, clearsOf } from '#data/mapper/update-builder';
import type { CreateOptions } from '#domain/idempotency';
import { createOnce } from './idempotency-repository.ts';

/** The fields a transition may change (identity and ownership are fixed at creation); `null` clears one. */
export type JobChanges = ClearableChanges<
  Pick<Job, 'status' | 'progress' | 'attempts' | 'leaseUntil' | 'retryAt' | 'resultKey' | 'error' | 'ttl'>
>;

/** Jobs by id (`JOB#<id>` / `#META`, pattern 12). Every state change is locked on `version`. */
export function createJobRepository(mapper: Mapper) {
  return {
    create: (job: Omit<Job, 'version'>, options: CreateOptions<Job>) =>
      createOnce(mapper, jobEntity, job, options),

    /** Strongly consistent: pollers and the worker must see the latest transition. */
    find(id: string): Promise<Job | undefined> {
      return mapper.get(jobEntity, { id }, { consistent: true });
    },

    /**
     * Applies `changes` only if the job is still at the version `job` was read at. Undefined
     * when another writer got there first (or the job expired): the caller lost the race and
     * must not act on its stale copy. This is the fence that keeps two workers from both
     * finishing one job.
     */
    async transition(job: Job, changes: JobChanges): Promise<Job | undefined> {
      try {
        const { values, remove } = clearsOf<Job>(changes);
        return await mapper.update(jobEntity, { id: job.id }, values, {
          expectedVersion: job.version,
          remove,
        });
      } catch (error) {
        if (error instanceof WriteConflictError) return undefined;
        throw error;
      }
    },
  };
}

export type JobRepository = ReturnType<typeof createJobRepository>;
