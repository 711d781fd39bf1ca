import { describe, expect, it } from 'vitest';
import { subtaskLinkEntity, type Task, taskEntity, taskRefEntity } from '#data/entities/index';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { createTaskDependencies } from '#data/repositories/task-dependencies';
import { createTaskLookup } from '#data/repositories/task-lookup';
import { createTaskRepository } from '#data/repositories/task-repository';
import { createTaskTree } from '#data/repositories/task-tree';
import { withoutKey } from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import { toEntityChange } from '#jobs/stream-dispatcher';
import { createProjectAccess, createTaskAccess } from '#services/project-access';
import { createTaskService } from '#services/task-service';
import { fixtureMapper, seedProject } from '#test/support/fixtures';
import { createTestTable, testConfig } from '#test/support/stack';
import { streamRecordOf } from '#test/support/stream-records';
import { createWorkerContainer } from '#worker-container';

const owner = { sub: 'subtree-owner', username: 'subtree-owner', email: undefined, groups: [] };

describe('the subtree purge on the stream', () => {
  it('removes what a delete stopped after its transaction left, and a redelivered record changes nothing', async () => {
    const config = testConfig(await createTestTable('subtree-purge'));
    const mapper = fixtureMapper(config);
    const projectId = await seedProject(mapper, [{ sub: owner.sub, role: 'owner' }]);
    const tasks = createTaskRepository(mapper);
    const projectAccess = createProjectAccess({ memberships: createMembershipRepository(mapper) });
    const service = createTaskService({
      tasks,
      tree: createTaskTree(mapper),
      dependencies: createTaskDependencies(mapper),
      projectAccess,
      taskAccess: createTaskAccess({ tasks: createTaskLookup(mapper), projectAccess }),
    });
    const draft = (title: string, parentTaskId?: string) => ({
      title,
      status: 'todo' as const,
      priority: 'medium' as const,
      labels: [],
      ...(parentTaskId ? { parentTaskId } : {}),
    });
    const create = async (title: string, parentTaskId?: string): Promise<Task> => {
      const outcome = await service.create(owner, projectId, draft(title, parentTaskId), withoutKey());
      if (!outcome.created) throw new Error('a create without a key is never a replay');
      return outcome.created;
    };
    const top = await create('top');
    const children = [await create('a', top.id), await create('b', top.id)];
    const grandchild = await create('a.1', children[0]?.id);
    const descendants: Task[] = [...children, grandchild];

    // The request's transaction committed, then it stopped: the descendants are still stored.
    const parent = await service.get(owner, projectId, top.id);
    await tasks.remove(parent, parent.version, {
      actor: { userId: owner.sub, roles: rolesAllowedTo('task:delete-any') },
    });
    expect(await mapper.get(taskRefEntity, { id: grandchild.id })).toBeDefined();

    const worker = createWorkerContainer(config).jobs;
    const removal = toEntityChange(streamRecordOf(taskEntity, parent, 'REMOVE'));
    await worker.subtreePurge(removal);
    for (const task of descendants) {
      expect(await mapper.get(taskRefEntity, { id: task.id }, { consistent: true })).toBeUndefined();
      expect(await mapper.get(taskEntity, { projectId, id: task.id }, { consistent: true })).toBeUndefined();
      if (task.parentTaskId) {
        const link = { parentTaskId: task.parentTaskId, id: task.id };
        expect(await mapper.get(subtaskLinkEntity, link, { consistent: true })).toBeUndefined();
      }
    }
    await expect(worker.subtreePurge(removal)).resolves.toBeUndefined();
  });
});
