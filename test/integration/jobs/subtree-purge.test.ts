import { describe, expect, it } from 'vitest';
import { projectEntity, subtaskLinkEntity, type Task, taskEntity, taskRefEntity } from '#data/entities/index';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { createTaskDependencies } from '#data/repositories/tasks/task-dependencies';
import { createTaskLookup } from '#data/repositories/tasks/task-lookup';
import { createTaskRepository } from '#data/repositories/tasks/task-repository';
import { createTaskTree } from '#data/repositories/tasks/task-tree';
import { withoutKey } from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import { createLogger } from '#lib/logger';
import { createProjectAccess, createTaskAccess } from '#services/project-access';
import { createTaskService } from '#services/task-service';
import { fixtureMapper, seedProject } from '#test/support/fixtures';
import { createTestTable, testConfig } from '#test/support/stack';
import { streamRecordOf } from '#test/support/stream-records';
import { toEntityChange } from '#worker/stream/stream-dispatcher';
import { createSubtreePurge } from '#worker/subtree-purge';

const owner = { sub: 'subtree-owner', username: 'subtree-owner', email: undefined, groups: [] };

describe('the subtree purge on the stream', () => {
  it('finishes a purge that crashed half-way when the record comes again, and counts each subtree down once', async () => {
    const config = testConfig(await createTestTable('subtree-purge'));
    const mapper = fixtureMapper(config);
    const projectId = await seedProject(mapper, [{ sub: owner.sub, role: 'owner' }]);
    const tasks = createTaskRepository(mapper);
    const tree = createTaskTree(mapper);
    const dependencies = createTaskDependencies(mapper);
    const projectAccess = createProjectAccess({ memberships: createMembershipRepository(mapper), tree });
    const service = createTaskService({
      tasks,
      tree,
      dependencies,
      projectAccess,
      taskAccess: createTaskAccess({ tasks: createTaskLookup(mapper), projectAccess }),
    });
    const create = async (title: string, parentTaskId?: string): Promise<Task> => {
      const draft = { title, status: 'todo' as const, priority: 'medium' as const, labels: [] };
      const outcome = await service.create(
        owner,
        projectId,
        parentTaskId ? { ...draft, parentTaskId } : draft,
        withoutKey(),
      );
      if (!outcome.created) throw new Error('a create without a key is never a replay');
      return outcome.created;
    };
    /** A top-level task with 3 children of 2 children each, deleted as a large subtree's delete does. */
    async function deletedWithSubtree(title: string) {
      const top = await create(title);
      const children = await Promise.all([1, 2, 3].map((i) => create(`${title}.${i}`, top.id)));
      const grandchildren = (
        await Promise.all(
          children.map((child) => Promise.all([1, 2].map((i) => create(`${child.title}.${i}`, child.id)))),
        )
      ).flat();
      const stored = await service.get(owner, projectId, top.id);
      await tasks.remove(
        stored,
        stored.version,
        { actor: { userId: owner.sub, roles: rolesAllowedTo('task:delete-any') } },
        { purgeLater: stored },
      );
      return {
        removal: toEntityChange(streamRecordOf(taskEntity, stored, 'REMOVE')),
        descendants: [...children, ...grandchildren],
      };
    }
    const purges = async () =>
      (await mapper.get(projectEntity, { id: projectId }, { consistent: true }))?.subtreePurges;
    const stillStored = async (descendants: Task[]) => {
      const found = await Promise.all(
        descendants.map((task) => mapper.get(taskRefEntity, { id: task.id }, { consistent: true })),
      );
      return found.filter(Boolean).length;
    };

    const first = await deletedWithSubtree('first');
    const second = await deletedWithSubtree('second');
    expect(await purges()).toBe(2);
    // Hidden from reads while stored: a descendant's read is not found.
    await expect(service.getById(owner, first.descendants[4]?.id ?? '')).rejects.toMatchObject({
      code: 'task_not_found',
    });

    let filesPurged = 0;
    const crashing = createSubtreePurge({
      tree,
      dependencies,
      purgeTaskFiles: async () => {
        filesPurged += 1;
        if (filesPurged === 4) throw new Error('the worker stopped half-way');
      },
      logger: createLogger({ serviceName: 'test', level: 'ERROR' }),
    });
    await expect(crashing(first.removal)).rejects.toThrow('half-way');
    const left = await stillStored(first.descendants);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(first.descendants.length);
    expect(await purges()).toBe(2);

    // The record comes again: the walk resumes, the count goes down once however often it comes.
    await crashing(first.removal);
    await crashing(first.removal);
    expect(await stillStored(first.descendants)).toBe(0);
    expect(await purges()).toBe(1);
    for (const task of first.descendants) {
      const link = { parentTaskId: task.parentTaskId ?? '', id: task.id };
      expect(await mapper.get(subtaskLinkEntity, link, { consistent: true })).toBeUndefined();
    }
    expect(await stillStored(second.descendants)).toBe(second.descendants.length);

    await crashing(second.removal);
    expect(await stillStored(second.descendants)).toBe(0);
    expect(await purges()).toBe(0);
  });
});
