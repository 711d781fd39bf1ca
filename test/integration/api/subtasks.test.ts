import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { projectEntity, taskEntity, taskRefEntity } from '#data/entities/index';
import type { Mapper } from '#data/mapper/mapper';
import { LIMITS } from '#domain/vocabulary';
import { ProblemSchema } from '#http/schemas/problem';
import { TaskPageSchema, TaskSchema } from '#http/schemas/task';
import { BulkTaskResponseSchema } from '#http/schemas/task-bulk';
import { expectResponse, type SignedIn, signedInUsers, startTestApi, type TestApi } from '#test/support/api';
import { fixtureMapper, seedProject } from '#test/support/fixtures';
import { streamRecordOf } from '#test/support/stream-records';
import { toEntityChange } from '#worker/stream/stream-dispatcher';
import { createWorkerContainer } from '#worker-container';

type Task = z.infer<typeof TaskSchema>;

/** Subtasks: parents in the same project, bounded nesting, no cycles, counters, lists, cascading deletes. */
let api: TestApi;
let mapper: Mapper;
let projectId: string;
let otherProjectId: string;
let users: Record<'owner' | 'member', SignedIn>;

beforeAll(async () => {
  api = await startTestApi();
  mapper = fixtureMapper(api.config);
  users = await signedInUsers(api, ['owner', 'member']);
  projectId = await seedProject(mapper, [
    { sub: users.owner.sub, role: 'owner' },
    { sub: users.member.sub, role: 'member' },
  ]);
  otherProjectId = await seedProject(mapper, [{ sub: users.member.sub, role: 'owner' }]);
});

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function post(title: string, fields: Record<string, unknown> = {}, project = projectId) {
  const response = await users.member.client.post(`/v1/projects/${project}/tasks`, { title, ...fields });
  return expectResponse(response, 201, TaskSchema);
}

async function read(taskId: string) {
  return expectResponse(await users.member.client.get(`/v1/tasks/${taskId}`), 200, TaskSchema);
}

async function subtasksOf(taskId: string, query = '') {
  const response = await users.member.client.get(`/v1/tasks/${taskId}/subtasks${query}`);
  return expectResponse(response, 200, TaskPageSchema);
}

/** A chain of `levels` tasks, each under the one before; the top-level task first. */
async function chain(levels: number) {
  const tasks = [await post('level 0')];
  for (let level = 1; level < levels; level++) {
    tasks.push(await post(`level ${level}`, { parentTaskId: tasks[level - 1]?.id }));
  }
  return tasks;
}

