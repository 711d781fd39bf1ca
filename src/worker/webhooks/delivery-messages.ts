import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { type WebhookDue, webhookDueSchema } from '#data/entities/webhook-delivery';
import type { DeliveryQueue } from '#data/sqs/delivery-queue';
import { type Clock, systemClock } from '#lib/clock';
import type { AppLogger } from '#lib/logger';
import type { AttemptResult } from './webhook-deliverer.ts';

export interface DeliveryMessageHandlerDeps {
  attempt: (due: WebhookDue) => Promise<AttemptResult>;
  queue: Pick<DeliveryQueue, 'send'>;
  logger: AppLogger;
  clock?: Clock;
}

/** A message this early is sent on again rather than attempted (SQS delays by whole seconds). */
const EARLY_MS = 1000;

/**
 * The delivery worker on AWS: each SQS message is a place in the due queue. One that is due is
 * attempted (the deliverer skips it when the delivery has moved on: settled, or due at another
 * time, which has its own message); one due later — a wait longer than SQS's 15-minute delay —
 * goes back on the queue for the time left. A message whose handling fails is a batch item
 * failure: SQS gives it again and, past the receive limit, moves it to the dead-letter queue.
 */
export function createDeliveryMessageHandler(deps: DeliveryMessageHandlerDeps) {
  const clock = deps.clock ?? systemClock;

  async function handle(due: WebhookDue): Promise<void> {
    const wait = Date.parse(due.dueAt) - clock.now().getTime();
    if (wait > EARLY_MS) {
      await deps.queue.send([due], wait / 1000);
      return;
    }
    await deps.attempt(due);
  }

  return async function handleDeliveryMessages(event: SQSEvent): Promise<SQSBatchResponse> {
    const failures: SQSBatchResponse['batchItemFailures'] = [];
    // Concurrently: each attempt is bounded, and a slow endpoint holds only its own message.
    await Promise.all(
      event.Records.map(async (record) => {
        try {
          await handle(webhookDueSchema.parse(JSON.parse(record.body)));
        } catch (error) {
          deps.logger.error('webhook delivery message failed', { messageId: record.messageId, error });
          failures.push({ itemIdentifier: record.messageId });
        }
      }),
    );
    return { batchItemFailures: failures };
  };
}
