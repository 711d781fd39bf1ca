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
 * The handlers the stream worker runs. Empty until the first job (exports) registers here
 * under `JOB_ENTITY_TAG`; until then every record is skipped and counted.
 */
export const createJobHandlers: JobHandlerFactory = (_deps) => ({});
