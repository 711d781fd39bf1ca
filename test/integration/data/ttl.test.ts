import { beforeAll, describe, expect, it } from 'vitest';
import { idempotencyRecordEntity, jobEntity, revokedTokenEntity } from '#data/entities/index';
import { ItemExistsError, ItemNotFoundError } from '#data/mapper/errors';
import { epochSeconds } from '#lib/clock';
import { newId } from '#lib/ids';
import { mapperFixture, NOW, sampleJob, unversioned } from '#test/support/fixtures';

let fx: Awaited<ReturnType<typeof mapperFixture>>;
beforeAll(async () => {
  fx = await mapperFixture();
});

const inSeconds = (seconds: number) => epochSeconds(fx.clock.now()) + seconds;

// DynamoDB deletes expired items late and DynamoDB Local never does: every read path must hide them.
describe('mapper TTL filtering (injectable clock)', () => {
  it('hides an expired item from get and batch get', async () => {
    const jti = newId();
    await fx.mapper.create(revokedTokenEntity, { jti, ttl: inSeconds(60), revokedAt: NOW });
    expect(await fx.mapper.get(revokedTokenEntity, { jti })).toMatchObject({ jti });
    fx.clock.advance(61);
    expect(await fx.mapper.get(revokedTokenEntity, { jti }, { consistent: true })).toBeUndefined();
    expect(await fx.mapper.batchGet([{ entity: revokedTokenEntity, key: { jti } }])).toEqual([undefined]);
  });

  it('hides expired items from queries and still fills the page', async () => {
    const requestedBy = 'ttl-user';
    const projectId = newId();
    const jobs = Array.from({ length: 6 }, (_, index) =>
      sampleJob({ projectId, requestedBy, ttl: index % 2 === 0 ? inSeconds(10) : inSeconds(10_000) }),
    );
    // Jobs live in their own partitions; a query over the raw table needs a shared partition, so
    // the test stores copies under one partition through the raw document client.
    const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
    for (const job of jobs) {
      const item = { ...jobEntity.toItem(job), pk: `TTLTEST#${projectId}`, sk: `JOB#${job.id}` };
      await fx.doc.send(new PutCommand({ TableName: fx.table, Item: item }));
    }
    fx.clock.advance(11);
    const page = await fx.mapper.query(jobEntity, { partition: `TTLTEST#${projectId}`, limit: 2 });
    expect(page.items.map((job) => job.id)).toEqual([jobs[1]?.id, jobs[3]?.id]);
    const rest = await fx.mapper.query(jobEntity, {
      partition: `TTLTEST#${projectId}`,
      limit: 2,
      cursor: String(page.nextCursor),
    });
    expect(rest.items.map((job) => job.id)).toEqual([jobs[5]?.id]);
    expect(rest.nextCursor).toBeNull();
  });

  it('lets a create claim the key of an expired record, but not of a live one', async () => {
    const record = {
      callerSub: 'alice',
      key: newId(),
      requestHash: 'h1',
      response: { status: 201, headers: {}, body: '{}' },
      createdAt: NOW,
      ttl: inSeconds(30),
    };
    await fx.mapper.create(idempotencyRecordEntity, record);
    await expect(fx.mapper.create(idempotencyRecordEntity, record)).rejects.toBeInstanceOf(ItemExistsError);
    fx.clock.advance(31);
    const again = await fx.mapper.create(idempotencyRecordEntity, {
      ...record,
      requestHash: 'h2',
      ttl: inSeconds(30),
    });
    expect(again.requestHash).toBe('h2');
  });

  it('treats an expired item as missing for updates', async () => {
    const job = await fx.mapper.create(jobEntity, unversioned(sampleJob({ ttl: inSeconds(5) })));
    fx.clock.advance(6);
    const attempt = fx.mapper.update(jobEntity, job, { status: 'running' });
    await expect(attempt).rejects.toBeInstanceOf(ItemNotFoundError);
  });
});
