import { beforeAll, describe, expect, it } from 'vitest';
import type { Mapper } from '#data/mapper/mapper';
import { LIMITS } from '#domain/vocabulary';
import { ProblemSchema } from '#http/schemas/problem';
import { TaskSchema } from '#http/schemas/task';
import { expectResponse, type SignedIn, signedInUsers, startTestApi, type TestApi } from '#test/support/api';
import { fixtureMapper, seedProject } from '#test/support/fixtures';

/** "Blocked by": same project, no self-dependency, no cycles (even two concurrent halves of one), isBlocked. */
let api: TestApi;
let mapper: Mapper;
let projectId: string;
let otherProjectId: string;
let users: Record<'member' | 'viewer', SignedIn>;

beforeAll(async () => {
  api = await startTestApi();
  mapper = fixtureMapper(api.config);
  users = await signedInUsers(api, ['member', 'viewer']);
  projectId = await seedProject(mapper, [
    { sub: users.member.sub, role: 'owner' },
    { sub: users.viewer.sub, role: 'viewer' },
  ]);
  otherProjectId = await seedProject(mapper, [{ sub: users.member.sub, role: 'owner' }]);
});

async function post(title: string, fields: Record<string, unknown> = {}, project = projectId) {
  const response = await users.member.client.post(`/v1/projects/${project}/tasks`, { title, ...fields });
  return expectResponse(response, 201, TaskSchema);
}

const read = async (taskId: string) =>
  expectResponse(await users.member.client.get(`/v1/tasks/${taskId}`), 200, TaskSchema);

const block = (taskId: string, blockedBy: string, client = users.member.client) =>
  client.post(`/v1/tasks/${taskId}/dependencies`, { blockedBy });

describe('a dependency', () => {
  it('lists the blocker on the blocked task and the blocked task on the blocker; isBlocked until the blocker is done', async () => {
    const blocker = await post('Design');
    const blocked = await post('Build');
    const answer = expectResponse(await block(blocked.id, blocker.id), 200, TaskSchema);
    expect(answer).toMatchObject({ blockedBy: [blocker.id], isBlocked: true, version: 2 });
    expect(await read(blocker.id)).toMatchObject({ blocking: [blocked.id], isBlocked: false });
    // Again: nothing changes.
    expect(expectResponse(await block(blocked.id, blocker.id), 200, TaskSchema).version).toBe(2);

    // A blocked task may be moved to done; it still says it is blocked.
    const done = await users.member.client.patch(
      `/v1/tasks/${blocked.id}`,
      { status: 'done' },
      { 'if-match': '"2"' },
    );
    expect(expectResponse(done, 200, TaskSchema)).toMatchObject({ status: 'done', isBlocked: true });

    const current = await read(blocker.id);
    await users.member.client.patch(
      `/v1/tasks/${blocker.id}`,
      { status: 'done' },
      { 'if-match': `"${current.version}"` },
    );
    expect((await read(blocked.id)).isBlocked).toBe(false);
    await users.member.client.patch(
      `/v1/tasks/${blocker.id}`,
      { status: 'todo' },
      {
        'if-match': `"${current.version + 1}"`,
      },
    );
    expect((await read(blocked.id)).isBlocked).toBe(true);
  });

  it('refuses a self-dependency and a task of another project (422 body.blockedBy), and a viewer (403)', async () => {
    const task = await post('alone');
    const foreign = await post('elsewhere', {}, otherProjectId);
    for (const blocker of [task.id, foreign.id]) {
      const problem = expectResponse(await block(task.id, blocker), 422, ProblemSchema);
      expect(problem.errors?.map((error) => error.path)).toEqual(['body.blockedBy']);
    }
    const other = await post('other');
    expect(expectResponse(await block(task.id, other.id, users.viewer.client), 403, ProblemSchema).code).toBe(
      'role_forbids',
    );
    expect(await read(task.id)).toMatchObject({ blockedBy: [], version: 1 });
  });

  it('refuses cycles of any length (409 dependency_cycle)', async () => {
    const [a, b, c] = [await post('a'), await post('b'), await post('c')];
    expect((await block(b.id, a.id)).status).toBe(200);
    expect(expectResponse(await block(a.id, b.id), 409, ProblemSchema).code).toBe('dependency_cycle');
    expect((await block(c.id, b.id)).status).toBe(200);
    expect(expectResponse(await block(a.id, c.id), 409, ProblemSchema).code).toBe('dependency_cycle');
    expect((await read(a.id)).blockedBy).toEqual([]);
  });

  it('lets only one of two concurrent halves of a cycle commit', async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b] = [await post(`x${round}`), await post(`y${round}`)];
      const answers = await Promise.all([block(a.id, b.id), block(b.id, a.id)]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const [readA, readB] = [await read(a.id), await read(b.id)];
      expect(readA.blockedBy.length + readB.blockedBy.length).toBe(1);
    }
  });

  it(`allows at most ${LIMITS.blockersPerTask} blockers per task`, async () => {
    const task = await post('waits a lot');
    const blockers = await Promise.all(
      Array.from({ length: LIMITS.blockersPerTask + 1 }, (_, i) => post(`b${i}`)),
    );
    for (const blocker of blockers.slice(0, LIMITS.blockersPerTask)) {
      expect((await block(task.id, blocker.id)).status).toBe(200);
    }
    const over = await block(task.id, blockers[LIMITS.blockersPerTask]?.id ?? '');
    expect(expectResponse(over, 422, ProblemSchema).errors?.[0]?.path).toBe('body.blockedBy');
  });

  it('is removed with DELETE (404 dependency_not_found when absent) and when either task is deleted', async () => {
    const [a, b, c] = [await post('a'), await post('b'), await post('c')];
    await block(b.id, a.id);
    await block(c.id, b.id);
    const removed = await users.member.client.delete(`/v1/tasks/${b.id}/dependencies/${a.id}`);
    expect(expectResponse(removed, 200, TaskSchema)).toMatchObject({ blockedBy: [], isBlocked: false });
    expect((await read(a.id)).blocking).toEqual([]);
    const again = await users.member.client.delete(`/v1/tasks/${b.id}/dependencies/${a.id}`);
    expect(expectResponse(again, 404, ProblemSchema).code).toBe('dependency_not_found');

    const current = await read(b.id);
    expect(
      (await users.member.client.delete(`/v1/tasks/${b.id}`, { 'if-match': `"${current.version}"` })).status,
    ).toBe(204);
    expect(await read(c.id)).toMatchObject({ blockedBy: [], isBlocked: false });
  });
});
