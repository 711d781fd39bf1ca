import { projectEntity } from '#data/entities/project';
import { ENTITY_TAG_ATTRIBUTE } from '#data/table';
import type { EntityChangeHandler, JobHandlerRegistry, StreamRecordLike } from './stream-dispatcher.ts';

/** The entity tag of asynchronous job items. */
export const JOB_ENTITY_TAG = 'Job';
/** The entity tag of a project's `#META` item; its removal starts the purge. */
export const PROJECT_ENTITY_TAG = projectEntity.name;

/** The stream worker's handlers, built by the worker container (`createWorkerContainer`). */
export interface JobRunners {
  /** Runs export jobs. */
  exportJob: EntityChangeHandler;
  /** Purges what a removed project held. */
  projectPurge: EntityChangeHandler;
}

/** Builds the registry from the worker's job runners. */
export type JobHandlerFactory = (runners: JobRunners) => JobHandlerRegistry;

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
    return image?.[ENTITY_TAG_ATTRIBUTE]?.S === filter.entityTag;
  });
}

/** The handlers the stream worker runs (on Lambda and in the local poller of `npm start`). */
export const createJobHandlers: JobHandlerFactory = (runners) => ({
  [JOB_ENTITY_TAG]: runners.exportJob,
  [PROJECT_ENTITY_TAG]: runners.projectPurge,
});
