import type { AppDeps } from '#app';
import { projectEntity } from '#data/entities/project';
import { TABLE_KEYS } from '#data/table';
import type { EntityChange, StreamRecordLike } from './stream-dispatcher.ts';

/** The entity tag of asynchronous job items. */
export const JOB_ENTITY_TAG = 'Job';
/** The entity tag of a project's `#META` item; its removal starts the purge. */
export const PROJECT_ENTITY_TAG = projectEntity.name;

/** Reacts to one change of one entity. Throwing marks the stream record as failed (it is retried). */
export type EntityChangeHandler = (change: EntityChange) => Promise<void>;

/** Handlers by entity tag (`_et`). */
export type JobHandlerRegistry = Readonly<Record<string, EntityChangeHandler>>;

/** Builds the registry from the container's dependencies. */
export type JobHandlerFactory = (deps: AppDeps) => JobHandlerRegistry;

/**
 * The records the worker is given, one rule for both runtimes: the event source mapping's filter
 * criteria on AWS (infra/constructs/stream-worker.ts) and the local poller's filter. Any
 * change whose new image is a job; the removal of a project.
 */
export const STREAM_FILTERS: ReadonlyArray<{
  eventName?: 'REMOVE';
  image: 'NewImage' | 'OldImage';
  entityTag: string;
}> = [
  { image: 'NewImage', entityTag: JOB_ENTITY_TAG },
  { eventName: 'REMOVE', image: 'OldImage', entityTag: PROJECT_ENTITY_TAG },
];

/** Does the record pass one of `STREAM_FILTERS` (as the event source mapping would decide)? */
export function passesStreamFilters(record: StreamRecordLike): boolean {
  return STREAM_FILTERS.some((filter) => {
    if (filter.eventName && record.eventName !== filter.eventName) return false;
    const image = record.dynamodb?.[filter.image] as Record<string, { S?: string } | undefined> | undefined;
    return image?.[TABLE_KEYS.entityTag]?.S === filter.entityTag;
  });
}

/** The handlers the stream worker runs (on Lambda and in the local poller of `npm start`). */
export const createJobHandlers: JobHandlerFactory = (deps) => ({
  [JOB_ENTITY_TAG]: deps.exportJob,
  [PROJECT_ENTITY_TAG]: deps.projectPurge,
});
