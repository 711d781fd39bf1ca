import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskEntity } from '#data/entities/task';
import { DeliveryPageSchema, WebhookWithSecretSchema } from '#http/schemas/webhook';
import { newId } from '#lib/ids';
import {
  expectResponse,
  postProject,
  type SignedIn,
  signedInUsers,
  startTestApi,
  type TestApi,
} from '#test/support/api';
import { eventually } from '#test/support/eventually';
import { sampleTask } from '#test/support/fixtures';
import { streamRecordOf } from '#test/support/stream-records';
import { startWebhookReceiver, verifiedBody } from '#test/support/webhook-receiver';
import { startTestWorker } from '#test/support/worker';
import { createStreamBatchHandler } from '#worker/stream/stream-batch';
import { createStreamConsumers } from '#worker/stream/stream-consumers';
import { createStreamDispatcher, toEntityChange } from '#worker/stream/stream-dispatcher';
import { createWorkerContainer } from '#worker-container';

/**
 * Webhook deliveries across a worker's death: recorded from the stream by one worker that dies
 * before sending them, and sent by the next one, once; a redelivered stream batch records nothing
 * twice. No worker runs until the test starts one.
 */
let api: TestApi;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let owner: SignedIn;

beforeAll(async () => {
  api = await startTestApi({ WEBHOOK_POLL_INTERVAL_MS: '50', WEBHOOK_ATTEMPT_TIMEOUT_MS: '2000' });
  receiver = await startWebhookReceiver();
  ({ owner } = await signedInUsers(api, ['owner']));
}, 120_000);

afterAll(async () => {
  await receiver?.stop();
});

describe('webhook deliveries and a dying worker', () => {
  it('records each delivery once from a redelivered batch, and the restarted worker sends it exactly once', async () => {
    const projectId = (await postProject(owner.client, 'Crash')).id;
    const created = expectResponse(
      await owner.client.post(`/v1/projects/${projectId}/webhooks`, {
        url: receiver.url('/crash'),
        eventTypes: ['task.created'],
      }),
      201,
      WebhookWithSecretSchema,
    );
    const now = new Date().toISOString();
    const batch = Array.from({ length: 3 }, (_, index) =>
      streamRecordOf(
        taskEntity,
        sampleTask({
          id: newId(),
          projectId,
          createdBy: owner.sub,
          title: `Crash ${index}`,
          createdAt: now,
          updatedAt: now,
        }),
      ),
    );
    // The first worker records the deliveries of two records, then dies before sending any.
    const dying = createWorkerContainer(api.config);
    for (const record of batch.slice(0, 2)) await dying.handlers.webhooks(toEntityChange(record));
    // The stream delivers the whole batch again (twice), through the real batch processor.
    const handleBatch = createStreamBatchHandler({
      dispatch: createStreamDispatcher({
        consumers: createStreamConsumers(createWorkerContainer(api.config).handlers),
        logger: dying.logger,
      }),
      logger: dying.logger,
    });
    for (let round = 0; round < 2; round++) {
      expect((await handleBatch({ Records: batch })).batchItemFailures).toEqual([]);
    }
    const log = expectResponse(
      await owner.client.get(`/v1/projects/${projectId}/webhooks/${created.id}/deliveries?limit=100`),
      200,
      DeliveryPageSchema,
    ).items;
    expect(log).toHaveLength(3);
    expect(log.every((delivery) => delivery.status === 'pending' && delivery.attempt === 0)).toBe(true);
    expect(receiver.at('/crash')).toHaveLength(0);

    // The next worker starts: everything recorded is sent, once.
    const worker = await startTestWorker(api.config, api.table);
    try {
      await eventually(async () => {
        const items = expectResponse(
          await owner.client.get(`/v1/projects/${projectId}/webhooks/${created.id}/deliveries?limit=100`),
          200,
          DeliveryPageSchema,
        ).items;
        expect(items.map((delivery) => delivery.status)).toEqual(['delivered', 'delivered', 'delivered']);
      });
    } finally {
      await worker.stop();
    }
    const requests = receiver.at('/crash');
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((request) => request.id)).size).toBe(3);
    const titles = requests.map((request) => verifiedBody(created.secret ?? '', request).data.title).sort();
    expect(titles).toEqual(['Crash 0', 'Crash 1', 'Crash 2']);
  });
});
