import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestTable, stackClients, stackContext } from '#test/support/stack';
import { type StreamPoller, startStreamPoller } from '../../../scripts/local/stream-poller.ts';

const isJob = (record: DynamoDBRecord) => record.dynamodb?.NewImage?._et?.S === 'Job';

async function eventually(check: () => void, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('the local stream poller', () => {
  let poller: StreamPoller | undefined;
  afterEach(async () => {
    await poller?.stop();
    poller = undefined;
  });

  async function start(
    table: string,
    handler: (
      event: DynamoDBStreamEvent,
    ) => Promise<{ batchItemFailures: Array<{ itemIdentifier: string }> }>,
  ) {
    poller = await startStreamPoller({
      dynamodb: stackClients.dynamodb(),
      endpoint: stackContext().endpoints.dynamodb,
      region: 'eu-west-1',
      tableName: table,
      handler,
      filter: isJob,
      pollIntervalMs: 20,
      batchSize: 10,
      onError: (message, detail) => console.error(`stream poller: ${message}`, detail),
    });
  }

  const put = (table: string, id: string, entity: string) =>
    stackClients.dynamodb().send(
      new PutItemCommand({
        TableName: table,
        Item: { pk: { S: `JOB#${id}` }, sk: { S: '#META' }, _et: { S: entity }, id: { S: id } },
      }),
    );

  it('delivers matching records shaped like a Lambda DynamoDB stream event', async () => {
    const table = await createTestTable();
    const received: DynamoDBRecord[] = [];
    await start(table, async (event) => {
      received.push(...event.Records);
      return { batchItemFailures: [] };
    });
    await put(table, 'a', 'Task');
    await put(table, 'b', 'Job');
    await eventually(() => expect(received).toHaveLength(1));
    const [record] = received;
    expect(record).toMatchObject({
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
      awsRegion: 'eu-west-1',
      eventSourceARN: expect.stringContaining(table),
      dynamodb: { NewImage: { id: { S: 'b' } }, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    expect(typeof record?.dynamodb?.ApproximateCreationDateTime).toBe('number');
  });

  it('retries from the first failed record of a partial batch failure', async () => {
    const table = await createTestTable();
    const deliveries: string[][] = [];
    let failedOnce = false;
    await start(table, async (event) => {
      const ids = event.Records.map((record) => record.dynamodb?.NewImage?.id?.S ?? '?');
      deliveries.push(ids);
      const second = event.Records.find((record) => record.dynamodb?.NewImage?.id?.S === 'two');
      if (second && !failedOnce) {
        failedOnce = true;
        return { batchItemFailures: [{ itemIdentifier: second.dynamodb?.SequenceNumber ?? '' }] };
      }
      return { batchItemFailures: [] };
    });
    for (const id of ['one', 'two', 'three']) await put(table, id, 'Job');
    await eventually(() =>
      expect(deliveries.flat().filter((id) => id === 'three').length).toBeGreaterThanOrEqual(1),
    );
    await eventually(() => expect(failedOnce).toBe(true));
    const flat = deliveries.flat();
    expect(flat.filter((id) => id === 'one')).toHaveLength(1);
    expect(flat.filter((id) => id === 'two')).toHaveLength(2);
  });
});
