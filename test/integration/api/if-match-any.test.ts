import { beforeAll, describe, expect, it } from 'vitest';
import { clientFor, signedInUser, startTestApi, type TestApi, type TestUser } from '#test/support/api';
import { createProject, createTask, fixtureMapper } from '#test/support/fixtures';

let api: TestApi;
let owner: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  owner = await signedInUser(api, 'ifmatch-owner');
});

describe('If-Match: * (matches any current representation)', () => {
  it('updates a task whatever its version, and answers the new ETag', async () => {
    const mapper = fixtureMapper(api.config);
    const projectId = await createProject(mapper, owner.sub);
    const task = await createTask(mapper, projectId, owner.sub);
    const as = clientFor(api, owner);
    const path = `/v1/projects/${projectId}/tasks/${task.id}`;
    expect((await as.patch(path, { title: 'first' }, { 'if-match': '"1"' })).status).toBe(200);
    const updated = await as.patch(path, { title: 'second' }, { 'if-match': '*' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ title: 'second', version: 3 });
    expect(updated.headers.get('etag')).toBe('"3"');
  });

  it('deletes a project whatever its version; a resource that is gone is 404, not a match', async () => {
    const mapper = fixtureMapper(api.config);
    const projectId = await createProject(mapper, owner.sub);
    const as = clientFor(api, owner);
    expect((await as.delete(`/v1/projects/${projectId}`, { 'if-match': '*' })).status).toBe(204);
    expect((await as.delete(`/v1/projects/${projectId}`, { 'if-match': '*' })).status).toBe(404);
    expect((await as.patch(`/v1/projects/${projectId}`, { name: 'x' }, { 'if-match': '*' })).status).toBe(
      404,
    );
  });

  it('still refuses a stale explicit version (412)', async () => {
    const mapper = fixtureMapper(api.config);
    const projectId = await createProject(mapper, owner.sub);
    const as = clientFor(api, owner);
    const response = await as.patch(`/v1/projects/${projectId}`, { name: 'renamed' }, { 'if-match': '"7"' });
    expect(response.status).toBe(412);
  });
});
