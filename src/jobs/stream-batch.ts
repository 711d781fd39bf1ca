import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { AppLogger } from '#lib/logger';
import type { DispatchOutcome, StreamDispatcher } from './stream-dispatcher.ts';

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
}

/**
 * A DynamoDB stream batch with partial-batch responses: every record is dispatched, and
 * only the records whose dispatch failed come back in `batchItemFailures`, so Lambda retries
 * those (with `reportBatchItemFailures` on the event source mapping) and not the whole batch.
 */
export function createStreamBatchHandler(deps: StreamBatchDeps) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  return async function handleStreamBatch(
    event: DynamoDBStreamEvent,
    context?: Context,
  ): Promise<DynamoDBBatchResponse> {
    const outcomes: DispatchOutcome[] = [];
    const recordHandler = async (record: DynamoDBRecord) => {
      outcomes.push(await deps.dispatch(record));
    };
    // A batch where every record failed is still a normal answer: all of them are retried.
    const response = await processPartialResponse(event, recordHandler, processor, {
      ...(context ? { context } : {}),
      throwOnFullBatchFailure: false,
    });
    const tally: BatchTally = {
      received: event.Records.length,
      handled: outcomes.filter((outcome) => outcome === 'handled').length,
      skipped: outcomes.filter((outcome) => outcome === 'skipped').length,
      failed: response.batchItemFailures.length,
    };
    processor.errors.forEach((error, index) => {
      const record = processor.failureMessages[index] as DynamoDBRecord | undefined;
      deps.logger.error('stream record failed', {
        sequenceNumber: record?.dynamodb?.SequenceNumber,
        error: describe(error),
      });
    });
    deps.logger.info('stream batch processed', { ...tally });
    deps.onBatch?.(tally);
    return response;
  };
}

function describe(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { name: error.name, message: error.message } : { value: String(error) };
}
