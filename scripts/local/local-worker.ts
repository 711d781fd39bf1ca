import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createStreamBatchHandler } from '#worker/stream/stream-batch';
import {
  type ConsumerHandlers,
  createStreamConsumers,
  passesStreamFilters,
  STREAM_BATCH_SIZE,
} from '#worker/stream/stream-consumers';
import { createStreamDispatcher } from '#worker/stream/stream-dispatcher';
import type { WorkerContainer } from '#worker-container';
import { type StreamPoller, startStreamPoller } from './stream-poller.ts';

export interface LocalWorkerOptions {
  /** The worker container's runners (any of them may be replaced, as a bench does). */
  worker: Pick<WorkerContainer, 'logger'> & { handlers: ConsumerHandlers } & Partial<
      Pick<WorkerContainer, 'webhookDeliveries'>
    >;
  dynamodb: DynamoDBClient;
  endpoint: string;
  region: string;
  tableName: string;
  pollIntervalMs?: number;
}

/**
 * The stream worker of `npm start`: the local poller feeds Lambda-shaped batches to the same
 * batch processor, dispatcher and job handlers the Lambda worker runs (src/entry/worker-handler.ts),
 * with the same filter and partial-batch retries. Beside it, webhook deliveries run from the
 * table's due queue (on AWS the delivery queue carries them) with the same deliverer.
 */
export async function startLocalWorker(options: LocalWorkerOptions): Promise<StreamPoller> {
  const stream = await startStreamWorker(options);
  const deliveries = options.worker.webhookDeliveries?.startPolling();
  return {
    async stop() {
      await Promise.all([stream.stop(), deliveries?.stop()]);
    },
  };
}

function startStreamWorker(options: LocalWorkerOptions): Promise<StreamPoller> {
  const { handlers, logger } = options.worker;
  const handleBatch = createStreamBatchHandler({
    dispatch: createStreamDispatcher({ consumers: createStreamConsumers(handlers), logger }),
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
