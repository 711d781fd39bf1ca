import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectPageSchema, ProjectSchema } from '#http/schemas/project';
import {
  type ApiClient,
  clientFor,
  expectResponse,
  postMember,
  postProject,
  signedInUser,
  signedInUsers,
  startTestApi,
  type TestApi,
  type TestUser,
} from '#test/support/api';

let api: TestApi;
let alice: TestUser;
let bob: TestUser;
let asAlice: ApiClient;
let asBob: ApiClient;

beforeAll(async () => {
  api = await startTestApi();
  const signed = await signedInUsers(api, ['alice', 'bob']);
  ({ alice, bob } = signed);
  [asAlice, asBob] = [signed.alice.client, signed.bob.client];
});

async function listAll(client: ApiClient, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = expectResponse(await client.get(`/v1/projects${query}`), 200, ProjectPageSchema);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((project) => project.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe('projects', () => {
  it('creates a project whose creator is its owner, with Location and ETag', async () => {
    const response = await asAlice.post('/v1/projects', { name: 'Launch', description: 'November' });
    const project = expectResponse(response, 201, ProjectSchema);
    expect(project).toMatchObject({
      name: 'Launch',
      description: 'November',
      ownerId: alice.sub,
      role: 'owner',
    });
    expect(response.headers.get('location')).toBe(`/v1/projects/${project.id}`);
    expect(response.headers.get('etag')).toBe(`"${project.version}"`);
    expect(project).not.toHaveProperty('ownerCount');

    const read = await asAlice.get(`/v1/projects/${project.id}`);
    expect(expectResponse(read, 200, ProjectSchema)).toEqual(project);
    expect(read.headers.get('etag')).toBe('"1"');
  });

  it('refuses anonymous callers', async () => {
    expect((await clientFor(api).get('/v1/projects')).status).toBe(401);
    expect((await clientFor(api).post('/v1/projects', { name: 'x' })).status).toBe(401);
  });

  it('names every unknown and server-owned field in one 422', async () => {
    const response = await asAlice.post('/v1/projects', {
      name: 'x',
      id: '01JD3Q8Y8R0W4N6M2K5T7V9XZA',
      ownerId: bob.sub,
      version: 9,
      colour: 'red',
    });
    expect(response.status).toBe(422);
    const paths = (response.body as { errors: Array<{ path: string }> }).errors.map((error) => error.path);
    expect(paths.sort()).toEqual(['body.colour', 'body.id', 'body.ownerId', 'body.version']);

    const project = await postProject(asAlice);
    const patch = await asAlice.patch(
      `/v1/projects/${project.id}`,
      { ownerCount: 5, createdAt: 'x' },
      { 'if-match': '"1"' },
    );
    expect(patch.status).toBe(422);
    const patchPaths = (patch.body as { errors: Array<{ path: string }> }).errors.map((error) => error.path);
    expect(patchPaths.sort()).toEqual(['body.createdAt', 'body.ownerCount']);
    expect((await asAlice.post('/v1/projects', { name: '' })).status).toBe(422);
    const empty = await asAlice.patch(`/v1/projects/${project.id}`, {}, { 'if-match': '"1"' });
    expect(empty.body).toMatchObject({
      status: 422,
      errors: [{ path: 'body', message: 'must change at least one field' }],
    });
  });

  it('lists only my projects, with my role; a project I am removed from disappears', async () => {
    const mine = await postProject(asBob, 'Bob only');
    const shared = await postProject(asAlice, 'Shared');
    await postMember(asAlice, shared.id, bob.sub, 'viewer');
    const bobs = expectResponse(await asBob.get('/v1/projects?limit=100'), 200, ProjectPageSchema);
    expect(bobs.items.map((project) => [project.id, project.role]).sort()).toEqual(
      [
        [mine.id, 'owner'],
        [shared.id, 'viewer'],
      ].sort(),
    );
    const alices = await listAll(asAlice, 100);
    expect(alices).toContain(shared.id);
    expect(alices).not.toContain(mine.id);

    expect((await asAlice.delete(`/v1/projects/${shared.id}/members/${bob.sub}`)).status).toBe(204);
    expect(await listAll(asBob, 100)).toEqual([mine.id]);
    expect((await asBob.get(`/v1/projects/${shared.id}`)).status).toBe(404);
  });

  it('pages through 30 projects with limit 7, each exactly once', async () => {
    const paginator = clientFor(api, await signedInUser(api, 'pager'));
    const created: string[] = [];
    for (let i = 0; i < 30; i++) created.push((await postProject(paginator, `P${i}`)).id);
    const seen = await listAll(paginator, 7);
    expect(seen).toHaveLength(30);
    expect([...seen].sort()).toEqual([...created].sort());
  });

  it("rejects another caller's cursor and a forged one", async () => {
    const page = expectResponse(await asAlice.get('/v1/projects?limit=1'), 200, ProjectPageSchema);
    expect(page.nextCursor).not.toBeNull();
    const cursor = encodeURIComponent(page.nextCursor ?? '');
    expect((await asBob.get(`/v1/projects?limit=1&cursor=${cursor}`)).status).toBe(400);
    expect((await asAlice.get('/v1/projects?cursor=forged')).status).toBe(400);
    expect((await asAlice.get('/v1/projects?limit=101')).status).toBe(422);
  });
});

describe('If-Match on project writes', () => {
  it('refuses a stale If-Match (412), applies writes without one to the current version, and answers a new ETag', async () => {
    const project = await postProject(asAlice);
    const path = `/v1/projects/${project.id}`;
    expect((await asAlice.patch(path, { name: 'New' }, { 'if-match': '"7"' })).status).toBe(412);
    expect((await asAlice.patch(path, { name: 'New' }, { 'if-match': 'garbage' })).status).toBe(412);
    const updated = await asAlice.patch(path, { name: 'New', description: 'd' }, { 'if-match': '"1"' });
    expect(expectResponse(updated, 200, ProjectSchema)).toMatchObject({
      name: 'New',
      description: 'd',
      version: 2,
    });
    expect(updated.headers.get('etag')).toBe('"2"');
    const cleared = await asAlice.patch(path, { description: null }, { 'if-match': '"2"' });
    expect(expectResponse(cleared, 200, ProjectSchema)).not.toHaveProperty('description');
    expect((await asAlice.delete(path, { 'if-match': '"1"' })).status).toBe(412);
    expect((await asAlice.get(path)).status).toBe(200);
    const renamed = await asAlice.patch(path, { name: 'Newer' });
    expect(expectResponse(renamed, 200, ProjectSchema)).toMatchObject({ name: 'Newer', version: 4 });
    expect((await asAlice.delete(path)).status).toBe(204);
    expect((await asAlice.get(path)).status).toBe(404);
  });

  it('lets exactly one of many parallel PATCHes with the same If-Match win', async () => {
    const project = await postProject(asAlice);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        asAlice.patch(`/v1/projects/${project.id}`, { name: `Racer ${i}` }, { 'if-match': '"1"' }),
      ),
    );
    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412, 412, 412, 412]);
    const read = expectResponse(await asAlice.get(`/v1/projects/${project.id}`), 200, ProjectSchema);
    expect(read.version).toBe(2);
  });
});

