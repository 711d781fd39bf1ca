import { commentEntity } from '#data/entities/comment';
import { projectEntity } from '#data/entities/project';
import { taskEntity } from '#data/entities/task';
import { webhookDueEntity } from '#data/entities/webhook-delivery';
import { ACTIVITY_ENTITY_TAGS, DELETION_ENTITY_TAG } from '#worker/activity-entries';
import type {
  BatchedChangeHandler,
  EntityChangeHandler,
  StreamConsumer,
  StreamFilter,
} from './stream-dispatcher.ts';
import { passesFilters } from './stream-dispatcher.ts';

/** The entity tag of asynchronous job items. */
export const JOB_ENTITY_TAG = 'Job';
/** The entity tag of a project's `#META` item; its removal starts the purge. */
export const PROJECT_ENTITY_TAG = projectEntity.name;
/** The entity tag of a task's canonical item; its removal finishes the removal of its subtasks. */
export const TASK_ENTITY_TAG = taskEntity.name;

/**
 * What each consumer of the table's stream is given, one rule for both runtimes: the event source
 * mapping's filter criteria on AWS (infra/constructs/stream-worker.ts, the union of all of them) and
 * the local poller's filter. A record goes to every consumer whose filters it passes.
 */
export const STREAM_SUBSCRIPTIONS = {
  /** Any change whose new image is a job. */
  exportJob: [{ image: 'NewImage', entityTag: JOB_ENTITY_TAG }],
  /** The removal of a project. */
  projectPurge: [{ eventName: 'REMOVE', image: 'OldImage', entityTag: PROJECT_ENTITY_TAG }],
  /** Tasks and comments written or removed, and project removals: what search finds. */
  searchIndex: [
    { image: 'NewImage', entityTag: taskEntity.name },
    { eventName: 'REMOVE', image: 'OldImage', entityTag: taskEntity.name },
    { image: 'NewImage', entityTag: commentEntity.name },
    { eventName: 'REMOVE', image: 'OldImage', entityTag: commentEntity.name },
    { eventName: 'REMOVE', image: 'OldImage', entityTag: PROJECT_ENTITY_TAG },
  ],
  /** Every new image of what users change, and the deletion markers (who deleted what). */
  activity: [
    ...Object.values(ACTIVITY_ENTITY_TAGS).map((entityTag) => ({ image: 'NewImage' as const, entityTag })),
    { eventName: 'INSERT', image: 'NewImage', entityTag: DELETION_ENTITY_TAG },
  ],
  /** The removal of a task (its subtasks go with it). */
  subtreePurge: [{ eventName: 'REMOVE', image: 'OldImage', entityTag: TASK_ENTITY_TAG }],
  /** What the activity records is what webhooks announce: one delivery per endpoint that wants it. */
  webhooks: [
    ...Object.values(ACTIVITY_ENTITY_TAGS).map((entityTag) => ({ image: 'NewImage' as const, entityTag })),
    { eventName: 'INSERT', image: 'NewImage', entityTag: DELETION_ENTITY_TAG },
  ],
  /** A new place in the webhook due queue: handed to what runs deliveries (SQS on AWS). */
  webhookQueue: [{ eventName: 'INSERT', image: 'NewImage', entityTag: webhookDueEntity.name }],
  /** A change of a task (a recurring task completed creates its next occurrence). */
  recurrence: [{ eventName: 'MODIFY', image: 'NewImage', entityTag: TASK_ENTITY_TAG }],
} as const satisfies Record<string, readonly StreamFilter[]>;

export type StreamConsumerName = keyof typeof STREAM_SUBSCRIPTIONS;

/**
 * The stream worker's handlers by consumer, built by the worker container (`createWorkerContainer`):
 * one call per record, or (batched) one per record plus one write after the batch.
 */
export type ConsumerHandlers = Record<StreamConsumerName, EntityChangeHandler | BatchedChangeHandler>;

/** Builds the consumer list from the worker's handlers. */
export type StreamConsumerFactory = (handlers: ConsumerHandlers) => readonly StreamConsumer[];

/**
 * Records per stream batch, for the event source mapping (with its 1 s batching window) and the
 * local poller alike. The search index writes a project's blob once per batch, so a bulk write
 * of N tasks costs about N / STREAM_BATCH_SIZE blob writes; task records cost a few milliseconds
 * each elsewhere, so a full batch stays far inside the worker's timeout.
 */
export const STREAM_BATCH_SIZE = 100;

/** Every filter any consumer subscribes with: what the event source mapping lets through. */
export const STREAM_FILTERS: readonly StreamFilter[] = Object.values(STREAM_SUBSCRIPTIONS).flat();

/** Does the record pass one of `STREAM_FILTERS` (as the event source mapping would decide)? */
export function passesStreamFilters(record: Parameters<typeof passesFilters>[1]): boolean {
  return passesFilters(STREAM_FILTERS, record);
}

/** The consumers the stream worker runs (on Lambda and in the local poller of `npm start`). */
export const createStreamConsumers: StreamConsumerFactory = (handlers) =>
  (Object.keys(STREAM_SUBSCRIPTIONS) as StreamConsumerName[]).map((name) => {
    const runner = handlers[name];
    const filters = STREAM_SUBSCRIPTIONS[name];
    return typeof runner === 'function'
      ? { name, filters, handle: runner }
      : { name, filters, handle: runner.handle, flush: runner.flush };
  });
