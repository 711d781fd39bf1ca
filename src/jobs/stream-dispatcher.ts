import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { TABLE_KEYS } from '#data/table';
import type { AppLogger } from '#lib/logger';

/** One change of one item, decoded from a DynamoDB stream record. */
export interface EntityChange {
  eventId: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  /** `_et` of the new image, or of the old one for removals. */
  entityTag: string | undefined;
  keys: Record<string, unknown>;
  newImage?: Record<string, unknown> | undefined;
  oldImage?: Record<string, unknown> | undefined;
}

/** A record the worker cannot read; it fails (and is retried, then dead-lettered) rather than vanish. */
export class StreamRecordError extends Error {
  override name = 'StreamRecordError';
}

const EVENT_NAMES: ReadonlySet<string> = new Set(['INSERT', 'MODIFY', 'REMOVE']);

function isEventName(name: string | undefined): name is EntityChange['eventName'] {
  return name !== undefined && EVENT_NAMES.has(name);
}

type Image = Record<string, AttributeValue>;

/**
 * The fields the dispatcher reads. Both Lambda's `DynamoDBRecord` and the Streams API's
 * GetRecords records (what a local poller sees) have this shape.
 */
export interface StreamRecordLike {
  eventID?: string | undefined;
  eventName?: string | undefined;
  dynamodb?:
    | {
        Keys?: Record<string, unknown> | undefined;
        NewImage?: Record<string, unknown> | undefined;
        OldImage?: Record<string, unknown> | undefined;
        SequenceNumber?: string | undefined;
      }
    | undefined;
}

/** Decodes a stream record into plain objects. */
export function toEntityChange(record: StreamRecordLike): EntityChange {
  const data = record.dynamodb;
  const eventName = record.eventName;
  if (!data || !isEventName(eventName)) {
    throw new StreamRecordError(`stream record ${record.eventID ?? '?'} has no change data`);
  }
  // Both record types carry DynamoDB's wire format; the SDK's AttributeValue names it.
  const newImage = data.NewImage ? unmarshall(data.NewImage as Image) : undefined;
  const oldImage = data.OldImage ? unmarshall(data.OldImage as Image) : undefined;
  if (!newImage && !oldImage) {
    throw new StreamRecordError(
      `stream record ${record.eventID ?? '?'} carries no image: the stream must be NEW_AND_OLD_IMAGES`,
    );
  }
  const tag = (newImage ?? oldImage)?.[TABLE_KEYS.entityTag];
  return {
    eventId: record.eventID ?? '',
    eventName,
    entityTag: typeof tag === 'string' ? tag : undefined,
    keys: data.Keys ? unmarshall(data.Keys as Image) : {},
    newImage,
    oldImage,
  };
}

/** Reacts to one change of one entity. Throwing marks the stream record as failed (it is retried). */
export type EntityChangeHandler = (change: EntityChange) => Promise<void>;

/** Handlers by entity tag (`_et`); `createJobHandlers` builds the worker's. */
export type JobHandlerRegistry = Readonly<Record<string, EntityChangeHandler>>;

export type DispatchOutcome = 'handled' | 'skipped';

export interface StreamDispatcherDeps {
  handlers: JobHandlerRegistry;
  logger: AppLogger;
}

/**
 * Sends each stream record to the handler registered for its entity tag. Records with no
 * handler are skipped (and reported as such); a handler that throws fails that record only.
 */
export function createStreamDispatcher(deps: StreamDispatcherDeps) {
  return async function dispatchRecord(record: StreamRecordLike): Promise<DispatchOutcome> {
    const change = toEntityChange(record);
    const handler = change.entityTag === undefined ? undefined : deps.handlers[change.entityTag];
    if (!handler) {
      deps.logger.debug('stream record skipped: no handler', {
        eventId: change.eventId,
        entityTag: change.entityTag,
      });
      return 'skipped';
    }
    await handler(change);
    return 'handled';
  };
}

export type StreamDispatcher = ReturnType<typeof createStreamDispatcher>;
