import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { WebhookDue } from '#data/entities/webhook-delivery';

/** SQS delays a message at most 15 minutes; a longer wait is re-queued when it comes back. */
export const MAX_QUEUE_DELAY_SECONDS = 900;

/**
 * The managed queue between the stream and the deliveries (SQS on AWS). A message is a place in
 * the due queue (which delivery, due when), sent with the delay left until then; the delivery's
 * state in the table decides what happens, so a duplicate or stale message does no harm.
 */
export function createSqsDeliveryQueue(client: SQSClient, queueUrl: string) {
  return {
    async send(refs: readonly WebhookDue[], delaySeconds = 0): Promise<void> {
      const delay = Math.max(0, Math.min(MAX_QUEUE_DELAY_SECONDS, Math.ceil(delaySeconds)));
      for (let start = 0; start < refs.length; start += 10) {
        const chunk = refs.slice(start, start + 10);
        const answer = await client.send(
          new SendMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: chunk.map((ref, index) => ({
              Id: String(index),
              MessageBody: JSON.stringify(ref),
              DelaySeconds: delay,
            })),
          }),
        );
        if (answer.Failed && answer.Failed.length > 0) {
          throw new Error(`the delivery queue refused ${answer.Failed.length} messages`);
        }
      }
    },
  };
}

export type DeliveryQueue = ReturnType<typeof createSqsDeliveryQueue>;
