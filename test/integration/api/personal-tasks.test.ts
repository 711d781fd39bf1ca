import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '#data/dynamodb/client';
import { membershipEntity } from '#data/entities/membership';
import { projectEntity } from '#data/entities/project';
import type { Mapper } from '#data/mapper/mapper';
import { inboxProjectId } from '#domain/inbox';
import { ProblemSchema } from '#http/schemas/problem';
import { ProjectPageSchema, ProjectSchema } from '#http/schemas/project';
import { TaskPageSchema, TaskSchema } from '#http/schemas/task';
import { expectResponse, signedInUser, signedInUsers, startTestApi, type TestApi } from '#test/support/api';
import { fixtureMapper } from '#test/support/fixtures';

/** `POST` and `GET /v1/tasks`: personal tasks in an Inbox project made on first use. */
let api: TestApi;
let mapper: Mapper;

beforeAll(async () => {
  api = await startTestApi();
  mapper = fixtureMapper(api.config);
});

/** How many items the suite's table holds (a consistent scan). */
async function itemCount(): Promise<number> {
  const { doc } = createDynamoClients(api.config);
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(
      new ScanCommand({
        TableName: api.table,
        ConsistentRead: true,
        Select: 'COUNT',
        ExclusiveStartKey: start,
      }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

describe('personal tasks', () => {
  it('creates the Inbox on the first task; the creator owns it and it lists like a project', async () => {
    const { me } = await signedInUsers(api, ['me']);
    expect(expectResponse(await me.client.get('/v1/tasks'), 200, TaskPageSchema)).toEqual({
      items: [],
      nextCursor: null,
    });
    const created = await me.client.post('/v1/tasks', { title: 'Buy milk', dueDate: '2026-12-02' });
    const task = expectResponse(created, 201, TaskSchema);
    expect(task).toMatchObject({ title: 'Buy milk', createdBy: me.sub, status: 'todo', version: 1 });
    expect(created.headers.get('location')).toBe(`/v1/tasks/${task.id}`);
    expect(created.headers.get('etag')).toBe('"1"');

    const projects = expectResponse(await me.client.get('/v1/projects'), 200, ProjectPageSchema);
    expect(projects.items).toHaveLength(1);
    expect(projects.items[0]).toMatchObject({
      id: task.projectId,
      name: 'Inbox',
      inbox: true,
      role: 'owner',
      ownerId: me.sub,
    });
    const nested = await me.client.get(`/v1/projects/${task.projectId}/tasks`);
    expect(expectResponse(nested, 200, TaskPageSchema).items.map((t) => t.id)).toEqual([task.id]);
    const byId = await me.client.get(`/v1/tasks/${task.id}`);
    expect(expectResponse(byId, 200, TaskSchema)).toEqual(task);
  });

  it('writes nothing for a new user who only lists: the Inbox waits for the first task', async () => {
    const { reader } = await signedInUsers(api, ['reader']);
    const before = await itemCount();
    expect(expectResponse(await reader.client.get('/v1/tasks'), 200, TaskPageSchema)).toEqual({
      items: [],
      nextCursor: null,
    });
    expect(
      expectResponse(await reader.client.get('/v1/tasks?status=todo&limit=5'), 200, TaskPageSchema).items,
    ).toEqual([]);
    expect(await itemCount()).toBe(before);
    expect(
      await mapper.get(projectEntity, { id: inboxProjectId(reader.sub) }, { consistent: true }),
    ).toBeUndefined();
  });

  it('creates exactly one Inbox under concurrent first calls', async () => {
    const { racer } = await signedInUsers(api, ['racer']);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) => racer.client.post('/v1/tasks', { title: `race ${index}` })),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const projectIds = new Set(
      responses.map((response) => (response.body as { projectId: string }).projectId),
    );
    expect([...projectIds]).toEqual([inboxProjectId(racer.sub)]);
    const projects = expectResponse(await racer.client.get('/v1/projects'), 200, ProjectPageSchema);
    expect(projects.items.map((project) => project.name)).toEqual(['Inbox']);
    const listed = expectResponse(await racer.client.get('/v1/tasks?limit=100'), 200, TaskPageSchema);
    expect(listed.items).toHaveLength(6);
    const stored = await mapper.get(projectEntity, { id: inboxProjectId(racer.sub) }, { consistent: true });
    expect(stored).toMatchObject({ version: 1, ownerCount: 1, inboxOf: racer.sub });
  });

  it('filters and pages like a project task list', async () => {
    const { pager } = await signedInUsers(api, ['pager']);
    for (const [title, status, dueDate] of [
      ['a', 'todo', '2026-12-03'],
      ['b', 'done', '2026-12-01'],
      ['c', 'todo', '2026-12-02'],
      ['d', 'todo', undefined],
    ] as const) {
      const response = await pager.client.post('/v1/tasks', {
        title,
        status,
        ...(dueDate ? { dueDate } : {}),
      });
      expect(response.status).toBe(201);
    }
    const todo = expectResponse(await pager.client.get('/v1/tasks?status=todo'), 200, TaskPageSchema);
    expect(todo.items.map((t) => t.title).sort()).toEqual(['a', 'c', 'd']);
    const byDue = expectResponse(await pager.client.get('/v1/tasks?sort=dueDate'), 200, TaskPageSchema);
    expect(byDue.items.map((t) => t.title)).toEqual(['b', 'c', 'a', 'd']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/v1/tasks?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = expectResponse(await pager.client.get(query), 200, TaskPageSchema);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((t) => t.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['a', 'b', 'c', 'd']);

    const bad = await pager.client.get('/v1/tasks?limit=0&status=sideways');
    const paths = expectResponse(bad, 422, ProblemSchema).errors?.map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['query.limit', 'query.status']));
    const foreign = await pager.client.get('/v1/tasks?cursor=not-a-cursor');
    expect(expectResponse(foreign, 400, ProblemSchema).code).toBe('invalid_cursor');
  });

  it('replays a create with the same Idempotency-Key', async () => {
    const { once } = await signedInUsers(api, ['once']);
    const headers = { 'idempotency-key': 'inbox-create-1' };
    const first = await once.client.post('/v1/tasks', { title: 'Only once' }, headers);
    const second = await once.client.post('/v1/tasks', { title: 'Only once' }, headers);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(expectResponse(await once.client.get('/v1/tasks'), 200, TaskPageSchema).items).toHaveLength(1);
  });

  it('can be shared, cannot be deleted, and keeps each user to their own Inbox', async () => {
    const { sharer, friend } = await signedInUsers(api, ['sharer', 'friend']);
    const task = expectResponse(await sharer.client.post('/v1/tasks', { title: 'Shared' }), 201, TaskSchema);
    const inboxId = task.projectId;
    const added = await sharer.client.post(`/v1/projects/${inboxId}/members`, {
      email: friend.email,
      role: 'member',
    });
    expect(added.status).toBe(201);
    const seen = await friend.client.get(`/v1/projects/${inboxId}/tasks`);
    expect(expectResponse(seen, 200, TaskPageSchema).items.map((t) => t.id)).toEqual([task.id]);
    // The friend's own /v1/tasks is the friend's own Inbox, not the one shared with them.
    const friendsOwn = expectResponse(await friend.client.get('/v1/tasks'), 200, TaskPageSchema);
    expect(friendsOwn.items).toEqual([]);
    expect(inboxProjectId(friend.sub)).not.toBe(inboxId);

    const project = expectResponse(await sharer.client.get(`/v1/projects/${inboxId}`), 200, ProjectSchema);
    const refused = await sharer.client.delete(`/v1/projects/${inboxId}`, {
      'if-match': `"${project.version}"`,
    });
    expect(expectResponse(refused, 409, ProblemSchema).code).toBe('inbox_not_deletable');
    expect(await mapper.get(projectEntity, { id: inboxId }, { consistent: true })).toBeDefined();
    expect(
      await mapper.get(membershipEntity, { projectId: inboxId, userId: sharer.sub }, { consistent: true }),
    ).toMatchObject({ role: 'owner' });
  });

  it('needs a token', async () => {
    const anonymous = await api.fetch(`/v1/tasks`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });
});

describe('PUT /v1/projects/{projectId}', () => {
  it('replaces name and description for an owner (a description left out is removed), with If-Match', async () => {
    const { owner, viewer, stranger } = await signedInUsers(api, ['owner', 'viewer', 'stranger']);
    const created = await owner.client.post('/v1/projects', { name: 'Old', description: 'old text' });
    const project = expectResponse(created, 201, ProjectSchema);
    await owner.client.post(`/v1/projects/${project.id}/members`, { email: viewer.email, role: 'viewer' });
    const path = `/v1/projects/${project.id}`;

    expect((await owner.client.put(path, { name: 'New' }, { 'if-match': '"9"' })).status).toBe(412);
    const forbidden = await viewer.client.put(path, { name: 'New' }, { 'if-match': '"1"' });
    expect(expectResponse(forbidden, 403, ProblemSchema).code).toBe('role_forbids');
    const hidden = await stranger.client.put(path, { name: 'New' }, { 'if-match': '"1"' });
    expect(expectResponse(hidden, 404, ProblemSchema).code).toBe('project_not_found');
    const invalid = await owner.client.put(
      path,
      { description: 'no name', ownerId: 'me' },
      { 'if-match': '"1"' },
    );
    const paths = expectResponse(invalid, 422, ProblemSchema).errors?.map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.ownerId']));

    const replaced = await owner.client.put(path, { name: 'New' }, { 'if-match': '"1"' });
    const body = expectResponse(replaced, 200, ProjectSchema);
    expect(body).toMatchObject({ id: project.id, name: 'New', version: 2, role: 'owner', inbox: false });
    expect(body).not.toHaveProperty('description');
    expect(replaced.headers.get('etag')).toBe('"2"');
    const read = expectResponse(await viewer.client.get(path), 200, ProjectSchema);
    expect(read).toMatchObject({ name: 'New', version: 2 });
    expect(read).not.toHaveProperty('description');
  });
});

describe('DELETE /v1/auth/logout', () => {
  it('signs out like POST: the access token is refused afterwards', async () => {
    const user = await signedInUser(api, 'leaver');
    const call = (method: string) =>
      api.fetch(`/v1/auth/logout`, {
        method,
        headers: { authorization: `Bearer ${user.accessToken}` },
      });
    expect((await call('DELETE')).status).toBe(204);
    const after = await api.fetch(`/v1/me`, {
      headers: { authorization: `Bearer ${user.accessToken}` },
    });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { code: string }).code).toBe('token_revoked');
    const anonymous = await api.fetch(`/v1/auth/logout`, { method: 'DELETE' });
    expect(anonymous.status).toBe(401);
  });
});
