import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { AppLogger } from '#lib/logger';
import type { DispatchOutcome, FlushFailure, StreamDispatcher } from './stream-dispatcher.ts';

/** How one batch went; `failed` records are the ones reported back for retry. */
export interface BatchTally {
  received: number;
  handled: number;
  skipped: number;
  failed: number;
}

export interface StreamBatchDeps {
  dispatch: StreamDispatcher;
  logger: AppLogger;
  /** Called once per batch (metrics). */
  onBatch?: (tally: BatchTally) => void;
  /** Records of one batch in flight at once (default RECORD_CONCURRENCY). */
  recordConcurrency?: number;
}

/**
 * A batch's records are dispatched side by side, this many at a time: they are independent (every
 * consumer is idempotent by version), but a whole batch of STREAM_BATCH_SIZE at once would crowd
 * the table and run the activity writes past their bound.
 */
export const RECORD_CONCURRENCY = 10;

/** Runs the tasks given to it at most `limit` at a time, in the order they were given. */
function concurrencyLimit(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async function limited<T>(task: () => Promise<T>): Promise<T> {
    if (running < limit) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiting task, if any.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

/**
 * A DynamoDB stream batch with partial-batch responses: every record is dispatched, and
 * only the records whose dispatch failed come back in `batchItemFailures`, so Lambda retries
 * those (with `reportBatchItemFailures` on the event source mapping) and not the whole batch.
 * Then the consumers that gather a batch's changes write them once; when that write fails, every
 * record handed to that consumer fails too (Lambda resumes from the first failed record).
 */
export function createStreamBatchHandler(deps: StreamBatchDeps) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  return async function handleStreamBatch(
    event: DynamoDBStreamEvent,
    context?: Context,
  ): Promise<DynamoDBBatchResponse> {
    const outcomes: DispatchOutcome[] = [];
    const limited = concurrencyLimit(deps.recordConcurrency ?? RECORD_CONCURRENCY);
    const recordHandler = (record: DynamoDBRecord) =>
      limited(async () => {
        outcomes.push(await deps.dispatch(record));
      });
    let response: DynamoDBBatchResponse;
    let flushFailures: FlushFailure[];
    try {
      // A batch where every record failed is still a normal answer: all of them are retried.
      response = await processPartialResponse(event, recordHandler, processor, {
        ...(context ? { context } : {}),
        throwOnFullBatchFailure: false,
      });
    } finally {
      // Even when the batch throws (it is then retried whole): nothing gathered outlives its batch.
      flushFailures = await deps.dispatch.flush();
    }
    processor.errors.forEach((error, index) => {
      const record = processor.failureMessages[index] as DynamoDBRecord | undefined;
      deps.logger.error('stream record failed', {
        sequenceNumber: record?.dynamodb?.SequenceNumber,
        error: describe(error),
      });
    });
    const failed = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
    for (const { consumer, records, error } of flushFailures) {
      deps.logger.error('stream consumer flush failed', {
        consumer,
        records: records.length,
        error: describe(error),
      });
      for (const record of records) {
        const sequenceNumber = record.dynamodb?.SequenceNumber;
        if (sequenceNumber) failed.add(sequenceNumber);
      }
    }
    const batchItemFailures = event.Records.flatMap((record) => {
      const sequenceNumber = record.dynamodb?.SequenceNumber;
      return sequenceNumber && failed.has(sequenceNumber) ? [{ itemIdentifier: sequenceNumber }] : [];
    });
    const tally: BatchTally = {
      received: event.Records.length,
      handled: outcomes.filter((outcome) => outcome === 'handled').length,
      skipped: outcomes.filter((outcome) => outcome === 'skipped').length,
      failed: batchItemFailures.length,
    };
    deps.logger.info('stream batch processed', { ...tally });
    deps.onBatch?.(tally);
    return { batchItemFailures };
  };
}

function describe(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { name: error.name, message: error.message } : { value: String(error) };
}
