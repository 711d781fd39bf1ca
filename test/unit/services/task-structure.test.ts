import { beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '#data/entities/task';
import { STATE_MOVED } from '#data/repositories/write-failures';
import { ConflictError, ValidationError } from '#domain/errors';
import { made, withoutKey } from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import { LIMITS } from '#domain/vocabulary';
import { newId } from '#lib/ids';
import { createTaskStructure } from '#services/task-structure';
import { taskDraft } from '#test/support/fixtures';
import {
  type MemoryTable,
  memoryTable,
  memoryTaskDependencies,
  memoryTaskRepository,
  memoryTaskTree,
  putProject,
} from '#test/support/memory-repositories';

let table: MemoryTable;
let projectId: string;

const structure = () => createTaskStructure(memoryTaskTree(table), memoryTaskDependencies(table));
const as = { actor: { userId: 'olive', roles: rolesAllowedTo('task:create') } };

beforeEach(() => {
  table = memoryTable();
  projectId = putProject(table, { id: newId() }, [{ userId: 'olive', role: 'owner' }]).id;
});

/** A task stored as the task service stores it: under `parent`, with the structure writes this module plans. */
async function task(parent?: Task, fields: Partial<Task> = {}, inProject = projectId): Promise<Task> {
  const draft = taskDraft(inProject, new Date().toISOString(), {
    createdBy: 'olive',
    ...(parent ? { parentTaskId: parent.id } : {}),
    ...fields,
  });
  const writes = await structure().forCreate(inProject, draft);
  return made(await memoryTaskRepository(table).create(draft, as, withoutKey(), writes));
}
const stored = (id: string) => table.tasks.get(id) as Task;

/** A chain root → … of `levels` tasks below the root; returns [root, ...descendants]. */
async function chain(levels: number): Promise<Task[]> {
  const tasks = [await task()];
  for (let level = 0; level < levels; level += 1) tasks.push(await task(stored((tasks.at(-1) as Task).id)));
  return tasks;
}

describe('task structure: placing a task', () => {
  it('counts a new subtask on its parent (and a done one as completed); a top-level task writes nothing else', async () => {
    const parent = await task();
    expect(await structure().forCreate(projectId, { status: 'todo' })).toEqual({});
    await task(parent);
    await task(stored(parent.id), { status: 'done' });
    expect(stored(parent.id)).toMatchObject({ subtaskCount: 2, completedSubtaskCount: 1 });
  });

  it('refuses a parent that is not a task of this project (422 parentTaskId)', async () => {
    const elsewhere = putProject(table, { id: newId() }, [{ userId: 'olive', role: 'owner' }]).id;
    const foreign = await task(undefined, {}, elsewhere);
    for (const parentTaskId of [foreign.id, newId()]) {
      const error = await structure()
        .forCreate(projectId, { status: 'todo', parentTaskId })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields[0]?.field).toBe('parentTaskId');
    }
  });

  it(`allows ${LIMITS.subtaskDepth} levels below a top-level task, and not one more`, async () => {
    const tasks = await chain(LIMITS.subtaskDepth);
    const deepest = tasks.at(-1) as Task;
    const error = await structure()
      .forCreate(projectId, { status: 'todo', parentTaskId: deepest.id })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields[0]?.message).toMatch(/deeper than/);
  });

  it('refuses a move under the task itself or under one of its descendants (409 subtask_cycle)', async () => {
    const [root, child, grandchild] = await chain(2);
    const current = stored((root as Task).id);
    for (const parentTaskId of [current.id, (child as Task).id, (grandchild as Task).id]) {
      const error = await structure()
        .forUpdate(current, { ...current, parentTaskId })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ code: 'subtask_cycle' });
    }
  });

  it('refuses a move that would push the moved subtree too deep', async () => {
    const [, middle] = await chain(2);
    const other = await chain(LIMITS.subtaskDepth - 1);
    const error = await structure()
      .forUpdate(stored((middle as Task).id), {
        ...stored((middle as Task).id),
        parentTaskId: (other.at(-1) as Task).id,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
  });
});

