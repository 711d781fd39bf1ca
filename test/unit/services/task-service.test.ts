import { beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '#data/entities/task';
import { ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '#domain/errors';
import { made, withoutKey } from '#domain/idempotency';
import { newId } from '#lib/ids';
import { createTaskAccess } from '#services/project-access';
import { createTaskService } from '#services/task-service';
import { manualClock } from '#test/support/fixtures';
import {
  caller,
  type MemoryTable,
  memoryProjectAccess,
  memoryTable,
  memoryTaskDependencies,
  memoryTaskLookup,
  memoryTaskRepository,
  memoryTaskTree,
  putProject,
} from '#test/support/memory-repositories';

const owner = caller('owner');
const member = caller('member');
const viewer = caller('viewer');
const outsider = caller('outsider');

let table: MemoryTable;
let clock: ReturnType<typeof manualClock>;
let projectId: string;

function taskService() {
  const projectAccess = memoryProjectAccess(table);
  return createTaskService({
    tasks: memoryTaskRepository(table),
    tree: memoryTaskTree(table),
    dependencies: memoryTaskDependencies(table),
    projectAccess,
    taskAccess: createTaskAccess({ tasks: memoryTaskLookup(table), projectAccess }),
    clock,
  });
}

beforeEach(() => {
  clock = manualClock();
  table = memoryTable(clock);
  projectId = newId();
  putProject(table, { id: projectId }, [
    { userId: owner.sub, role: 'owner' },
    { userId: member.sub, role: 'member' },
    { userId: viewer.sub, role: 'viewer' },
  ]);
});

async function aTask(fields: Partial<Task> = {}): Promise<Task> {
  return taskService()
    .create(
      member,
      projectId,
      {
        title: 'Write the launch post',
        description: 'Draft, review, publish',
        status: 'todo',
        priority: 'medium',
        labels: ['launch'],
        dueDate: '2026-02-01',
        assigneeId: member.sub,
        ...fields,
      },
      withoutKey(),
    )
    .then(made);
}

const stored = (task: Task) => table.tasks.get(task.id);

describe('task service: partial updates', () => {
  it('changes only the fields given, bumps the version and stores what it returns', async () => {
    const task = await aTask();
    clock.advance(60);
    const updated = await taskService().update(member, projectId, task.id, { status: 'done' }, task.version);
    expect(updated).toEqual({
      ...task,
      status: 'done',
      version: task.version + 1,
      updatedAt: clock.now().toISOString(),
    });
    expect(stored(task)).toEqual(updated);
  });

  it('clears an optional field given as null and leaves fields given as undefined alone', async () => {
    const task = await aTask();
    const updated = await taskService().update(
      member,
      projectId,
      task.id,
      { description: null, dueDate: null, title: undefined },
      undefined,
    );
    expect(updated).not.toHaveProperty('description');
    expect(updated).not.toHaveProperty('dueDate');
    expect(updated.title).toBe(task.title);
    expect(updated.assigneeId).toBe(member.sub);
    expect(stored(task)).toEqual(updated);
  });

  it('replaces every client field: optional fields the draft leaves out are cleared', async () => {
    const task = await aTask();
    const replaced = await taskService().replace(
      member,
      projectId,
      task.id,
      { title: 'Renamed', status: 'in_progress', priority: 'low', labels: [] },
      task.version,
    );
    expect(replaced).toMatchObject({ title: 'Renamed', status: 'in_progress', priority: 'low', labels: [] });
    for (const field of ['description', 'assigneeId', 'dueDate']) expect(replaced).not.toHaveProperty(field);
    expect(stored(task)).toEqual(replaced);
  });

  it('updates a task addressed by id alone under the same rules', async () => {
    const task = await aTask();
    const updated = await taskService().updateById(member, task.id, { priority: 'high' }, task.version);
    expect(stored(task)?.priority).toBe('high');
    await expect(
      taskService().updateById(outsider, task.id, { priority: 'low' }, updated.version),
    ).rejects.toThrow(expect.objectContaining({ code: 'task_not_found' }));
  });
});

describe('task service: If-Match versions', () => {
  it('refuses a stale version with 412 and changes nothing', async () => {
    const task = await aTask();
    await taskService().update(member, projectId, task.id, { title: 'First' }, task.version);
    const before = stored(task);
    const stale = taskService().update(member, projectId, task.id, { title: 'Second' }, task.version);
    await expect(stale).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(stale).rejects.toMatchObject({ code: 'precondition_failed' });
    expect(stored(task)).toEqual(before);
  });

  it('without If-Match (or with *) reapplies its fields on top of a write that lands between its read and its write', async () => {
    const task = await aTask();
    table.beforeNextWrite(() => {
      const current = table.tasks.get(task.id);
      if (current)
        table.tasks.set(task.id, { ...current, description: 'Concurrent', version: current.version + 1 });
    });
    const updated = await taskService().update(member, projectId, task.id, { title: 'Mine' }, undefined);
    expect(updated).toMatchObject({ title: 'Mine', description: 'Concurrent', version: task.version + 2 });
    expect(stored(task)).toMatchObject({ title: 'Mine', description: 'Concurrent' });
  });

  it('with If-Match still refuses a write that lands between its read and its write (412)', async () => {
    const task = await aTask();
    table.beforeNextWrite(() => {
      const current = table.tasks.get(task.id);
      if (current)
        table.tasks.set(task.id, { ...current, title: 'Concurrent', version: current.version + 1 });
    });
    await expect(
      taskService().update(member, projectId, task.id, { title: 'Mine' }, task.version),
    ).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(stored(task)?.title).toBe('Concurrent');
  });

  it('deletes only at the version read', async () => {
    const task = await aTask();
    await expect(taskService().delete(member, projectId, task.id, task.version + 1)).rejects.toMatchObject({
      code: 'precondition_failed',
    });
    expect(stored(task)).toBeDefined();
    await taskService().delete(member, projectId, task.id, task.version);
    expect(stored(task)).toBeUndefined();
  });
});

describe('task service: assignees', () => {
  it('assigns a member and unassigns with null', async () => {
    const task = await aTask({ assigneeId: undefined });
    const assigned = await taskService().update(
      owner,
      projectId,
      task.id,
      { assigneeId: viewer.sub },
      undefined,
    );
    expect(assigned.assigneeId).toBe(viewer.sub);
    const unassigned = await taskService().update(owner, projectId, task.id, { assigneeId: null }, undefined);
    expect(unassigned).not.toHaveProperty('assigneeId');
    expect(stored(task)).toEqual(unassigned);
  });

  it('refuses a new assignee who is not a member (422 naming the field) and changes nothing', async () => {
    const task = await aTask();
    const before = stored(task);
    const refused = taskService().update(
      member,
      projectId,
      task.id,
      { assigneeId: outsider.sub, title: 'Handed over' },
      undefined,
    );
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: 'assigneeId' })],
    });
    expect(stored(task)).toEqual(before);
  });

  it('keeps an assignee who has left the project when other fields change', async () => {
    const task = await aTask({ assigneeId: viewer.sub });
    table.memberships.delete(`${projectId}/${viewer.sub}`);
    const updated = await taskService().update(member, projectId, task.id, { status: 'done' }, undefined);
    expect(updated).toMatchObject({ status: 'done', assigneeId: viewer.sub });
  });
});

describe('task service: who may update', () => {
  it('answers 403 to a viewer and 404 to an outsider, changing nothing', async () => {
    const task = await aTask();
    const before = stored(task);
    await expect(
      taskService().update(viewer, projectId, task.id, { title: 'No' }, undefined),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      taskService().update(outsider, projectId, task.id, { title: 'No' }, undefined),
    ).rejects.toMatchObject({ code: 'project_not_found' });
    expect(stored(task)).toEqual(before);
  });

  it('refuses a member removed between the read and the write (404) and changes nothing', async () => {
    const task = await aTask();
    const before = stored(task);
    table.beforeNextWrite(() => table.memberships.delete(`${projectId}/${member.sub}`));
    await expect(
      taskService().update(member, projectId, task.id, { title: 'Too late' }, undefined),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(stored(task)).toEqual(before);
  });

  it('treats a task of another project as absent (404 task_not_found)', async () => {
    const task = await aTask();
    const otherId = newId();
    putProject(table, { id: otherId }, [{ userId: member.sub, role: 'owner' }]);
    await expect(
      taskService().update(member, otherId, task.id, { title: 'No' }, undefined),
    ).rejects.toMatchObject({
      code: 'task_not_found',
    });
  });
});
