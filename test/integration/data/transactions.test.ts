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
import { mapperFixture, NOW, sampleTask, unversioned } from '#test/support/fixtures';

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
      { label: 'member', request: tx.check(membershipEntity, { projectId, userId: 'alice' }) },
      { label: 'task', request: tx.create(taskEntity, task) },
      { label: 'ref', request: tx.put(taskRefEntity, task) },
      { label: 'assignment', request: tx.put(taskAssignmentEntity, { ...task, assigneeId: 'alice' }) },
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

  it('reports the cancelled items by their labels, with a typed code each, and writes nothing', async () => {
    await seedMember('bob');
    const existing = await fx.mapper.create(taskEntity, unversioned(sampleTask({ projectId })));
    const fresh = sampleTask({ projectId });
    const { tx } = fx.mapper;
    const error = await fx.mapper
      .transact([
        { label: 'ref', request: tx.create(taskRefEntity, fresh) },
        { label: 'task', request: tx.update(taskEntity, existing, { title: 'x' }, { expectedVersion: 5 }) },
        { label: 'nobody', request: tx.check(membershipEntity, { projectId, userId: 'nobody' }) },
        {
          label: 'bob',
          request: tx.create(membershipEntity, { projectId, userId: 'bob', role: 'viewer', addedAt: NOW }),
        },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCancelledError);
    const cancelled = error as TransactionCancelledError<'ref' | 'task' | 'nobody' | 'bob'>;
    const failures = cancelled.failures.map(({ label, entity, code, actualVersion }) => ({
      label,
      entity,
      code,
      actualVersion,
    }));
    expect(failures).toEqual([
      { label: 'task', entity: 'Task', code: 'version_conflict', actualVersion: 1 },
      { label: 'nobody', entity: 'Membership', code: 'not_found', actualVersion: undefined },
      { label: 'bob', entity: 'Membership', code: 'already_exists', actualVersion: undefined },
    ]);
    expect(cancelled.first?.label).toBe('task');
    expect(cancelled.failureOf('bob')?.code).toBe('already_exists');
    expect(cancelled.failureOf('ref')).toBeUndefined();
    expect(await fx.mapper.get(taskRefEntity, fresh)).toBeUndefined();
  });

  it('deletes a copy that may be absent inside a transaction', async () => {
    const task = await fx.mapper.create(taskEntity, unversioned(sampleTask({ projectId })));
    const { tx } = fx.mapper;
    await fx.mapper.transact([
      {
        label: 'task',
        request: tx.update(taskEntity, task, {}, { expectedVersion: 1, remove: ['assigneeId'] }),
      },
      { label: 'assignment', request: tx.delete(taskAssignmentEntity, task, { mustExist: false }) },
    ]);
    expect((await fx.mapper.get(taskEntity, task))?.version).toBe(2);
  });
});
