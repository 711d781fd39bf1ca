import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, DynamoDBStreamEvent, SQSEvent } from 'aws-lambda';
import { createLambdaObservability, instrumentHandler } from '#lib/lambda-observability';
import { METRIC } from '#lib/metric-names';
import { createStreamBatchHandler } from '#worker/stream/stream-batch';
import type { StreamConsumerFactory } from '#worker/stream/stream-consumers';
import { createStreamDispatcher } from '#worker/stream/stream-dispatcher';
import { createWorkerContainer } from '#worker-container';
import { loadLambdaConfig } from './lambda-config.ts';

/**
 * Wires the stream worker for one execution environment (call it at module scope; no I/O):
 * configuration, observability, the worker container, its stream consumers and the batch processor.
 */
export function createWorkerHandler(createConsumers: StreamConsumerFactory) {
  const config = loadLambdaConfig();
  const observability = createLambdaObservability(config);
  const { logger, metrics } = observability;
  const worker = createWorkerContainer(config, { logger, instrumentClient: observability.instrumentClient });
  const handleBatch = createStreamBatchHandler({
    dispatch: createStreamDispatcher({ consumers: createConsumers(worker.handlers), logger }),
    logger,
    onBatch(tally) {
      metrics.addMetric(METRIC.streamRecordsHandled, MetricUnit.Count, tally.handled);
      metrics.addMetric(METRIC.streamRecordsSkipped, MetricUnit.Count, tally.skipped);
      metrics.addMetric(METRIC.streamRecordsFailed, MetricUnit.Count, tally.failed);
    },
  });
  return instrumentHandler(
    observability,
    { name: 'worker' },
    // The same bundle runs the webhook delivery function, fed by the delivery queue (SQS).
    (event: DynamoDBStreamEvent | SQSEvent, context: Context) =>
      isQueueEvent(event) ? worker.webhookDeliveries.handleMessages(event) : handleBatch(event, context),
  );
}

function isQueueEvent(event: DynamoDBStreamEvent | SQSEvent): event is SQSEvent {
  return event.Records[0]?.eventSource === 'aws:sqs';
}
