import { beforeAll, describe, expect, it } from 'vitest';
import type { Mapper } from '#data/mapper/mapper';
import { CommentPageSchema, CommentSchema } from '#http/schemas/comment';
import { ProblemSchema } from '#http/schemas/problem';
import { TaskPageSchema, TaskSchema } from '#http/schemas/task';
import {
  type ApiClient,
  clientFor,
  expectResponse,
  signedInUsers,
  startTestApi,
  type TestApi,
  type TestUser,
} from '#test/support/api';
import { fixtureMapper, seedProject } from '#test/support/fixtures';

let api: TestApi;
let mapper: Mapper;
let owner: TestUser;
let member: TestUser;
let outsider: TestUser;
let projectId: string;
let otherProjectId: string;
let asOwner: ApiClient;
let asMember: ApiClient;
let asOutsider: ApiClient;

beforeAll(async () => {
  api = await startTestApi();
  mapper = fixtureMapper(api.config);
  ({ owner, member, outsider } = await signedInUsers(api, ['owner', 'member', 'outsider']));
  projectId = await seedProject(mapper, [
    { sub: owner.sub, role: 'owner' },
    { sub: member.sub, role: 'member' },
  ]);
  // The member belongs to both projects; the outsider only to the other one.
  otherProjectId = await seedProject(mapper, [
    { sub: outsider.sub, role: 'owner' },
    { sub: member.sub, role: 'member' },
  ]);
  asOwner = clientFor(api, owner);
  asMember = clientFor(api, member);
  asOutsider = clientFor(api, outsider);
});

const tasksOf = (pid: string) => `/v1/projects/${pid}/tasks`;

describe('tasks: create and read', () => {
  it('creates a task (201, Location, ETag) and reads it under its project and by id alone', async () => {
    const created = await asMember.post(tasksOf(projectId), {
      title: 'Write the launch post',
      priority: 'high',
      dueDate: '2026-12-01',
      labels: ['docs'],
      assigneeId: owner.sub,
    });
    const task = expectResponse(created, 201, TaskSchema);
    expect(task).toMatchObject({
      projectId,
      title: 'Write the launch post',
      status: 'todo',
      priority: 'high',
      assigneeId: owner.sub,
      createdBy: member.sub,
      version: 1,
    });
    expect(created.headers.get('location')).toBe(`${tasksOf(projectId)}/${task.id}`);
    expect(created.headers.get('etag')).toBe('"1"');

    const read = await asOwner.get(`${tasksOf(projectId)}/${task.id}`);
    expect(expectResponse(read, 200, TaskSchema)).toEqual(task);
    expect(read.headers.get('etag')).toBe('"1"');
    const assigned = await asOwner.get(`${tasksOf(projectId)}?assigneeId=${owner.sub}`);
    expect(expectResponse(assigned, 200, TaskPageSchema).items.map((t) => t.id)).toEqual([task.id]);
    const byId = await asOwner.get(`/v1/tasks/${task.id}`);
    expect(expectResponse(byId, 200, TaskSchema)).toEqual(task);
    expect(byId.headers.get('etag')).toBe('"1"');
  });

  it('needs a token', async () => {
    expect((await clientFor(api).get(tasksOf(projectId))).status).toBe(401);
  });

  it('names every unknown and server-owned field (422)', async () => {
    const response = await asMember.post(tasksOf(projectId), {
      title: 'x',
      id: '01JD3Q8Y8R0W4N6M2K5T7V9XZA',
      version: 3,
      createdBy: 'me',
      colour: 'red',
      status: 'sideways',
    });
    const problem = expectResponse(response, 422, ProblemSchema);
    const text = JSON.stringify(problem.errors);
    for (const field of ['id', 'version', 'createdBy', 'colour', 'status']) expect(text).toContain(field);
  });

  it('refuses an assignee who is not a member (422 body.assigneeId), writing nothing', async () => {
    const response = await asMember.post(tasksOf(projectId), { title: 'Nobody', assigneeId: outsider.sub });
    const problem = expectResponse(response, 422, ProblemSchema);
    expect(problem.errors?.map((error) => error.path)).toEqual(['body.assigneeId']);
    const list = await asOwner.get(`${tasksOf(projectId)}?limit=100`);
    expect((list.body as { items: Array<{ title: string }> }).items.map((t) => t.title)).not.toContain(
      'Nobody',
    );

    const created = expectResponse(
      await asMember.post(tasksOf(projectId), { title: 'Later' }),
      201,
      TaskSchema,
    );
    const patch = await asMember.patch(
      `${tasksOf(projectId)}/${created.id}`,
      { assigneeId: outsider.sub },
      { 'if-match': '"1"' },
    );
    expect(expectResponse(patch, 422, ProblemSchema).errors?.[0]?.path).toBe('body.assigneeId');
  });

  it('PATCH and DELETE apply to the current version without If-Match; a stale If-Match is 412', async () => {
    const task = expectResponse(
      await asMember.post(tasksOf(projectId), { title: 'Versioned' }),
      201,
      TaskSchema,
    );
    const path = `${tasksOf(projectId)}/${task.id}`;
    expect((await asMember.patch(path, { status: 'done' }, { 'if-match': '"7"' })).status).toBe(412);
    const unconditional = await asMember.patch(path, { priority: 'high' });
    expect(expectResponse(unconditional, 200, TaskSchema)).toMatchObject({ priority: 'high', version: 2 });
    expect(unconditional.headers.get('etag')).toBe('"2"');
    const updated = await asMember.patch(
      path,
      { status: 'done', dueDate: '2026-01-02' },
      { 'if-match': '"2"' },
    );
    expect(expectResponse(updated, 200, TaskSchema)).toMatchObject({
      status: 'done',
      priority: 'high',
      version: 3,
    });
    expect(updated.headers.get('etag')).toBe('"3"');
    const cleared = await asMember.patch(path, { dueDate: null }, { 'if-match': '"3"' });
    expect(expectResponse(cleared, 200, TaskSchema).dueDate).toBeUndefined();
    expect((await asMember.delete(path, { 'if-match': '"3"' })).status).toBe(412);
    expect((await asMember.delete(path)).status).toBe(204);
    expect((await asMember.get(path)).status).toBe(404);
    expect((await asMember.get(`/v1/tasks/${task.id}`)).status).toBe(404);
  });

  it('deleting a task deletes its comments', async () => {
    const task = expectResponse(
      await asMember.post(tasksOf(projectId), { title: 'Chatty' }),
      201,
      TaskSchema,
    );
    for (const body of ['one', 'two', 'three']) {
      expectResponse(await asMember.post(`/v1/tasks/${task.id}/comments`, { body }), 201, CommentSchema);
    }
    const page = await asMember.get(`/v1/tasks/${task.id}/comments`);
    expect(expectResponse(page, 200, CommentPageSchema).items.map((c) => c.body)).toEqual([
      'one',
      'two',
      'three',
    ]);
    expect((await asMember.delete(`${tasksOf(projectId)}/${task.id}`, { 'if-match': '"1"' })).status).toBe(
      204,
    );
    const left = await mapper.queryKeys({ partition: `TASK#${task.id}`, limit: 100, consistent: true });
    expect(left.items).toEqual([]);
  });
});

