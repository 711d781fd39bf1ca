import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { TABLE_KEYS } from '#data/dynamodb/table';
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

/**
 * A handler that gathers a batch's changes in `handle` and writes them once in `flush`, after the
 * batch: for a consumer whose write costs the same for one change as for many (a whole blob).
 */
export interface BatchedChangeHandler {
  readonly handle: EntityChangeHandler;
  /**
   * Writes what `handle` gathered since the last flush. Throwing fails every record handed to the
   * consumer since then, so they are delivered again: the write must stay idempotent.
   */
  readonly flush: () => Promise<void>;
}

/** One kind of record a consumer wants: a change whose given image carries the entity tag. */
export interface StreamFilter {
  readonly eventName?: EntityChange['eventName'];
  readonly image: 'NewImage' | 'OldImage';
  readonly entityTag: string;
}

/**
 * One consumer of the table's stream. A record that fails in any consumer is retried for all of
 * them, so every consumer must be idempotent.
 */
export interface StreamConsumer {
  readonly name: string;
  readonly filters: readonly StreamFilter[];
  readonly handle: EntityChangeHandler;
  /** Called once after each batch it was handed records in (see `BatchedChangeHandler`). */
  readonly flush?: BatchedChangeHandler['flush'];
}

/** Does the raw record pass one of the filters (as the event source mapping would decide)? */
export function passesFilters(filters: readonly StreamFilter[], record: StreamRecordLike): boolean {
  return filters.some((filter) => {
    if (filter.eventName && record.eventName !== filter.eventName) return false;
    const image = record.dynamodb?.[filter.image] as Record<string, { S?: string } | undefined> | undefined;
    return image?.[TABLE_KEYS.entityTag]?.S === filter.entityTag;
  });
}

export type DispatchOutcome = 'handled' | 'skipped';

/** A consumer whose flush failed, and the records it had been handed since its last flush. */
export interface FlushFailure {
  consumer: string;
  records: StreamRecordLike[];
  error: unknown;
}

export interface StreamDispatcherDeps {
  consumers: readonly StreamConsumer[];
  logger: AppLogger;
}

/**
 * Sends each stream record to every consumer whose filters it passes, one after another. Records
 * no consumer wants are skipped (and reported as such); a consumer that throws fails the record.
 * After a batch, `flush` lets the consumers that gather changes write them.
 */
export function createStreamDispatcher(deps: StreamDispatcherDeps) {
  /** The records handed to each consumer with a flush since it last flushed. */
  const unflushed = new Map<StreamConsumer, StreamRecordLike[]>();

  async function dispatchRecord(record: StreamRecordLike): Promise<DispatchOutcome> {
    const change = toEntityChange(record);
    const wanting = deps.consumers.filter((consumer) => passesFilters(consumer.filters, record));
    if (wanting.length === 0) {
      deps.logger.debug('stream record skipped: no consumer', {
        eventId: change.eventId,
        entityTag: change.entityTag,
      });
      return 'skipped';
    }
    for (const consumer of wanting) {
      if (consumer.flush) {
        const handed = unflushed.get(consumer) ?? [];
        handed.push(record);
        unflushed.set(consumer, handed);
      }
      await consumer.handle(change);
    }
    return 'handled';
  }

  /**
   * Flushes every consumer handed records since its last flush (call it once after each batch).
   * Never throws: a failed flush comes back with the records whose changes it may not have written.
   */
  async function flush(): Promise<FlushFailure[]> {
    const failures: FlushFailure[] = [];
    for (const [consumer, records] of [...unflushed]) {
      unflushed.delete(consumer);
      try {
        await consumer.flush?.();
      } catch (error) {
        failures.push({ consumer: consumer.name, records, error });
      }
    }
    return failures;
  }

  return Object.assign(dispatchRecord, { flush });
}

export type StreamDispatcher = ReturnType<typeof createStreamDispatcher>;
