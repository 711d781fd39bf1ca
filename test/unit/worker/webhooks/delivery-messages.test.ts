import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { WebhookDue } from '#data/entities/webhook-delivery';
import { createLogger } from '#lib/logger';
import { createDeliveryMessageHandler } from '#worker/webhooks/delivery-messages';

/**
 * The SQS side of deliveries, without SQS (no local stand-in runs here): the queue is a recording
 * function and the deliverer one that records what it was asked to attempt.
 */
const now = new Date('2026-12-07T12:00:00.000Z');
const due = (dueAt: string, deliveryId = '01JD3Q8Y8R0W4N6M2K5T7V9XZA'): WebhookDue => ({
  shard: 1,
  dueAt,
  deliveryId,
  webhookId: '01JD3Q8Y8R0W4N6M2K5T7V9XZB',
  ttl: 1_900_000_000,
});
const eventOf = (...bodies: WebhookDue[]): SQSEvent =>
  ({
    Records: bodies.map((body, index) => ({
      messageId: `m${index}`,
      body: JSON.stringify(body),
      eventSource: 'aws:sqs',
    })),
  }) as unknown as SQSEvent;

function setup(attemptFails = false) {
  const sent: Array<{ due: WebhookDue; delaySeconds: number }> = [];
  const attempted: WebhookDue[] = [];
  const handle = createDeliveryMessageHandler({
    attempt: async (item) => {
      if (attemptFails) throw new Error('table unavailable');
      attempted.push(item);
      return 'delivered';
    },
    queue: {
      send: async (items, delaySeconds = 0) => {
        for (const item of items) sent.push({ due: item, delaySeconds });
      },
    },
    logger: createLogger({ level: 'SILENT', serviceName: 'test' }),
    clock: { now: () => now },
  });
  return { handle, sent, attempted };
}

describe('the delivery queue handler', () => {
  it('attempts a message that is due', async () => {
    const { handle, sent, attempted } = setup();
    const item = due('2026-12-07T11:59:59.000Z');
    expect(await handle(eventOf(item))).toEqual({ batchItemFailures: [] });
    expect(attempted).toEqual([item]);
    expect(sent).toEqual([]);
  });

  it('sends a message that is not due yet back with the time left, without attempting it', async () => {
    const { handle, sent, attempted } = setup();
    const item = due('2026-12-07T13:00:00.000Z');
    await handle(eventOf(item));
    expect(attempted).toEqual([]);
    expect(sent).toEqual([{ due: item, delaySeconds: 3600 }]);
  });

  it('reports a message whose handling failed as a batch item failure, and only that one', async () => {
    const { handle } = setup(true);
    const response = await handle(eventOf(due('2026-12-07T11:00:00.000Z')));
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm0' }]);
  });
});
