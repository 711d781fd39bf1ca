import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { ENTITY_TAG_ATTRIBUTE } from '#data/table';
import type { AppLogger } from '#lib/logger';
import type { JobHandlerRegistry } from './job-handlers.ts';

/** One change of one item, decoded from a DynamoDB stream record. */
export interface EntityChange {
  eventId: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  /** `_et` of the new image, or of the old one for removals. */
  entityTag: string | undefined;
  keys: Record<string, unknown>;
  newImage?: Record<string, unknown>;
  oldImage?: Record<string, unknown>;
}

/** A record the worker cannot read; it fails (and is retried, then dead-lettered) rather than vanish. */
export class StreamRecordError extends Error {
  override name = 'StreamRecordError';
}

const EVENT_NAMES = new Set(['INSERT', 'MODIFY', 'REMOVE']);

type Image = Record<string, AttributeValue>;

/** Decodes a stream record (Lambda's or a local GetRecords poller's) into plain objects. */
export function toEntityChange(record: DynamoDBRecord): EntityChange {
  const data = record.dynamodb;
  const eventName = record.eventName;
  if (!data || !eventName || !EVENT_NAMES.has(eventName)) {
    throw new StreamRecordError(`stream record ${record.eventID ?? '?'} has no change data`);
  }
  // The stream types describe AttributeValue loosely; the wire format is the SDK's.
  const newImage = data.NewImage ? unmarshall(data.NewImage as Image) : undefined;
  const oldImage = data.OldImage ? unmarshall(data.OldImage as Image) : undefined;
  if (!newImage && !oldImage) {
    throw new StreamRecordError(
      `stream record ${record.eventID ?? '?'} carries no image: the stream must be NEW_AND_OLD_IMAGES`,
    );
  }
  const tag = (newImage ?? oldImage)?.[ENTITY_TAG_ATTRIBUTE];
  return {
    eventId: record.eventID ?? '',
    eventName,
    entityTag: typeof tag === 'string' ? tag : undefined,
    keys: data.Keys ? unmarshall(data.Keys as Image) : {},
    newImage,
    oldImage,
  };
}

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
  return async function dispatchRecord(record: DynamoDBRecord): Promise<DispatchOutcome> {
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
