import { beforeAll, describe, expect, it } from 'vitest';
import { commentEntity } from '#data/entities/comment';
import type { Mapper } from '#data/mapper/mapper';
import { ProblemSchema } from '#http/schemas/problem';
import { TaskSchema } from '#http/schemas/task';
import { newId } from '#lib/ids';
import { expectResponse, signedInUsers, startTestApi, type TestApi } from '#test/support/api';
import { createTask, fixtureMapper, seedProject } from '#test/support/fixtures';

/** `PUT`, `PATCH` and `DELETE /v1/tasks/{taskId}`: the nested routes' rules, by task id alone. */
let api: TestApi;
let mapper: Mapper;
let projectId: string;
let users: Awaited<ReturnType<typeof signedInUsers<'owner' | 'admin' | 'member' | 'viewer' | 'outsider'>>>;

beforeAll(async () => {
  api = await startTestApi();
  mapper = fixtureMapper(api.config);
  users = await signedInUsers(api, ['owner', 'admin', 'member', 'viewer', 'outsider']);
  projectId = await seedProject(mapper, [
    { sub: users.owner.sub, role: 'owner' },
    { sub: users.admin.sub, role: 'admin' },
    { sub: users.member.sub, role: 'member' },
    { sub: users.viewer.sub, role: 'viewer' },
  ]);
  // The outsider has a project of their own: being signed in is not being a member.
  await seedProject(mapper, [{ sub: users.outsider.sub, role: 'owner' }]);
});

const byId = (taskId: string) => `/v1/tasks/${taskId}`;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

describe('PATCH /v1/tasks/{taskId}', () => {
  it('changes the task for a member and is seen under the nested route with the new ETag', async () => {
    const task = await createTask(mapper, projectId, users.owner.sub, { description: 'keep me' });
    const response = await users.member.client.patch(byId(task.id), { status: 'done' }, ifMatch(1));
    expect(expectResponse(response, 200, TaskSchema)).toMatchObject({
      id: task.id,
      status: 'done',
      description: 'keep me',
      version: 2,
    });
    expect(response.headers.get('etag')).toBe('"2"');
    const nested = await users.owner.client.get(`/v1/projects/${projectId}/tasks/${task.id}`);
    expect(expectResponse(nested, 200, TaskSchema).status).toBe('done');
  });

  it('answers 412 to a stale If-Match, changing nothing, and applies a PATCH without one to the current version', async () => {
    const task = await createTask(mapper, projectId, users.member.sub);
    const stale = await users.member.client.patch(byId(task.id), { title: 'x' }, ifMatch(7));
    expect(expectResponse(stale, 412, ProblemSchema).code).toBe('precondition_failed');
    const read = await users.member.client.get(byId(task.id));
    expect(expectResponse(read, 200, TaskSchema)).toMatchObject({ title: task.title, version: 1 });
    const unconditional = await users.member.client.patch(byId(task.id), { title: 'x' });
    expect(expectResponse(unconditional, 200, TaskSchema)).toMatchObject({ title: 'x', version: 2 });
  });

  it('refuses a viewer (403), hides the task from an outsider (404) and names bad fields (422)', async () => {
    const task = await createTask(mapper, projectId, users.member.sub);
    const viewer = await users.viewer.client.patch(byId(task.id), { title: 'x' }, ifMatch(1));
    expect(expectResponse(viewer, 403, ProblemSchema).code).toBe('role_forbids');
    const outsider = await users.outsider.client.patch(byId(task.id), { title: 'x' }, ifMatch(1));
    expect(expectResponse(outsider, 404, ProblemSchema).code).toBe('task_not_found');
    const unknown = await users.member.client.patch(byId(newId()), { title: 'x' }, ifMatch(1));
    expect(expectResponse(unknown, 404, ProblemSchema).code).toBe('task_not_found');
    const invalid = await users.member.client.patch(
      byId(task.id),
      { status: 'sideways', colour: 1 },
      ifMatch(1),
    );
    const paths = expectResponse(invalid, 422, ProblemSchema).errors?.map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['body.status', 'body.colour']));
  });

  it("refuses an assignee who is not a member of the task's project (422 body.assigneeId)", async () => {
    const task = await createTask(mapper, projectId, users.member.sub);
    const response = await users.member.client.patch(
      byId(task.id),
      { assigneeId: users.outsider.sub },
      ifMatch(1),
    );
    expect(expectResponse(response, 422, ProblemSchema).errors?.map((error) => error.path)).toEqual([
      'body.assigneeId',
    ]);
  });
});

