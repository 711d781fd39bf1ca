import { beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '#data/entities/task';
import { ConflictError, NotFoundError, ValidationError } from '#domain/errors';
import { made, withoutKey } from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import { LIMITS } from '#domain/vocabulary';
import { newId } from '#lib/ids';
import { createTaskAccess } from '#services/project-access';
import { createTaskDependencyService } from '#services/task-dependency-service';
import { manualClock, taskDraft } from '#test/support/fixtures';
import {
  caller,
  type MemoryTable,
  memoryProjectAccess,
  memoryTable,
  memoryTaskDependencies,
  memoryTaskLookup,
  memoryTaskRepository,
  putProject,
} from '#test/support/memory-repositories';

const mia = caller('mia');
const vera = caller('vera');
const outsider = caller('outsider');

let table: MemoryTable;
let projectId: string;

function dependencyService() {
  const projectAccess = memoryProjectAccess(table);
  return createTaskDependencyService({
    dependencies: memoryTaskDependencies(table),
    taskAccess: createTaskAccess({ tasks: memoryTaskLookup(table), projectAccess }),
  });
}

beforeEach(() => {
  table = memoryTable(manualClock());
  projectId = putProject(table, { id: newId() }, [
    { userId: 'olive', role: 'owner' },
    { userId: mia.sub, role: 'member' },
    { userId: vera.sub, role: 'viewer' },
  ]).id;
});

async function task(fields: Partial<Task> = {}, inProject = projectId): Promise<Task> {
  return made(
    await memoryTaskRepository(table).create(
      taskDraft(inProject, new Date().toISOString(), { createdBy: 'olive', ...fields }),
      { actor: { userId: 'olive', roles: rolesAllowedTo('task:create') } },
      withoutKey(),
    ),
  );
}
const stored = (id: string) => table.tasks.get(id) as Task;

describe('task dependency service: add', () => {
  it('makes a task wait on another: both lists and the open blocker count move; adding it again changes nothing', async () => {
    const blocked = await task();
    const blocker = await task();
    const done = await task({ status: 'done' });
    const answered = await dependencyService().add(mia, blocked.id, blocker.id);
    expect(answered).toMatchObject({ blockedBy: [blocker.id], openBlockerCount: 1, version: 2 });
    expect(stored(blocker.id).blocking).toEqual([blocked.id]);
    expect(await dependencyService().add(mia, blocked.id, blocker.id)).toEqual(stored(blocked.id));
    // A blocker that is done already blocks nothing.
    expect(await dependencyService().add(mia, blocked.id, done.id)).toMatchObject({ openBlockerCount: 1 });
  });

  it('refuses a task waiting on itself, or on a task of another project (422 blockedBy)', async () => {
    const blocked = await task();
    const elsewhere = putProject(table, { id: newId() }, [{ userId: 'olive', role: 'owner' }]).id;
    const foreign = await task({}, elsewhere);
    for (const blockerId of [blocked.id, foreign.id, newId()]) {
      const error = await dependencyService()
        .add(mia, blocked.id, blockerId)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields[0]?.field).toBe('blockedBy');
    }
    expect(stored(blocked.id).version).toBe(1);
  });

  it('refuses a cycle of any length (409 dependency_cycle)', async () => {
    const [a, b, c] = [await task(), await task(), await task()];
    await dependencyService().add(mia, a.id, b.id);
    await dependencyService().add(mia, b.id, c.id);
    const error = await dependencyService()
      .add(mia, c.id, a.id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'dependency_cycle' });
    expect(stored(c.id).blockedBy).toEqual([]);
  });

  it(`refuses more than ${LIMITS.blockersPerTask} blockers for one task`, async () => {
    const blocked = await task({ blockedBy: Array.from({ length: LIMITS.blockersPerTask }, () => newId()) });
    const error = await dependencyService()
      .add(mia, blocked.id, (await task()).id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
  });

  it('lets only members change dependencies, and hides the task from non-members', async () => {
    const [a, b] = [await task(), await task()];
    await expect(dependencyService().add(vera, a.id, b.id)).rejects.toMatchObject({ code: 'role_forbids' });
    await expect(dependencyService().add(outsider, a.id, b.id)).rejects.toMatchObject({
      code: 'task_not_found',
    });
    expect(stored(a.id).blockedBy).toEqual([]);
  });
});

describe('task dependency service: remove', () => {
  it('undoes a dependency on both sides', async () => {
    const [blocked, blocker] = [await task(), await task()];
    await dependencyService().add(mia, blocked.id, blocker.id);
    const answered = await dependencyService().remove(mia, blocked.id, blocker.id);
    expect(answered).toMatchObject({ blockedBy: [], openBlockerCount: 0 });
    expect(stored(blocker.id).blocking).toEqual([]);
  });

  it('answers dependency_not_found for a dependency that does not exist', async () => {
    const [a, b] = [await task(), await task()];
    const error = await dependencyService()
      .remove(mia, a.id, b.id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'dependency_not_found' });
  });
});