describe('a subtask', () => {
  it('is created under a parent, counted on it and listed among its subtasks', async () => {
    const parent = await post('Launch');
    const child = await post('Write the post', { parentTaskId: parent.id });
    const done = await post('Pick a date', { parentTaskId: parent.id, status: 'done' });
    expect(child.parentTaskId).toBe(parent.id);
    expect(await read(parent.id)).toMatchObject({ subtaskCount: 2, completedSubtaskCount: 1, version: 3 });
    const page = await subtasksOf(parent.id);
    expect(page.items.map((task) => task.id)).toEqual([child.id, done.id]);
    const first = await subtasksOf(parent.id, '?limit=1');
    expect(first.items.map((task) => task.id)).toEqual([child.id]);
    expect(first.nextCursor).not.toBeNull();
  });

  it('refuses a parent in another project or unknown (422 body.parentTaskId), writing nothing', async () => {
    const foreign = await post('Elsewhere', {}, otherProjectId);
    const response = await users.member.client.post(`/v1/projects/${projectId}/tasks`, {
      title: 'x',
      parentTaskId: foreign.id,
    });
    const problem = expectResponse(response, 422, ProblemSchema);
    expect(problem.errors?.map((error) => error.path)).toEqual(['body.parentTaskId']);
    expect(await read(foreign.id)).toMatchObject({ subtaskCount: 0, version: 1 });
    const own = await post('Here');
    const moved = await users.member.client.patch(
      `/v1/tasks/${own.id}`,
      { parentTaskId: foreign.id },
      ifMatch(1),
    );
    expect(expectResponse(moved, 422, ProblemSchema).errors?.[0]?.path).toBe('body.parentTaskId');
  });

  it(`nests at most ${LIMITS.subtaskDepth} levels below a top-level task`, async () => {
    const tasks = await chain(LIMITS.subtaskDepth + 1);
    const deepest = tasks.at(-1);
    const response = await users.member.client.post(`/v1/projects/${projectId}/tasks`, {
      title: 'too deep',
      parentTaskId: deepest?.id,
    });
    expect(expectResponse(response, 422, ProblemSchema).errors?.[0]?.path).toBe('body.parentTaskId');
    // Moving a two-level subtree under a level-2 task would put its child on level 4.
    const [, , levelTwo] = tasks;
    const top = await post('subtree');
    await post('its child', { parentTaskId: top.id });
    const move = await users.member.client.patch(
      `/v1/tasks/${top.id}`,
      { parentTaskId: levelTwo?.id },
      ifMatch(2),
    );
    expect(expectResponse(move, 422, ProblemSchema).errors?.[0]?.path).toBe('body.parentTaskId');
  });

  it('refuses a parent that is the task itself or one of its descendants (409 subtask_cycle)', async () => {
    const [top, middle, bottom] = await chain(3);
    if (!top || !middle || !bottom) throw new Error('chain too short');
    const current = await read(top.id);
    for (const parentTaskId of [top.id, middle.id, bottom.id]) {
      const response = await users.member.client.patch(
        `/v1/tasks/${top.id}`,
        { parentTaskId },
        ifMatch(current.version),
      );
      expect(expectResponse(response, 409, ProblemSchema).code).toBe('subtask_cycle');
    }
    expect((await read(top.id)).parentTaskId).toBeUndefined();
  });

  it('moves between parents and detaches with null (PATCH) or by leaving it out (PUT), counters following', async () => {
    const first = await post('first');
    const second = await post('second');
    const child = await post('child', { parentTaskId: first.id, status: 'done' });
    const moved = await users.member.client.patch(
      `/v1/tasks/${child.id}`,
      { parentTaskId: second.id },
      ifMatch(child.version),
    );
    expect(expectResponse(moved, 200, TaskSchema).parentTaskId).toBe(second.id);
    expect(await read(first.id)).toMatchObject({ subtaskCount: 0, completedSubtaskCount: 0 });
    expect(await read(second.id)).toMatchObject({ subtaskCount: 1, completedSubtaskCount: 1 });
    expect((await subtasksOf(first.id)).items).toEqual([]);
    expect((await subtasksOf(second.id)).items.map((task) => task.id)).toEqual([child.id]);

    const detached = await users.member.client.patch(
      `/v1/tasks/${child.id}`,
      { parentTaskId: null },
      ifMatch(2),
    );
    expect(expectResponse(detached, 200, TaskSchema).parentTaskId).toBeUndefined();
    expect(await read(second.id)).toMatchObject({ subtaskCount: 0, completedSubtaskCount: 0 });

    const again = await post('child 2', { parentTaskId: first.id });
    const replaced = await users.member.client.put(`/v1/tasks/${again.id}`, { title: 'child 2' }, ifMatch(1));
    expect(expectResponse(replaced, 200, TaskSchema).parentTaskId).toBeUndefined();
    expect(await read(first.id)).toMatchObject({ subtaskCount: 0 });
  });

  it('moves the parent counters and version when a subtask is completed or reopened', async () => {
    const parent = await post('parent');
    const child = await post('child', { parentTaskId: parent.id });
    const before = await read(parent.id);
    await users.member.client.patch(`/v1/tasks/${child.id}`, { status: 'done' }, ifMatch(1));
    const after = await read(parent.id);
    expect(after).toMatchObject({ subtaskCount: 1, completedSubtaskCount: 1 });
    expect(after.version).toBe(before.version + 1);
    await users.member.client.patch(`/v1/tasks/${child.id}`, { status: 'in_progress' }, ifMatch(2));
    expect(await read(parent.id)).toMatchObject({ completedSubtaskCount: 0 });
  });
});