describe('PUT /v1/tasks/{taskId}', () => {
  it('replaces every client-owned field: what is left out is cleared or defaulted', async () => {
    const task = await createTask(mapper, projectId, users.member.sub, {
      description: 'old',
      dueDate: '2026-12-24',
      status: 'blocked',
      priority: 'urgent',
      labels: ['a'],
      assigneeId: users.admin.sub,
    });
    const response = await users.member.client.put(byId(task.id), { title: 'Replaced' }, ifMatch(1));
    const replaced = expectResponse(response, 200, TaskSchema);
    expect(replaced).toMatchObject({
      id: task.id,
      projectId,
      title: 'Replaced',
      status: 'todo',
      priority: 'medium',
      labels: [],
      createdBy: users.member.sub,
      version: 2,
    });
    expect(replaced).not.toHaveProperty('description');
    expect(replaced).not.toHaveProperty('dueDate');
    expect(replaced).not.toHaveProperty('assigneeId');
    const assigned = await users.admin.client.get(`/v1/me/tasks`);
    expect((assigned.body as { items: Array<{ id: string }> }).items.map((t) => t.id)).not.toContain(task.id);
  });

  it('needs the title, refuses server-owned fields (422) and a role (403), and replaces the current version without If-Match', async () => {
    const task = await createTask(mapper, projectId, users.member.sub);
    const invalid = await users.member.client.put(byId(task.id), { version: 5, createdBy: 'me' }, ifMatch(1));
    const paths = expectResponse(invalid, 422, ProblemSchema).errors?.map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['body.title', 'body.version', 'body.createdBy']));
    const replaced = await users.member.client.put(byId(task.id), { title: 'x' });
    expect(expectResponse(replaced, 200, TaskSchema)).toMatchObject({ title: 'x', version: 2 });
    const viewer = await users.viewer.client.put(byId(task.id), { title: 'x' }, ifMatch(1));
    expect(viewer.status).toBe(403);
    const outsider = await users.outsider.client.put(byId(task.id), { title: 'x' }, ifMatch(1));
    expect(outsider.status).toBe(404);
  });
});

describe('DELETE /v1/tasks/{taskId}', () => {
  it('lets a member delete their own task with its comments, and an admin any task', async () => {
    const own = await createTask(mapper, projectId, users.member.sub);
    const commentId = newId();
    await mapper.create(commentEntity, {
      id: commentId,
      taskId: own.id,
      projectId,
      authorId: users.member.sub,
      body: 'goes with the task',
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });
    expect((await users.member.client.delete(byId(own.id), ifMatch(1))).status).toBe(204);
    expect((await users.member.client.get(byId(own.id))).status).toBe(404);
    expect(await mapper.get(commentEntity, { taskId: own.id, id: commentId }, { consistent: true })).toBe(
      undefined,
    );

    const others = await createTask(mapper, projectId, users.owner.sub);
    const refused = await users.member.client.delete(byId(others.id), ifMatch(1));
    expect(expectResponse(refused, 403, ProblemSchema).code).toBe('role_forbids');
    expect((await users.admin.client.delete(byId(others.id), ifMatch(1))).status).toBe(204);
  });

  it('answers 412 (stale) and 404 (outsider) and keeps the task; without If-Match deletes the current version', async () => {
    const task = await createTask(mapper, projectId, users.member.sub);
    expect((await users.member.client.delete(byId(task.id), ifMatch(3))).status).toBe(412);
    expect((await users.outsider.client.delete(byId(task.id), ifMatch(1))).status).toBe(404);
    expect((await users.member.client.get(byId(task.id))).status).toBe(200);
    expect((await users.member.client.delete(byId(task.id))).status).toBe(204);
    expect((await users.member.client.get(byId(task.id))).status).toBe(404);
  });
});
