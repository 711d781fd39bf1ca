import type { AppDeps } from '#app';
import type { EntityChange } from './stream-dispatcher.ts';

/** The entity tag of asynchronous job items; the worker's stream filter lets only these through. */
export const JOB_ENTITY_TAG = 'Job';

/** Reacts to one change of one entity. Throwing marks the stream record as failed (it is retried). */
export type EntityChangeHandler = (change: EntityChange) => Promise<void>;

/** Handlers by entity tag (`_et`). */
export type JobHandlerRegistry = Readonly<Record<string, EntityChangeHandler>>;

/** Builds the registry from the container's dependencies. */
export type JobHandlerFactory = (deps: AppDeps) => JobHandlerRegistry;

/**
 * The handlers the stream worker runs (on Lambda and in the local poller of `npm start`).
 * Jobs have one type so far (project exports); records of other entities are skipped.
 */
export const createJobHandlers: JobHandlerFactory = (deps) => ({
  [JOB_ENTITY_TAG]: deps.exportJob,
});
