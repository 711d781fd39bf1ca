import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { passesStreamFilters } from '#jobs/job-handlers';
import { createStreamBatchHandler } from '#jobs/stream-batch';
import type { EntityChange, EntityChangeHandler, StreamConsumer } from '#jobs/stream-dispatcher';
import { createStreamDispatcher, StreamRecordError, toEntityChange } from '#jobs/stream-dispatcher';
import { memoryLogger } from '#test/support/app';
import { lambdaFixture } from '#test/support/lambda';

/** A consumer of every new image carrying the tag. */
function consumer(entityTag: string, handle: EntityChangeHandler): StreamConsumer {
  return { name: entityTag, filters: [{ image: 'NewImage', entityTag }], handle };
}

function records(): DynamoDBRecord[] {
  return lambdaFixture<DynamoDBStreamEvent>('dynamodb-stream-event.json').Records;
}

describe('toEntityChange', () => {
  it('decodes images, keys and the entity tag into plain values', () => {
    const [, modify] = records();
    expect(toEntityChange(modify as DynamoDBRecord)).toEqual({
      eventId: 'c81e728d9d4c2f636f067f89cc14862c',
      eventName: 'MODIFY',
      entityTag: 'Job',
      keys: { pk: 'JOB#01JD0000000000000000000002', sk: 'JOB' },
      newImage: expect.objectContaining({ _et: 'Job', status: 'pending', version: 2 }),
      oldImage: expect.objectContaining({ version: 1 }),
    });
  });

  it('takes the tag from the old image of a removal', () => {
    const [insert] = records();
    const removal = { ...insert, eventName: 'REMOVE' as const, dynamodb: { ...insert?.dynamodb } };
    removal.dynamodb.OldImage = removal.dynamodb.NewImage;
    delete removal.dynamodb.NewImage;
    expect(toEntityChange(removal).entityTag).toBe('Job');
  });

  it('refuses a record with no image (a KEYS_ONLY stream) instead of skipping it', () => {
    const [insert] = records();
    const keysOnly = { ...insert, dynamodb: { Keys: insert?.dynamodb?.Keys, SequenceNumber: '9' } };
    expect(() => toEntityChange(keysOnly)).toThrow(StreamRecordError);
    expect(() => toEntityChange({ eventID: 'x' })).toThrow(/has no change data/);
  });
});

describe('createStreamDispatcher', () => {
  it('runs the handler registered for the entity tag and skips the rest', async () => {
    const seen: EntityChange[] = [];
    const dispatch = createStreamDispatcher({
      consumers: [consumer('Job', async (change) => void seen.push(change))],
      logger: memoryLogger(),
    });
    const outcomes = [];
    for (const record of records()) outcomes.push(await dispatch(record));
    expect(outcomes).toEqual(['handled', 'handled', 'skipped']);
    expect(seen.map((change) => change.keys.pk)).toEqual([
      'JOB#01JD0000000000000000000001',
      'JOB#01JD0000000000000000000002',
    ]);
  });

  it('runs every consumer whose filters the record passes, in order', async () => {
    const ran: string[] = [];
    const dispatch = createStreamDispatcher({
      consumers: [
        { ...consumer('Job', async () => void ran.push('first')), name: 'first' },
        consumer('Task', async () => void ran.push('tasks')),
        { ...consumer('Job', async () => void ran.push('second')), name: 'second' },
      ],
      logger: memoryLogger(),
    });
    expect(await dispatch(records()[0] as DynamoDBRecord)).toBe('handled');
    expect(ran).toEqual(['first', 'second']);
  });

  it("propagates a handler's failure", async () => {
    const dispatch = createStreamDispatcher({
      consumers: [consumer('Job', async () => Promise.reject(new Error('export failed')))],
      logger: memoryLogger(),
    });
    await expect(dispatch(records()[0] as DynamoDBRecord)).rejects.toThrow('export failed');
  });
});

describe('createStreamBatchHandler', () => {
  it('reports failed records by sequence number and tallies every outcome', async () => {
    const tallies: unknown[] = [];
    const logger = memoryLogger();
    const handle = createStreamBatchHandler({
      dispatch: createStreamDispatcher({
        consumers: [
          consumer('Job', async (change) => {
            if (change.eventName === 'MODIFY') throw new Error('boom');
          }),
        ],
        logger,
      }),
      logger,
      onBatch: (tally) => tallies.push(tally),
    });
    const response = await handle({ Records: records() });
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '111100000000000000000002' }] });
    expect(tallies).toEqual([{ received: 3, handled: 1, skipped: 1, failed: 1 }]);
    expect(logger.lines.find((line) => line.level === 'error')?.extra).toMatchObject({
      sequenceNumber: '111100000000000000000002',
      error: { message: 'boom' },
    });
  });

  it('answers a batch where every record fails with all of them rather than throwing', async () => {
    const logger = memoryLogger();
    const handle = createStreamBatchHandler({
      dispatch: createStreamDispatcher({
        consumers: [
          consumer('Job', () => Promise.reject(new Error('down'))),
          consumer('Task', () => Promise.reject(new Error('down'))),
        ],
        logger,
      }),
      logger,
    });
    const response = await handle({ Records: records() });
    expect(response.batchItemFailures).toHaveLength(3);
  });
});

describe('the stream filters (event source mapping and local poller)', () => {
  const record = (eventName: DynamoDBRecord['eventName'], image: 'NewImage' | 'OldImage', tag: string) =>
    ({ eventName, dynamodb: { [image]: { _et: { S: tag } } } }) as DynamoDBRecord;

  it('pass every change of a job and the removal of a project, nothing else', () => {
    expect(passesStreamFilters(record('INSERT', 'NewImage', 'Job'))).toBe(true);
    expect(passesStreamFilters(record('MODIFY', 'NewImage', 'Job'))).toBe(true);
    expect(passesStreamFilters(record('REMOVE', 'OldImage', 'Project'))).toBe(true);
    expect(passesStreamFilters(record('MODIFY', 'NewImage', 'Project'))).toBe(false);
    expect(passesStreamFilters(record('INSERT', 'NewImage', 'Project'))).toBe(false);
    expect(passesStreamFilters(record('REMOVE', 'OldImage', 'Membership'))).toBe(false);
    expect(passesStreamFilters(record('INSERT', 'NewImage', 'Task'))).toBe(false);
  });
});
