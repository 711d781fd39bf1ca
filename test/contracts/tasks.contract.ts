import { beforeEach, describe, expect, it } from 'vitest';
import { type NewTask, newTaskStructure, type Task } from '#data/entities/task';
import type { TaskListSpec } from '#data/repositories/tasks/task-repository';
import { STATE_MOVED } from '#data/repositories/write-failures';
import { ConcurrentChangeError, ForbiddenError, NotFoundError, ValidationError } from '#domain/errors';
import { IdempotencyKeyReusedError, made, withoutKey } from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import { newId } from '#lib/ids';
import { taskDraft } from '#test/support/fixtures';
import { applied } from '#test/support/outcomes';
import { allPages, keyed, type RepositoryWorld, type WorldFactory } from './world.ts';

const WRITERS = rolesAllowedTo('task:create');
const as = (userId: string) => ({ actor: { userId, roles: WRITERS } });

/**
 * Tasks: every write one guarded transaction (version lock, the actor's role, the assignee's
 * membership, a parent's counters) failing with the errors the task routes answer; listing
 * filters, orders and pages.
 */
export function taskContract(makeWorld: WorldFactory) {
  describe('task repository', () => {
    let world: RepositoryWorld;
    let projectId: string;
    beforeEach(async () => {
      world ??= await makeWorld();
      projectId = await world.seedProject([
        { userId: 'olive', role: 'owner' },
        { userId: 'mia', role: 'member' },
        { userId: 'vera', role: 'viewer' },
      ]);
    });

    function draft(fields: Partial<NewTask> = {}): NewTask {
      return taskDraft(projectId, world.clock.now().toISOString(), {
        title: 'Write the launch post',
        priority: 'medium',
        ...fields,
      });
    }
    const create = async (fields: Partial<NewTask> = {}, by = 'mia') =>
      made(
        await world.tasks.create(
          draft({ createdBy: by, ...fields }),
          { ...as(by), assigneeId: fields.assigneeId },
          withoutKey(),
        ),
      );
    const stored = (id: string) => world.taskLookup.byId(id);

    it('creates a task at version 1 with zeroed counters, found by id and with the reader’s membership', async () => {
      const task = await create({ assigneeId: 'olive', labels: ['launch'], dueDate: '2026-02-01' });
      expect(task).toMatchObject({ version: 1, ...newTaskStructure() });
      expect(await stored(task.id)).toEqual(task);
      const read = await world.tasks.readWithMembership(projectId, task.id, 'vera');
      expect(read.task).toEqual(task);
      expect(read.membership?.role).toBe('viewer');
      expect(read.purgesSubtrees).toBe(false);
      const elsewhere = await world.tasks.readWithMembership(newId(), task.id, 'vera');
      expect(elsewhere).toEqual({ membership: undefined, task: undefined, purgesSubtrees: false });
    });

    it('refuses a viewer (role_forbids), a non-member (project_not_found) and a non-member assignee (assigneeId), storing nothing', async () => {
      const refusals: Array<[() => Promise<unknown>, unknown, Record<string, unknown>]> = [
        [
          () => world.tasks.create(draft(), as('vera'), withoutKey()),
          ForbiddenError,
          { code: 'role_forbids' },
        ],
        [
          () => world.tasks.create(draft(), as('stranger'), withoutKey()),
          NotFoundError,
          { code: 'project_not_found' },
        ],
        [
          () =>
            world.tasks.create(
              draft({ assigneeId: 'stranger' }),
              { ...as('mia'), assigneeId: 'stranger' },
              withoutKey(),
            ),
          ValidationError,
          { fields: [{ field: 'assigneeId', message: 'is not a member of this project' }] },
        ],
      ];
      for (const [refused, type, shape] of refusals) {
        const error = await refused().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(type);
        expect(error).toMatchObject(shape);
      }
      const all = await world.tasks.list(projectId, { sort: 'createdAt', limit: 10, caller: 'mia' });
      expect(all.items).toEqual([]);
    });

    it('updates on the version read: version and updatedAt move; a stale version or a deleted task is refused', async () => {
      const task = await create();
      world.clock.advance(90);
      const next: Task = { ...task, status: 'in_progress', assigneeId: 'olive' };
      const updated = applied(await world.tasks.update(task, next, { ...as('mia'), assigneeId: 'olive' }));
      expect(updated).toMatchObject({ status: 'in_progress', assigneeId: 'olive', version: 2 });
      expect(updated.updatedAt).toBe(world.clock.now().toISOString());
      expect(await stored(task.id)).toEqual(updated);
      // A version that moved since the read is no failure: the caller reads again and decides again.
      await expect(world.tasks.update(task, { ...task, title: 'stale' }, as('mia'))).resolves.toBe(
        STATE_MOVED,
      );
      expect(await stored(task.id)).toEqual(updated);
      await world.tasks.remove(updated, updated.version, as('mia'));
      const gone = await world.tasks
        .update(updated, { ...updated, title: 'gone' }, as('mia'))
        .catch((e: unknown) => e);
      expect(gone).toBeInstanceOf(NotFoundError);
      expect(gone).toMatchObject({ code: 'task_not_found' });
    });

    it('refuses a write by a member removed or demoted since the read', async () => {
      const task = await create();
      await world.dropMember(projectId, 'mia');
      const removed = await world.tasks
        .update(task, { ...task, title: 'late' }, as('mia'))
        .catch((e: unknown) => e);
      expect(removed).toMatchObject({ code: 'project_not_found' });
      await expect(world.tasks.remove(task, task.version, as('vera'))).rejects.toBeInstanceOf(ForbiddenError);
      expect((await stored(task.id))?.title).toBe(task.title);
    });

    it('removes a task on the version read, with its comments', async () => {
      const task = await create();
      const now = world.clock.now().toISOString();
      await world.comments.create(
        {
          id: newId(),
          taskId: task.id,
          projectId,
          authorId: 'mia',
          body: 'first',
          createdAt: now,
          updatedAt: now,
        },
        rolesAllowedTo('comment:create'),
        withoutKey(),
      );
      await expect(world.tasks.remove(task, task.version + 1, as('mia'))).resolves.toBe(STATE_MOVED);
      expect(await stored(task.id)).toEqual(task);
      await world.tasks.remove(task, task.version, as('olive'));
      expect(await stored(task.id)).toBeUndefined();
      expect((await world.comments.list(task.id, { limit: 10, caller: 'mia' })).items).toEqual([]);
    });

    it('keeps structure: a subtask moves its parent’s counters and version, and lists under it', async () => {
      const parent = await create({ title: 'parent' });
      const child = made(
        await world.tasks.create(
          draft({ title: 'child', parentTaskId: parent.id }),
          as('mia'),
          withoutKey(),
          {
            counters: [{ task: parent, deltas: { subtaskCount: 1 }, role: 'newParent' }],
          },
        ),
      );
      expect(child.parentTaskId).toBe(parent.id);
      expect(await stored(parent.id)).toMatchObject({
        subtaskCount: 1,
        version: 2,
        updatedAt: parent.updatedAt,
      });
      const spec = { sort: 'createdAt', limit: 10, caller: 'mia' } as const;
      const under = await world.tasks.list(projectId, { ...spec, parentTaskId: parent.id });
      expect(under.items.map(({ id }) => id)).toEqual([child.id]);
      const topLevel = await world.tasks.list(projectId, { ...spec, topLevel: true });
      expect(topLevel.items.map(({ id }) => id)).toEqual([parent.id]);
    });

    it('refuses a subtask of a parent deleted meanwhile (parentTaskId) or reshaped meanwhile (a concurrent change)', async () => {
      const parent = await create({ title: 'parent' });
      const counters = [{ task: parent, deltas: { subtaskCount: 1 }, role: 'newParent' as const }];
      const reassigned = applied(
        await world.tasks.update(
          parent,
          { ...parent, assigneeId: 'olive' },
          { ...as('mia'), assigneeId: 'olive' },
        ),
      );
      await expect(
        world.tasks.create(draft({ parentTaskId: parent.id }), as('mia'), withoutKey(), { counters }),
      ).rejects.toBeInstanceOf(ConcurrentChangeError);
      await world.tasks.remove(reassigned, reassigned.version, as('mia'));
      const error = await world.tasks
        .create(draft({ parentTaskId: parent.id }), as('mia'), withoutKey(), {
          counters: [{ task: reassigned, deltas: { subtaskCount: 1 }, role: 'newParent' }],
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ fields: [{ field: 'parentTaskId' }] });
      expect(
        (await world.tasks.list(projectId, { sort: 'createdAt', limit: 10, caller: 'mia' })).items,
      ).toEqual([]);
    });

    it('deletes a subtree locked on the versions read', async () => {
      const parent = await create({ title: 'parent' });
      const child = made(
        await world.tasks.create(draft({ parentTaskId: parent.id }), as('mia'), withoutKey(), {
          counters: [{ task: parent, deltas: { subtaskCount: 1 }, role: 'newParent' }],
        }),
      );
      const current = (await stored(parent.id)) as Task;
      await expect(
        world.tasks.remove(current, current.version, as('mia'), { subtree: [{ ...child, version: 9 }] }),
      ).resolves.toBe(STATE_MOVED);
      expect(await stored(child.id)).toEqual(child);
      await world.tasks.remove(current, current.version, as('mia'), { subtree: [child] });
      expect(await stored(parent.id)).toBeUndefined();
      expect(await stored(child.id)).toBeUndefined();
    });

    it('lists by filter and order, page after page', async () => {
      const a = await create({ status: 'done', labels: ['x'], dueDate: '2026-03-01' });
      const b = await create({ assigneeId: 'olive', dueDate: '2026-01-15' });
      const c = await create({ labels: ['x'] });
      const d = await create({ dueDate: '2026-02-01', labels: ['x'] });
      const ids = async (spec: Partial<TaskListSpec>) =>
        (
          await allPages((cursor) =>
            world.tasks.list(projectId, { sort: 'createdAt', limit: 2, caller: 'mia', ...spec, cursor }),
          )
        ).map(({ id }) => id);
      expect(await ids({})).toEqual([a.id, b.id, c.id, d.id]);
      expect(await ids({ sort: '-createdAt' })).toEqual([d.id, c.id, b.id, a.id]);
      expect(await ids({ status: 'done' })).toEqual([a.id]);
      expect(await ids({ label: 'x' })).toEqual([a.id, c.id, d.id]);
      expect(await ids({ assigneeId: 'olive' })).toEqual([b.id]);
      expect(await ids({ sort: 'dueDate' })).toEqual([b.id, d.id, a.id, c.id]);
      expect(await ids({ sort: '-dueDate' })).toEqual([c.id, a.id, d.id, b.id]);
      expect(await ids({ sort: 'dueDate', dueAfter: '2026-02-01' })).toEqual([d.id, a.id]);
      expect(await ids({ dueBefore: '2026-02-01' })).toEqual([b.id, d.id]);
    });

    it('creates once under an Idempotency-Key', async () => {
      const options = keyed<Task>('mia', `task-${projectId}`);
      const first = made(await world.tasks.create(draft(), as('mia'), options));
      const again = await world.tasks.create(draft(), as('mia'), options);
      expect(JSON.parse(again.replay?.body ?? '{}').id).toBe(first.id);
      await expect(
        world.tasks.create(draft(), as('mia'), keyed<Task>('mia', `task-${projectId}`, 'other')),
      ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
      expect(
        (await world.tasks.list(projectId, { sort: 'createdAt', limit: 10, caller: 'mia' })).items,
      ).toHaveLength(1);
    });
  });
}