describe('the task list', () => {
  it('filters to top-level tasks or to the subtasks of one parent', async () => {
    const project = await seedProject(mapper, [{ sub: users.member.sub, role: 'owner' }]);
    const parent = await post('parent', {}, project);
    const child = await post('child', { parentTaskId: parent.id }, project);
    await post('grandchild', { parentTaskId: child.id }, project);
    const list = async (query: string) => {
      const response = await users.member.client.get(`/v1/projects/${project}/tasks${query}`);
      return expectResponse(response, 200, TaskPageSchema).items.map((task) => task.title);
    };
    expect(await list('?topLevel=true')).toEqual(['parent']);
    expect(await list(`?parentTaskId=${parent.id}`)).toEqual(['child']);
    expect(await list('')).toEqual(['parent', 'child', 'grandchild']);
  });
});

describe('deleting a parent', () => {
  async function expectGone(taskIds: readonly string[]) {
    await Promise.all(
      taskIds.map(async (taskId) => {
        expect((await users.member.client.get(`/v1/tasks/${taskId}`)).status).toBe(404);
        expect((await users.member.client.get(`/v1/projects/${projectId}/tasks/${taskId}`)).status).toBe(404);
      }),
    );
  }

  /** Every id a task list answers, all pages. */
  async function listedIds(path: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const query: string = `${separator}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = expectResponse(await users.member.client.get(`${path}${query}`), 200, TaskPageSchema);
      ids.push(...page.items.map((task) => task.id));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  }

  it('deletes its descendants at every level with it, and takes it off its own parent', async () => {
    const [top, middle, bottom] = await chain(3);
    if (!top || !middle || !bottom) throw new Error('chain too short');
    const sibling = await post('sibling', { parentTaskId: middle.id });
    const current = await read(middle.id);
    const response = await users.member.client.delete(`/v1/tasks/${middle.id}`, ifMatch(current.version));
    expect(response.status).toBe(204);
    await expectGone([middle.id, bottom.id, sibling.id]);
    expect(await read(top.id)).toMatchObject({ subtaskCount: 0 });
  });

  it(`leaves a subtree larger than ${LIMITS.subtreeDeletedAtOnce} tasks to the stream worker, unreachable from the moment the DELETE answers`, async () => {
    const top = await post('big');
    const children = await Promise.all(
      Array.from({ length: 10 }, (_, i) => post(`child ${i}`, { parentTaskId: top.id })),
    );
    const grandchildren: Task[] = [];
    for (const child of children) {
      grandchildren.push(
        ...(await Promise.all(
          Array.from({ length: 14 }, (_, i) =>
            post(`grandchild ${i}`, { parentTaskId: child.id, assigneeId: users.member.sub }),
          ),
        )),
      );
    }
    const descendants = [...children, ...grandchildren];
    expect(descendants).toHaveLength(150);
    const [blocker, commented, patched] = grandchildren;
    if (!blocker || !commented || !patched) throw new Error('no grandchildren');
    const outsider = await post('waits on a grandchild');
    const blocked = await users.member.client.post(`/v1/tasks/${outsider.id}/dependencies`, {
      blockedBy: blocker.id,
    });
    expect(blocked.status).toBe(200);
    await users.member.client.post(`/v1/tasks/${commented.id}/comments`, { body: 'left behind' });
    const stored = await mapper.get(taskEntity, { projectId, id: top.id }, { consistent: true });
    if (!stored) throw new Error('top task not stored');

    const response = await users.member.client.delete(`/v1/tasks/${top.id}`, ifMatch(stored.version));
    expect(response.status).toBe(204);

    // Off the request path: the subtree is still stored, for the stream worker to purge...
    expect(await mapper.get(taskEntity, { projectId, id: patched.id }, { consistent: true })).toBeDefined();
    expect(await mapper.get(projectEntity, { id: projectId }, { consistent: true })).toMatchObject({
      subtreePurges: 1,
    });
    // ...and none of it is reachable.
    const ids = descendants.map((task) => task.id);
    for (let start = 0; start < ids.length; start += 10) await expectGone(ids.slice(start, start + 10));
    expect((await users.member.client.get(`/v1/tasks/${children[0]?.id}/subtasks`)).status).toBe(404);
    expect((await users.member.client.get(`/v1/tasks/${commented.id}/comments`)).status).toBe(404);
    expect(await listedIds(`/v1/projects/${projectId}/tasks`)).not.toContain(patched.id);
    expect(await listedIds(`/v1/projects/${projectId}/tasks?sort=dueDate`)).not.toContain(patched.id);
    expect(await listedIds(`/v1/projects/${projectId}/tasks?parentTaskId=${children[1]?.id}`)).toEqual([]);
    expect(await listedIds('/v1/me/tasks')).not.toContain(patched.id);
    const bulk = await users.member.client.post(`/v1/projects/${projectId}/tasks/bulk`, {
      operations: [
        { op: 'update', taskId: patched.id, changes: { title: 'still there?' } },
        { op: 'delete', taskId: commented.id },
        { op: 'create', task: { title: 'under a removed task', parentTaskId: patched.id } },
      ],
    });
    const results = expectResponse(bulk, 200, BulkTaskResponseSchema).results;
    expect(results.map((result) => result.status)).toEqual([404, 404, 422]);
    const refused = await users.member.client.post(`/v1/tasks/${outsider.id}/dependencies`, {
      blockedBy: patched.id,
    });
    expect(expectResponse(refused, 422, ProblemSchema).errors?.[0]?.path).toBe('body.blockedBy');

    // The stream worker's purge (the task's REMOVE record), delivered twice.
    const worker = createWorkerContainer(api.config).handlers;
    const removal = toEntityChange(streamRecordOf(taskEntity, stored, 'REMOVE'));
    await worker.subtreePurge(removal);
    await worker.subtreePurge(removal);
    for (const task of descendants) {
      expect(await mapper.get(taskRefEntity, { id: task.id }, { consistent: true })).toBeUndefined();
    }
    expect(await mapper.get(projectEntity, { id: projectId }, { consistent: true })).toMatchObject({
      subtreePurges: 0,
    });
    expect(await read(outsider.id)).toMatchObject({ blockedBy: [], isBlocked: false });
  });
});

describe('concurrent subtask changes', () => {
  it(`never nest deeper than ${LIMITS.subtaskDepth} levels: a subtree moved while a task is created under it`, async () => {
    for (let round = 0; round < 6; round++) {
      const [, middle, leaf] = await chain(3);
      const [, target] = await chain(2);
      if (!middle || !leaf || !target) throw new Error('chain too short');
      // Moving `middle` under `target` puts `leaf` on level 3, where it may have no subtask.
      const [moved, created] = await Promise.all([
        users.member.client.patch(`/v1/tasks/${middle.id}`, { parentTaskId: target.id }),
        users.member.client.post(`/v1/projects/${projectId}/tasks`, {
          title: 'deepest',
          parentTaskId: leaf.id,
        }),
      ]);
      const succeeded = [moved.status === 200, created.status === 201];
      expect(succeeded, `round ${round}: ${moved.status} ${created.status}`).not.toEqual([true, true]);
      expect(succeeded).toContain(true);
      const leafNow = await read(leaf.id);
      if (moved.status === 200) expect(leafNow.subtaskCount).toBe(0);
      else
        expect(await read(middle.id)).toMatchObject({ parentTaskId: expect.not.stringMatching(target.id) });
    }
  });

  it('keep the counters right: creates, completions and deletes at once', async () => {
    const parent = await post('busy parent');
    const children = await Promise.all(
      Array.from({ length: 12 }, (_, i) => post(`child ${i}`, { parentTaskId: parent.id })),
    );
    const [toDelete, toComplete, kept] = [children.slice(0, 4), children.slice(4, 9), children.slice(9)];
    const results = await Promise.all([
      ...toDelete.map((task) => users.member.client.delete(`/v1/tasks/${task.id}`, ifMatch(task.version))),
      ...toComplete.map((task) =>
        users.member.client.patch(`/v1/tasks/${task.id}`, { status: 'done' }, ifMatch(task.version)),
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        users.member.client.post(`/v1/projects/${projectId}/tasks`, {
          title: `late ${i}`,
          parentTaskId: parent.id,
          status: i % 2 === 0 ? 'done' : 'todo',
        }),
      ),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([
      ...Array(5).fill(200),
      ...Array(6).fill(201),
      ...Array(4).fill(204),
    ]);
    const listed = (await subtasksOf(parent.id, '?limit=100')).items;
    expect(listed).toHaveLength(kept.length + toComplete.length + 6);
    expect(await read(parent.id)).toMatchObject({
      subtaskCount: listed.length,
      completedSubtaskCount: listed.filter((task) => task.status === 'done').length,
    });
    expect(listed.filter((task) => task.status === 'done')).toHaveLength(5 + 3);
  });
});
