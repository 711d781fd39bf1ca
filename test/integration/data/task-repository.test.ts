import { beforeAll, describe, expect, it } from 'vitest';
import { taskAssignmentEntity, taskEntity, taskRefEntity } from '#data/entities/index';
import type { Mapper } from '#data/mapper/mapper';
import { createTaskRepository, type TaskRepository } from '#data/repositories/tasks/task-repository';
import { ForbiddenError, NotFoundError, ValidationError } from '#domain/errors';
import { made, withoutKey } from '#domain/idempotency';
import { newId } from '#lib/ids';
import { mapperFixture, removeMember, seedProject } from '#test/support/fixtures';
import { applied } from '#test/support/outcomes';

/**
 * The membership checks inside each task transaction: the route reads the membership first,
 * but a member removed or demoted between that read and the write must not write. Calling the
 * repository directly (no pre-read) reproduces that window deterministically.
 */
let mapper: Mapper;
let tasks: TaskRepository;
let projectId: string;
const MEMBER_ROLES = ['owner', 'admin', 'member'] as const;

beforeAll(async () => {
  ({ mapper } = await mapperFixture());
  tasks = createTaskRepository(mapper);
  projectId = await seedProject(mapper, [
    { sub: 'alice', role: 'member' },
    { sub: 'vera', role: 'viewer' },
    { sub: 'bob', role: 'member' },
  ]);
});

function draft(title: string, extra: Record<string, unknown> = {}) {
  const now = new Date().toISOString();
  return {
    id: newId(),
    projectId,
    title,
    status: 'todo' as const,
    priority: 'medium' as const,
    labels: [],
    createdBy: 'alice',
    createdAt: now,
    updatedAt: now,
    ...extra,
  };
}

async function itemsOf(id: string) {
  return mapper.batchGet([
    { entity: taskEntity, key: { projectId, id } },
    { entity: taskRefEntity, key: { id } },
    { entity: taskAssignmentEntity, key: { id } },
  ]);
}

describe('task transactions', () => {
  it('write all three items together, and move/remove the assignment copy with the assignee', async () => {
    const task = made(
      await tasks.create(
        draft('three', { assigneeId: 'bob' }),
        {
          actor: { userId: 'alice', roles: MEMBER_ROLES },
          assigneeId: 'bob',
        },
        withoutKey(),
      ),
    );
    expect((await itemsOf(task.id)).every(Boolean)).toBe(true);
    const { assigneeId: _, ...unassigned } = task;
    const stored = applied(
      await tasks.update(task, unassigned, { actor: { userId: 'alice', roles: MEMBER_ROLES } }),
    );
    const [canonical, ref, assignment] = await itemsOf(task.id);
    expect(canonical).toEqual(stored);
    expect(ref).toEqual(stored);
    expect(assignment).toBeUndefined();
    await tasks.remove(stored, stored.version, { actor: { userId: 'alice', roles: MEMBER_ROLES } });
    expect(await itemsOf(task.id)).toEqual([undefined, undefined, undefined]);
  });

  it('refuse a caller whose role is too small (403) or who is no longer a member (404), writing nothing', async () => {
    const asViewer = draft('viewer');
    await expect(
      tasks.create(asViewer, { actor: { userId: 'vera', roles: MEMBER_ROLES } }, withoutKey()),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await itemsOf(asViewer.id)).toEqual([undefined, undefined, undefined]);

    const task = made(
      await tasks.create(
        draft('soon orphaned'),
        {
          actor: { userId: 'bob', roles: MEMBER_ROLES },
        },
        withoutKey(),
      ),
    );
    await removeMember(mapper, projectId, 'bob');
    const update = tasks.update(
      task,
      { ...task, title: 'after removal' },
      { actor: { userId: 'bob', roles: MEMBER_ROLES } },
    );
    await expect(update).rejects.toBeInstanceOf(NotFoundError);
    expect((await itemsOf(task.id))[0]?.title).toBe('soon orphaned');
  });

  it('refuse an assignee who is not a member (validation_failed on assigneeId)', async () => {
    const attempt = tasks.create(
      draft('assigned', { assigneeId: 'stranger' }),
      {
        actor: { userId: 'alice', roles: MEMBER_ROLES },
        assigneeId: 'stranger',
      },
      withoutKey(),
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fields: [{ field: 'assigneeId' }] });
  });
});