describe('tasks: ids addressed under the wrong parent are 404', () => {
  it('a task of project A under project B, for a member of B only and for a member of both', async () => {
    const task = expectResponse(await asMember.post(tasksOf(projectId), { title: 'In A' }), 201, TaskSchema);
    const swapped = `${tasksOf(otherProjectId)}/${task.id}`;
    for (const client of [asOutsider, asMember]) {
      expect((await client.get(swapped)).status).toBe(404);
      expect((await client.patch(swapped, { title: 'moved' }, { 'if-match': '"1"' })).status).toBe(404);
      expect((await client.delete(swapped, { 'if-match': '"1"' })).status).toBe(404);
    }
    // The outsider cannot reach it by id alone either.
    expect((await asOutsider.get(`/v1/tasks/${task.id}`)).status).toBe(404);
    expect((await asOwner.get(`${tasksOf(projectId)}/${task.id}`)).status).toBe(200);
  });

  it('a comment of task X under task Y', async () => {
    const x = expectResponse(await asMember.post(tasksOf(projectId), { title: 'X' }), 201, TaskSchema);
    const y = expectResponse(await asMember.post(tasksOf(projectId), { title: 'Y' }), 201, TaskSchema);
    const comment = expectResponse(
      await asMember.post(`/v1/tasks/${x.id}/comments`, { body: 'on X' }),
      201,
      CommentSchema,
    );
    const swapped = `/v1/tasks/${y.id}/comments/${comment.id}`;
    expect((await asMember.patch(swapped, { body: 'hijack' })).status).toBe(404);
    expect((await asOwner.delete(swapped)).status).toBe(404);
    expect((await asMember.patch(`/v1/tasks/${x.id}/comments/${comment.id}`, { body: 'ok' })).status).toBe(
      200,
    );
  });
});

describe('tasks: concurrency', () => {
  it('parallel PATCHes with the same If-Match: exactly one 200, the rest 412', async () => {
    const task = expectResponse(await asMember.post(tasksOf(projectId), { title: 'Race' }), 201, TaskSchema);
    const path = `${tasksOf(projectId)}/${task.id}`;
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        asMember.patch(path, { title: `Race ${i}` }, { 'if-match': '"1"' }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412, 412]);
    const final = expectResponse(await asMember.get(path), 200, TaskSchema);
    expect(final.version).toBe(2);
  });

  it('parallel idempotent POSTs with the same key create exactly one task', async () => {
    const key = `create-${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        asMember.post(tasksOf(otherProjectId), { title: 'Once only' }, { 'idempotency-key': key }),
      ),
    );
    const created = responses.filter((response) => response.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const response of responses) expect([201, 409]).toContain(response.status);
    const ids = new Set(created.map((response) => (response.body as { id: string }).id));
    expect(ids.size).toBe(1);
    // A retry after completion replays the same task.
    const replay = await asMember.post(
      tasksOf(otherProjectId),
      { title: 'Once only' },
      { 'idempotency-key': key },
    );
    expect(expectResponse(replay, 201, TaskSchema).id).toBe([...ids][0]);
    const list = await asMember.get(`${tasksOf(otherProjectId)}?limit=100`);
    const titles = (list.body as { items: Array<{ title: string }> }).items.filter(
      (t) => t.title === 'Once only',
    );
    expect(titles).toHaveLength(1);
  });
});
