import { beforeEach, describe, expect, it } from 'vitest';
import type { ProjectRole } from '#data/entities/membership';
import type { Task } from '#data/entities/task';
import { ForbiddenError, NotFoundError } from '#domain/errors';
import { rolesAllowedTo } from '#domain/roles';
import { newId } from '#lib/ids';
import { authorize, createTaskAccess } from '#services/project-access';
import {
  createTask,
  type MemoryTable,
  memoryProjectAccess,
  memoryProjectRepository,
  memoryTable,
  memoryTaskLookup,
  memoryTaskRepository,
  memoryTaskTree,
  putProject,
} from '#test/support/memory-repositories';

let table: MemoryTable;
let projectId: string;

const projectAccess = () => memoryProjectAccess(table);
const taskAccess = () => createTaskAccess({ tasks: memoryTaskLookup(table), projectAccess: projectAccess() });

beforeEach(() => {
  table = memoryTable();
  projectId = putProject(table, { id: newId() }, [
    { userId: 'olive', role: 'owner' },
    { userId: 'adam', role: 'admin' },
    { userId: 'mia', role: 'member' },
    { userId: 'vera', role: 'viewer' },
  ]).id;
});

describe('project access', () => {
  it('gives each role exactly the actions at or below it', async () => {
    const allowed = async (
      userId: string,
      action: Parameters<ReturnType<typeof projectAccess>['require']>[2],
    ) =>
      projectAccess()
        .require(userId, projectId, action)
        .then(
          (membership) => membership.role,
          (error: unknown) => (error instanceof ForbiddenError ? error.code : error),
        );
    const matrix: Record<string, ProjectRole | 'role_forbids'> = {
      'vera task:read': 'viewer',
      'vera task:create': 'role_forbids',
      'mia task:create': 'member',
      'mia member:manage': 'role_forbids',
      'adam member:manage': 'admin',
      'adam project:delete': 'role_forbids',
      'olive project:delete': 'owner',
    };
    for (const [entry, expected] of Object.entries(matrix)) {
      const [userId, action] = entry.split(' ') as [string, 'task:read'];
      expect([entry, await allowed(userId, action)]).toEqual([entry, expected]);
    }
  });

  it('tells a non-member nothing: project_not_found, as for a project that does not exist', async () => {
    for (const [userId, id] of [
      ['outsider', projectId],
      ['olive', newId()],
    ] as const) {
      const error = await projectAccess()
        .require(userId, id, 'project:read')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: 'project_not_found' });
    }
    expect(await projectAccess().find('outsider', projectId)).toBeUndefined();
  });

  it('grants nothing once the project is deleted, though other memberships are not purged yet', async () => {
    const owner = await projectAccess().require('olive', projectId, 'project:delete');
    await memoryProjectRepository(table).deleteProject(projectId, undefined, owner);
    expect(table.memberships.has(`${projectId}/mia`)).toBe(true);
    await expect(projectAccess().require('mia', projectId, 'project:read')).rejects.toMatchObject({
      code: 'project_not_found',
    });
  });

  it('authorizes an already-loaded membership the same way', () => {
    expect(() => authorize(undefined, 'project:read')).toThrow(NotFoundError);
    const viewer = {
      projectId,
      userId: 'vera',
      role: 'viewer' as const,
      addedAt: '2026-01-10T12:00:00.000Z',
      version: 1,
    };
    expect(authorize(viewer, 'comment:read')).toBe(viewer);
    expect(() => authorize(viewer, 'comment:create')).toThrow(ForbiddenError);
  });
});

describe('task access', () => {
  const asMia = { actor: { userId: 'mia', roles: rolesAllowedTo('task:create') } };

  function aTask(parent?: Task) {
    const current = parent && table.tasks.get(parent.id);
    return createTask(
      table,
      projectId,
      parent ? { parentTaskId: parent.id } : {},
      current ? { counters: [{ task: current, deltas: { subtaskCount: 1 }, role: 'newParent' }] } : undefined,
    );
  }

  it('decides by the task’s project: the task and the caller’s membership when allowed', async () => {
    const task = await aTask();
    const { task: found, membership } = await taskAccess().require('vera', task.id, 'task:read');
    expect(found).toEqual(task);
    expect(membership.role).toBe('viewer');
    await expect(taskAccess().require('vera', task.id, 'task:update')).rejects.toMatchObject({
      code: 'role_forbids',
    });
  });

  it('answers task_not_found both for a missing task and for a task the caller may not see', async () => {
    const task = await aTask();
    for (const [userId, taskId] of [
      ['outsider', task.id],
      ['olive', newId()],
    ] as const) {
      const error = await taskAccess()
        .require(userId, taskId, 'task:read')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: 'task_not_found' });
    }
  });

  it('hides a subtask below a deleted task whose subtree is still being purged, and nothing else', async () => {
    const parent = await aTask();
    const orphan = await aTask(parent);
    const unrelated = await aTask(await aTask());
    const deleted = table.tasks.get(parent.id) as Task;
    await memoryTaskRepository(table).remove(deleted, deleted.version, asMia, { purgeLater: deleted });
    expect(table.tasks.has(orphan.id)).toBe(true);
    await expect(taskAccess().require('vera', orphan.id, 'task:read')).rejects.toMatchObject({
      code: 'task_not_found',
    });
    const { task, reachable } = await taskAccess().require('vera', unrelated.id, 'task:read');
    expect(task.id).toBe(unrelated.id);
    expect((await reachable([orphan, unrelated])).map(({ id }) => id)).toEqual([unrelated.id]);

    await memoryTaskTree(table).purgeSubtree(parent.id);
    await memoryTaskTree(table).finishPurge(deleted);
    const afterwards = await projectAccess().requireReachable('vera', projectId, 'task:read');
    // Back at zero the filter reads nothing: whatever it is given stays.
    expect(await afterwards.reachable([orphan])).toEqual([orphan]);
  });
});
