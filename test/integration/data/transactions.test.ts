import { beforeAll, describe, expect, it } from 'vitest';
import {
  membershipEntity,
  type Task,
  taskAssignmentEntity,
  taskEntity,
  taskRefEntity,
} from '#data/entities/index';
import { TransactionCancelledError } from '#data/mapper/errors';
import { newId } from '#lib/ids';
import { mapperFixture, NOW, sampleTask } from '#test/support/fixtures';

let fx: Awaited<ReturnType<typeof mapperFixture>>;
beforeAll(async () => {
  fx = await mapperFixture();
});

const projectId = newId();

async function seedMember(userId: string) {
  return fx.mapper.create(membershipEntity, { projectId, userId, role: 'member', addedAt: NOW });
}

describe('mapper transactions against DynamoDB Local', () => {
  it('writes a task with its ref and assignment copy atomically, guarded by membership', async () => {
    await seedMember('alice');
    const task: Task = sampleTask({ projectId, assigneeId: 'alice' });
    const { tx } = fx.mapper;
    await fx.mapper.transact([
      tx.check(membershipEntity, { projectId, userId: 'alice' }),
      tx.create(taskEntity, task),
      tx.put(taskRefEntity, task),
      tx.put(taskAssignmentEntity, { ...task, assigneeId: 'alice' }),
    ]);
    const [canonical, ref, assignment] = await fx.mapper.batchGet([
      { entity: taskEntity, key: task },
      { entity: taskRefEntity, key: task },
      { entity: taskAssignmentEntity, key: task },
    ]);
    expect(canonical).toEqual(task);
    expect(ref).toEqual(task);
    expect(assignment?.assigneeId).toBe('alice');
  });

  it('maps CancellationReasons to one typed reason per item and writes nothing', async () => {
    await seedMember('bob');
    const existing = await fx.mapper.create(taskEntity, { ...sampleTask({ projectId }), version: undefined });
    const fresh = sampleTask({ projectId });
    const { tx } = fx.mapper;
    const error = await fx.mapper
      .transact([
        tx.create(taskRefEntity, fresh),
        tx.update(taskEntity, existing, { title: 'x' }, { expectedVersion: 5 }),
        tx.check(membershipEntity, { projectId, userId: 'nobody' }),
        tx.create(membershipEntity, { projectId, userId: 'bob', role: 'viewer', addedAt: NOW }),
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCancelledError);
    const reasons = (error as TransactionCancelledError).reasons.map(
      ({ index, entity, code, actualVersion }) => ({
        index,
        entity,
        code,
        actualVersion,
      }),
    );
    expect(reasons).toEqual([
      { index: 0, entity: 'TaskRef', code: 'none', actualVersion: undefined },
      { index: 1, entity: 'Task', code: 'version_conflict', actualVersion: 1 },
      { index: 2, entity: 'Membership', code: 'not_found', actualVersion: undefined },
      { index: 3, entity: 'Membership', code: 'already_exists', actualVersion: undefined },
    ]);
    expect((error as TransactionCancelledError).status).toBe(409);
    expect(await fx.mapper.get(taskRefEntity, fresh)).toBeUndefined();
  });

  it('deletes a copy that may be absent inside a transaction', async () => {
    const task = await fx.mapper.create(taskEntity, { ...sampleTask({ projectId }), version: undefined });
    const { tx } = fx.mapper;
    await fx.mapper.transact([
      tx.update(taskEntity, task, { assigneeId: undefined }, { expectedVersion: 1 }),
      tx.delete(taskAssignmentEntity, task, { mustExist: false }),
    ]);
    expect((await fx.mapper.get(taskEntity, task))?.version).toBe(2);
  });
});
