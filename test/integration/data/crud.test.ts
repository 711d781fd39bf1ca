import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobEntity, membershipEntity, projectEntity, taskEntity } from '#data/entities/index';
import {
  ConditionFailedError,
  CorruptItemError,
  ItemExistsError,
  ItemNotFoundError,
  type TransactionCancelledError,
  VersionConflictError,
} from '#data/mapper/errors';
import { newId } from '#lib/ids';
import { mapperFixture, NOW, sampleJob, sampleTask, unversioned } from '#test/support/fixtures';

let fx: Awaited<ReturnType<typeof mapperFixture>>;
beforeAll(async () => {
  fx = await mapperFixture();
});

const { version: _v, ...base } = sampleTask();
const newTask = (overrides: Partial<typeof base> = {}) => ({ ...base, id: newId(), ...overrides });

describe('mapper CRUD against DynamoDB Local', () => {
  it('creates and reads back an entity (eventually and strongly consistent)', async () => {
    const input = newTask({ labels: ['x'] });
    const created = await fx.mapper.create(taskEntity, input);
    expect(created.version).toBe(1);
    expect(await fx.mapper.get(taskEntity, { projectId: input.projectId, id: input.id })).toEqual(created);
    const strong = await fx.mapper.get(taskEntity, created, { consistent: true });
    expect(strong).toEqual(created);
  });

  it('never overwrites on create', async () => {
    const input = newTask();
    await fx.mapper.create(taskEntity, input);
    await expect(fx.mapper.create(taskEntity, { ...input, title: 'other' })).rejects.toBeInstanceOf(
      ItemExistsError,
    );
    expect((await fx.mapper.get(taskEntity, input))?.title).toBe(input.title);
  });

  it('returns undefined for a missing item', async () => {
    expect(await fx.mapper.get(projectEntity, { id: newId() })).toBeUndefined();
  });

  it('updates from a partial model with optimistic locking', async () => {
    const created = await fx.mapper.create(taskEntity, newTask({ dueDate: '2026-02-01' }));
    fx.clock.advance(60);
    const updated = await fx.mapper.update(
      taskEntity,
      created,
      { status: 'done' },
      { expectedVersion: 1, remove: ['dueDate'] },
    );
    expect(updated).toMatchObject({ status: 'done', version: 2, updatedAt: fx.clock.now().toISOString() });
    expect(updated).not.toHaveProperty('dueDate');
    const raw = await fx.doc.send(new GetCommand({ TableName: fx.table, Key: taskEntity.key(created) }));
    expect(raw.Item?.gsi1sk).toBe(`~#${created.id}`);

    const stale = fx.mapper.update(taskEntity, created, { title: 'late' }, { expectedVersion: 1 });
    await expect(stale).rejects.toMatchObject({
      constructor: VersionConflictError,
      actualVersion: 2,
      code: 'version_conflict',
    });
  });

  it('treats update/delete of a missing item as not found', async () => {
    const missing = { projectId: base.projectId, id: newId() };
    await expect(fx.mapper.update(taskEntity, missing, { title: 'x' })).rejects.toBeInstanceOf(
      ItemNotFoundError,
    );
    await expect(fx.mapper.delete(taskEntity, missing)).rejects.toBeInstanceOf(ItemNotFoundError);
    expect(await fx.mapper.delete(taskEntity, missing, { mustExist: false })).toBeUndefined();
  });

  it('applies an extra condition and reports it as its own error', async () => {
    const created = await fx.mapper.create(taskEntity, newTask());
    const attempt = fx.mapper.update(taskEntity, created, { title: 'x' }, { condition: { status: 'done' } });
    await expect(attempt).rejects.toBeInstanceOf(ConditionFailedError);
  });

  it('accepts OR conditions (a job lease: queued, or its lease has run out)', async () => {
    const job = await fx.mapper.create(
      jobEntity,
      unversioned(sampleJob({ status: 'running', leaseUntil: NOW })),
    );
    const lease = { $or: [{ status: 'queued' }, { leaseUntil: { lt: '2026-01-10T12:05:00.000Z' } }] };
    const taken = await fx.mapper.update(
      jobEntity,
      job,
      { leaseUntil: '2026-01-10T12:10:00.000Z' },
      { condition: lease },
    );
    expect(taken.version).toBe(2);
    const again = fx.mapper.update(
      jobEntity,
      job,
      { leaseUntil: '2026-01-10T12:20:00.000Z' },
      { condition: lease },
    );
    await expect(again).rejects.toBeInstanceOf(ConditionFailedError);
  });

  it('replaces a whole item, locking on its version', async () => {
    const created = await fx.mapper.create(taskEntity, newTask());
    const replace = (title: string) =>
      fx.mapper.transact([
        { label: 'task', request: fx.mapper.tx.replace(taskEntity, { ...created, title }) },
      ]);
    await replace('Replaced');
    expect(await fx.mapper.get(taskEntity, created)).toMatchObject({ title: 'Replaced', version: 2 });
    const stale = await replace('Stale').catch((e: unknown) => e);
    expect((stale as TransactionCancelledError).failureOf('task')?.code).toBe('version_conflict');
  });

  it('deletes conditionally on version and returns the old model', async () => {
    const created = await fx.mapper.create(taskEntity, newTask());
    await expect(fx.mapper.delete(taskEntity, created, { expectedVersion: 7 })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    expect(await fx.mapper.delete(taskEntity, created, { expectedVersion: 1 })).toEqual(created);
    expect(await fx.mapper.get(taskEntity, created)).toBeUndefined();
  });

  it('turns a corrupt item into a typed 500 and logs its key and fields, not its payload', async () => {
    const id = newId();
    const item: Record<string, unknown> = {
      ...taskEntity.toItem({ ...newTask({ id }), version: 1 }),
      status: 'lost',
      description: 'secret-payload',
    };
    await fx.doc.send(new PutCommand({ TableName: fx.table, Item: item }));
    const error = await fx.mapper.get(taskEntity, { projectId: base.projectId, id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptItemError);
    expect((error as CorruptItemError).fields).toEqual(['status']);
    expect((error as CorruptItemError).code).toBe('corrupt_item');
    const line = fx.logger.lines.find((entry) => entry.message === 'Corrupt item in table');
    expect(line?.extra).toEqual({ entity: 'Task', key: { pk: item.pk, sk: item.sk }, fields: ['status'] });
    expect(JSON.stringify(fx.logger.lines)).not.toContain('secret-payload');
  });

  it('refuses a foreign item read as another entity', async () => {
    const member = await fx.mapper.create(membershipEntity, {
      projectId: base.projectId,
      userId: 'carol',
      role: 'member',
      addedAt: NOW,
    });
    // A task key that happens to point at the membership item.
    const raw = membershipEntity.toItem({ ...member });
    await fx.doc.send(new PutCommand({ TableName: fx.table, Item: { ...raw, sk: `TASK#${member.userId}` } }));
    const error = await fx.mapper
      .get(taskEntity, { projectId: base.projectId, id: 'carol' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ constructor: CorruptItemError, fields: ['_et'] });
  });
});
