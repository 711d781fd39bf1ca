import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createJobHandlers, passesStreamFilters, STREAM_BATCH_SIZE } from '#jobs/job-handlers';
import { createStreamBatchHandler } from '#jobs/stream-batch';
import { createStreamDispatcher } from '#jobs/stream-dispatcher';
import type { WorkerContainer } from '#worker-container';
import { type StreamPoller, startStreamPoller } from './stream-poller.ts';

export interface LocalWorkerOptions {
  worker: Pick<WorkerContainer, 'jobs' | 'logger'>;
  dynamodb: DynamoDBClient;
  endpoint: string;
  region: string;
  tableName: string;
  pollIntervalMs?: number;
}

/**
 * The stream worker of `npm start`: the local poller feeds Lambda-shaped batches to the same
 * batch processor, dispatcher and job handlers the Lambda worker runs (src/entry/worker-handler.ts),
 * with the same filter and partial-batch retries.
 */
export function startLocalWorker(options: LocalWorkerOptions): Promise<StreamPoller> {
  const { jobs, logger } = options.worker;
  const handleBatch = createStreamBatchHandler({
    dispatch: createStreamDispatcher({ consumers: createJobHandlers(jobs), logger }),
    logger,
  });
  return startStreamPoller({
    dynamodb: options.dynamodb,
    endpoint: options.endpoint,
    region: options.region,
    tableName: options.tableName,
    handler: (event) => handleBatch(event),
    filter: passesStreamFilters,
    batchSize: STREAM_BATCH_SIZE,
    maxAttempts: 4,
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    onError: (message, detail) => logger.error(message, detail),
  });
}
