import { beforeAll, describe, expect, it } from 'vitest';
import { clientFor, signedInUser, startTestApi, type TestApi, type TestUser } from '#test/support/api';
import { createProject, createTask, fixtureMapper } from '#test/support/fixtures';

/** Conditional GET: a client holding the current ETag gets 304 and no body; a stale one gets the resource. */
let api: TestApi;
let owner: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  owner = await signedInUser(api, 'conditional-get');
});

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
}

describe('If-None-Match', () => {
  it('answers 304 without a body to the current ETag on every single-resource read, 200 to a stale one', async () => {
    const mapper = fixtureMapper(api.config);
    const projectId = await createProject(mapper, owner.sub);
    const task = await createTask(mapper, projectId, owner.sub);
    const as = clientFor(api, owner);
    const attachment = await as.post(`/v1/tasks/${task.id}/attachments`, {
      filename: 'notes.txt',
      contentType: 'text/plain',
      size: 5,
    });
    expect(attachment.status).toBe(201);
    const attachmentId = (attachment.body as { id: string }).id;
    for (const path of [
      `/v1/projects/${projectId}`,
      `/v1/projects/${projectId}/tasks/${task.id}`,
      `/v1/tasks/${task.id}`,
      `/v1/tasks/${task.id}/attachments/${attachmentId}`,
    ]) {
      const first = await as.get(path);
      const etag = first.headers.get('etag') ?? '';
      expect(etag, path).toMatch(/^"\d+"$/);
      const again = await as.get(path, { 'if-none-match': etag });
      expect(again.status, path).toBe(304);
      expect(again.body, path).toBe('');
      expect(again.headers.get('etag'), path).toBe(etag);
      expect(again.headers.get('x-request-id'), path).toBeTruthy();
      // Weak validators and lists of tags match too; a stale tag gets the resource.
      expect((await as.get(path, { 'if-none-match': `"0", W/${etag}` })).status, path).toBe(304);
      const stale = await as.get(path, { 'if-none-match': '"0"' });
      expect(stale.status, path).toBe(200);
      expect(stale.body, path).toEqual(first.body);
    }
  });

  it('is a 304 of the new version only after a write', async () => {
    const mapper = fixtureMapper(api.config);
    const projectId = await createProject(mapper, owner.sub);
    const as = clientFor(api, owner);
    const path = `/v1/projects/${projectId}`;
    const etag = (await as.get(path)).headers.get('etag') ?? '';
    await as.patch(path, { name: 'Renamed' });
    const changed = await as.get(path, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Renamed' });
  });

  it('is declared on every GET that sends an ETag, with the request header', async () => {
    const document = (await (await api.fetch('/openapi.json')).json()) as OpenApiDocument;
    let reads = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      const read = item.get;
      if (!read?.responses['200']?.headers?.ETag) continue;
      reads += 1;
      expect(read.responses['304']?.headers, path).toHaveProperty('ETag');
      expect(JSON.stringify(read), path).toContain('"if-none-match"');
    }
    expect(reads).toBeGreaterThanOrEqual(4);
  });
});