describe('Idempotency-Key on POST /v1/projects', () => {
  it('replays the first response for the same key and body', async () => {
    const client = clientFor(api, await signedInUser(api, 'idem'));
    const first = await client.post('/v1/projects', { name: 'Once' }, { 'idempotency-key': 'k-1' });
    const again = await client.post('/v1/projects', { name: 'Once' }, { 'idempotency-key': 'k-1' });
    const a = expectResponse(first, 201, ProjectSchema);
    expect(expectResponse(again, 201, ProjectSchema)).toEqual(a);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await client.post('/v1/projects', { name: 'Other' }, { 'idempotency-key': 'k-1' })).status).toBe(
      422,
    );
    expect(await listAll(client, 100)).toEqual([a.id]);
  });

  it('creates exactly one project for parallel POSTs with one key', async () => {
    const client = clientFor(api, await signedInUser(api, 'idem-race'));
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        client.post('/v1/projects', { name: 'Race' }, { 'idempotency-key': 'race' }),
      ),
    );
    for (const result of results) expect([201, 409]).toContain(result.status);
    const created = results
      .filter((result) => result.status === 201)
      .map((result) => (result.body as { id: string }).id);
    expect(new Set(created).size).toBe(1);
    expect(await listAll(client, 100)).toHaveLength(1);
  });
});
