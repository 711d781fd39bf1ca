import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '#test/support/app';
import { lambdaFixture } from '#test/support/lambda';
import { createStreamBatchHandler, RECORD_CONCURRENCY } from '#worker/stream/stream-batch';
import { passesStreamFilters } from '#worker/stream/stream-consumers';
import type { EntityChange, EntityChangeHandler, StreamConsumer } from '#worker/stream/stream-dispatcher';
import { createStreamDispatcher, StreamRecordError, toEntityChange } from '#worker/stream/stream-dispatcher';

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
          consumer('TaskRef', () => Promise.reject(new Error('down'))),
        ],
        logger,
      }),
      logger,
    });
    const response = await handle({ Records: records() });
    expect(response.batchItemFailures).toHaveLength(3);
  });
});

describe('consumers that write once per batch (flush)', () => {
  /** `count` job records with their own sequence numbers. */
  function jobRecords(count: number): DynamoDBRecord[] {
    const [insert] = records();
    return Array.from({ length: count }, (_, index) => ({
      ...insert,
      eventID: `job-${index}`,
      dynamodb: { ...insert?.dynamodb, SequenceNumber: String(5000 + index) },
    }));
  }

  /** A consumer of job records that gathers them and writes them in its flush. */
  function gathering(flushFails = false) {
    const written: number[] = [];
    let gathered = 0;
    const calls = { flush: 0 };
    const batched: StreamConsumer = {
      ...consumer('Job', async () => {
        gathered += 1;
      }),
      flush: async () => {
        calls.flush += 1;
        if (flushFails) throw new Error('bucket down');
        written.push(gathered);
        gathered = 0;
      },
    };
    return { batched, written, calls };
  }

  it('flushes once after every record of the batch was handled, and not in a batch it was handed nothing', async () => {
    const { batched, written, calls } = gathering();
    const perRecord: string[] = [];
    const handle = createStreamBatchHandler({
      dispatch: createStreamDispatcher({
        consumers: [batched, consumer('Job', async (change) => void perRecord.push(change.eventId))],
        logger: memoryLogger(),
      }),
      logger: memoryLogger(),
    });
    expect((await handle({ Records: jobRecords(25) })).batchItemFailures).toEqual([]);
    expect(written).toEqual([25]);
    expect(perRecord).toHaveLength(25);
    const [, , unsubscribed] = records();
    await handle({ Records: [unsubscribed as DynamoDBRecord] });
    expect(calls.flush).toBe(1);
  });

  it('fails every record handed to a consumer whose flush fails (and logs it), the others not', async () => {
    const { batched } = gathering(true);
    const logger = memoryLogger();
    const tallies: unknown[] = [];
    const handle = createStreamBatchHandler({
      dispatch: createStreamDispatcher({ consumers: [batched], logger }),
      logger,
      onBatch: (tally) => tallies.push(tally),
    });
    const [, , unsubscribed] = records();
    const batch = [...jobRecords(3), unsubscribed as DynamoDBRecord];
    const response = await handle({ Records: batch });
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: '5000' },
      { itemIdentifier: '5001' },
      { itemIdentifier: '5002' },
    ]);
    expect(tallies).toEqual([{ received: 4, handled: 3, skipped: 1, failed: 3 }]);
    expect(logger.lines.find((line) => line.message === 'stream consumer flush failed')?.extra).toMatchObject(
      {
        consumer: 'Job',
        records: 3,
        error: { message: 'bucket down' },
      },
    );
  });

  it('dispatches at most RECORD_CONCURRENCY records of a batch at once, in order', async () => {
    let inFlight = 0;
    let most = 0;
    const started: string[] = [];
    const handle = createStreamBatchHandler({
      dispatch: createStreamDispatcher({
        consumers: [
          consumer('Job', async (change) => {
            started.push(change.eventId);
            inFlight += 1;
            most = Math.max(most, inFlight);
            await new Promise((resolve) => setTimeout(resolve, 5));
            inFlight -= 1;
          }),
        ],
        logger: memoryLogger(),
      }),
      logger: memoryLogger(),
    });
    const batch = jobRecords(RECORD_CONCURRENCY * 3 + 1);
    expect((await handle({ Records: batch })).batchItemFailures).toEqual([]);
    expect(started).toEqual(batch.map((record) => record.eventID));
    expect(most).toBe(RECORD_CONCURRENCY);
  });
});

describe('the stream filters (event source mapping and local poller)', () => {
  const record = (eventName: DynamoDBRecord['eventName'], image: 'NewImage' | 'OldImage', tag: string) =>
    ({ eventName, dynamodb: { [image]: { _et: { S: tag } } } }) as DynamoDBRecord;

  it('pass every change of a job, what users change, deletion markers and the removal of a project, task or comment, nothing else', () => {
    expect(passesStreamFilters(record('INSERT', 'NewImage', 'Job'))).toBe(true);
    expect(passesStreamFilters(record('MODIFY', 'NewImage', 'Job'))).toBe(true);
    expect(passesStreamFilters(record('REMOVE', 'OldImage', 'Project'))).toBe(true);
    for (const tag of ['Task', 'Comment', 'Attachment', 'Membership', 'Project']) {
      expect(passesStreamFilters(record('INSERT', 'NewImage', tag))).toBe(true);
      expect(passesStreamFilters(record('MODIFY', 'NewImage', tag))).toBe(true);
    }
    expect(passesStreamFilters(record('INSERT', 'NewImage', 'Deletion'))).toBe(true);
    expect(passesStreamFilters(record('REMOVE', 'OldImage', 'Deletion'))).toBe(false);
    expect(passesStreamFilters(record('REMOVE', 'OldImage', 'Membership'))).toBe(false);
    expect(passesStreamFilters(record('REMOVE', 'OldImage', 'Task'))).toBe(true);
    expect(passesStreamFilters(record('REMOVE', 'OldImage', 'Comment'))).toBe(true);
    expect(passesStreamFilters(record('INSERT', 'NewImage', 'TaskRef'))).toBe(false);
    expect(passesStreamFilters(record('INSERT', 'NewImage', 'Activity'))).toBe(false);
    expect(passesStreamFilters(record('INSERT', 'NewImage', 'Change'))).toBe(false);
  });
});