describe('task structure: changes and deletes', () => {
  it('moves the counters of the old and the new parent when a subtask moves', async () => {
    const [from, to] = [await task(), await task()];
    const child = await task(from, { status: 'done' });
    const current = stored(child.id);
    const next = { ...current, parentTaskId: to.id };
    const writes = await structure().forUpdate(current, next);
    await memoryTaskRepository(table).update(current, next, as, writes);
    expect(stored(from.id)).toMatchObject({ subtaskCount: 0, completedSubtaskCount: 0 });
    expect(stored(to.id)).toMatchObject({ subtaskCount: 1, completedSubtaskCount: 1 });
  });

  it('counts a completion on the parent, and on the tasks the completed one blocks', async () => {
    const parent = await task();
    const blocked = await task(undefined, { openBlockerCount: 1 });
    const child = await task(parent);
    const blocker = { ...stored(child.id), blocking: [blocked.id] };
    table.tasks.set(blocker.id, blocker);
    table.tasks.set(blocked.id, { ...stored(blocked.id), blockedBy: [blocker.id] });
    const next = { ...blocker, status: 'done' as const };
    const writes = await structure().forUpdate(blocker, next);
    await memoryTaskRepository(table).update(blocker, next, as, writes);
    expect(stored(parent.id).completedSubtaskCount).toBe(1);
    expect(stored(blocked.id).openBlockerCount).toBe(0);
  });

  it('deletes a task with its parent’s counters and its subtree in one write', async () => {
    const [root, child, grandchild] = await chain(2);
    const current = stored((child as Task).id);
    const { writes, subtree } = await structure().forDelete(current);
    expect(writes.purgeLater).toBeUndefined();
    expect(subtree.map(({ id }) => id)).toEqual([(grandchild as Task).id]);
    await memoryTaskRepository(table).remove(current, current.version, as, writes);
    expect(stored((root as Task).id).subtaskCount).toBe(0);
    expect(table.tasks.has((grandchild as Task).id)).toBe(false);
  });

  it(`leaves a subtree of more than ${LIMITS.subtreeDeletedAtOnce} tasks to the purge: marked, counted on the project, hidden until it ends`, async () => {
    const root = await task();
    const child = await task(root);
    const below: Task[] = [];
    for (let index = 0; index < LIMITS.subtreeDeletedAtOnce; index += 1)
      below.push(await task(stored(child.id)));
    const current = stored(root.id);
    const { writes, subtree } = await structure().forDelete(current);
    expect(subtree).toEqual([]);
    expect(writes.purgeLater?.id).toBe(root.id);
    await memoryTaskRepository(table).remove(current, current.version, as, writes);
    expect(table.subtreePurges.get(root.id)).toMatchObject({ taskId: root.id, projectId });
    expect(table.projects.get(projectId)?.subtreePurges).toBe(1);
    // The subtree is still stored, and no read may answer any of it while the purge runs.
    const tree = memoryTaskTree(table);
    const leftovers = [stored(child.id), ...below.map(({ id }) => stored(id))];
    expect(await tree.visible(leftovers, () => true)).toEqual([]);
    expect(await tree.purgeSubtree(root.id)).toBe(leftovers.length);
    expect(await tree.finishPurge(current)).toBe(true);
    expect(table.projects.get(projectId)?.subtreePurges).toBe(0);
    expect(await tree.finishPurge(current)).toBe(false);
    expect(table.projects.get(projectId)?.subtreePurges).toBe(0);
  });

  it('cancels a move whose subtree grew after its depth was checked (the moved task’s subtreeRevision)', async () => {
    const [, target] = await chain(1);
    const mover = await task();
    const moverChild = await task(mover);
    const current = stored(mover.id);
    const next = { ...current, parentTaskId: (target as Task).id };
    const writes = await structure().forUpdate(current, next);
    // Meanwhile another request nests one more level below the mover: its version stays.
    await task(stored(moverChild.id));
    expect(stored(mover.id).version).toBe(current.version);
    // The state moved under the move: the service reads again and checks the depth again.
    await expect(memoryTaskRepository(table).update(current, next, as, writes)).resolves.toBe(STATE_MOVED);
    expect(stored(mover.id).parentTaskId).toBeUndefined();
    expect(stored((target as Task).id).subtaskCount).toBe(0);
  });
});
