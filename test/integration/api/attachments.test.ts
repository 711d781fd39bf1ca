import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { createContainer } from '#container';
import { createObjectStore, createS3Client } from '#data/s3/object-store';
import { AttachmentPageSchema, AttachmentSchema, AttachmentUploadSchema } from '#http/schemas/attachment';
import { ProblemSchema } from '#http/schemas/problem';
import {
  type ApiClient,
  expectResponse,
  type SignedIn,
  signedInUsers,
  startTestApi,
  type TestApi,
} from '#test/support/api';
import { createProject, createTask, fixtureMapper } from '#test/support/fixtures';

const MAX_BYTES = 256 * 1024;
let api: TestApi;
let owner: SignedIn;
let member: SignedIn;
let admin: SignedIn;
let viewer: SignedIn;
let outsider: SignedIn;
let as: Record<'owner' | 'member' | 'admin' | 'viewer' | 'outsider', ApiClient>;
let taskId: string;
let base: string;
let projectId: string;
let mapper: ReturnType<typeof fixtureMapper>;

beforeAll(async () => {
  api = await startTestApi({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
  const users = await signedInUsers(api, ['owner', 'member', 'admin', 'viewer', 'outsider']);
  ({ owner, member, admin, viewer, outsider } = users);
  as = {
    owner: owner.client,
    member: member.client,
    admin: admin.client,
    viewer: viewer.client,
    outsider: outsider.client,
  };
  mapper = fixtureMapper(api.config);
  projectId = await createProject(mapper, owner.sub, [
    { sub: member.sub, role: 'member' },
    { sub: admin.sub, role: 'admin' },
    { sub: viewer.sub, role: 'viewer' },
  ]);
  taskId = (await createTask(mapper, projectId, owner.sub)).id;
  base = `/v1/tasks/${taskId}/attachments`;
});

const objects = () => createObjectStore(createS3Client(api.config), api.config.s3.bucket);

async function startUpload(client: ApiClient, body: Record<string, unknown>) {
  return expectResponse(await client.post(base, body), 201, AttachmentUploadSchema);
}

async function putBytes(upload: z.infer<typeof AttachmentUploadSchema>['upload'], bytes: Uint8Array) {
  const response = await fetch(upload.url, { method: upload.method, headers: upload.headers, body: bytes });
  expect(response.status).toBe(200);
}

function problemCode(response: { body: unknown }) {
  return ProblemSchema.parse(response.body).code;
}

describe('attachments', () => {
  it('uploads through the presigned URL and downloads the same bytes with the original filename', async () => {
    const bytes = randomBytes(100_000);
    const created = await startUpload(as.member, {
      filename: 'Design ü.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
    });
    expect(created).toMatchObject({ status: 'pending', filename: 'Design ü.pdf', taskId });
    expect(created.download).toBeUndefined();
    expect(new URL(created.upload.url).pathname).toContain(
      `/projects/${created.projectId}/tasks/${taskId}/attachments/${created.id}`,
    );
    const expires = Date.parse(created.upload.expiresAt) - Date.now();
    expect(expires).toBeLessThanOrEqual(15 * 60 * 1000);
    expect(new URL(created.upload.url).searchParams.get('X-Amz-SignedHeaders')).toContain('content-length');

    await putBytes(created.upload, bytes);
    const ready = expectResponse(
      await as.member.post(`${base}/${created.id}/complete`),
      200,
      AttachmentSchema,
    );
    expect(ready.status).toBe('ready');

    const got = expectResponse(await as.viewer.get(`${base}/${created.id}`), 200, AttachmentSchema);
    expect(got.download).toBeDefined();
    const download = await fetch(got.download?.url ?? '');
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''Design%20%C3%BC.pdf");
    expect(got).not.toHaveProperty('objectKey');
  });

  it('answers 409 upload_missing before the upload, and completing twice is harmless', async () => {
    const created = await startUpload(as.member, { filename: 'a.txt', contentType: 'text/plain', size: 5 });
    const early = await as.member.post(`${base}/${created.id}/complete`);
    expect(early.status).toBe(409);
    expect(problemCode(early)).toBe('upload_missing');
    await putBytes(created.upload, new TextEncoder().encode('hello'));
    const first = expectResponse(
      await as.member.post(`${base}/${created.id}/complete`),
      200,
      AttachmentSchema,
    );
    const second = expectResponse(
      await as.member.post(`${base}/${created.id}/complete`),
      200,
      AttachmentSchema,
    );
    expect(second.status).toBe('ready');
    expect(second.version).toBe(first.version);
  });

  it('refuses an upload whose size or type differs (409 upload_mismatch) and discards the object', async () => {
    // s3rver does not check signatures, so a wrong body gets stored: the HEAD check is what catches it.
    const created = await startUpload(as.member, { filename: 'b.txt', contentType: 'text/plain', size: 10 });
    await putBytes(created.upload, new TextEncoder().encode('short'));
    const response = await as.member.post(`${base}/${created.id}/complete`);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      code: 'upload_mismatch',
      expected: { size: 10, contentType: 'text/plain' },
      actual: { size: 5 },
    });
    expect(
      await objects().head(`projects/${created.projectId}/tasks/${taskId}/attachments/${created.id}`),
    ).toBe(undefined);
    const still = expectResponse(await as.member.get(`${base}/${created.id}`), 200, AttachmentSchema);
    expect(still.status).toBe('pending');
  });

  it('stores a sanitized filename: no path, no control or bidi characters', async () => {
    const created = await startUpload(as.member, {
      filename: '../../etc/\u0000pass\u202ewd.txt',
      contentType: 'text/plain',
      size: 3,
    });
    expect(created.filename).toBe('passwd.txt');
    const windows = await startUpload(as.member, {
      filename: 'C:\\fakepath\\report.pdf',
      contentType: 'application/pdf',
      size: 3,
    });
    expect(windows.filename).toBe('report.pdf');
  });

  it('refuses a size over the limit, a content type not allowed and unknown fields (422 naming each)', async () => {
    const tooBig = await as.member.post(base, {
      filename: 'x.png',
      contentType: 'image/png',
      size: MAX_BYTES + 1,
    });
    expectResponse(tooBig, 422, ProblemSchema);
    expect(tooBig.body).toMatchObject({ errors: [{ path: 'body.size' }] });

    const badType = await as.member.post(base, {
      filename: 'x.exe',
      contentType: 'application/x-msdownload',
      size: 10,
    });
    expectResponse(badType, 422, ProblemSchema);
    expect(badType.body).toMatchObject({ errors: [{ path: 'body.contentType' }] });

    const unknown = await as.member.post(base, {
      filename: 'x.png',
      contentType: 'image/png',
      size: 10,
      objectKey: 'projects/other/secret',
      status: 'ready',
    });
    const fields = expectResponse(unknown, 422, ProblemSchema).errors?.map((error) => error.path);
    expect(fields).toEqual(expect.arrayContaining(['body.objectKey', 'body.status']));

    const malformed = await as.member.post(base, { filename: '', contentType: 'png', size: 0 });
    const paths = expectResponse(malformed, 422, ProblemSchema).errors?.map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['body.filename', 'body.contentType', 'body.size']));
  });

  it('lets viewers read but not write, and hides the task from outsiders (404)', async () => {
    const denied = await as.viewer.post(base, { filename: 'v.txt', contentType: 'text/plain', size: 1 });
    expect(denied.status).toBe(403);
    expectResponse(await as.viewer.get(base), 200, AttachmentPageSchema);
    for (const response of [
      await as.outsider.get(base),
      await as.outsider.post(base, { filename: 'o.txt', contentType: 'text/plain', size: 1 }),
    ]) {
      expect(response.status).toBe(404);
      expect(problemCode(response)).toBe('task_not_found');
    }
    const missing = await as.member.get(`/v1/tasks/01JD0000000000000000000000/attachments`);
    expect(missing.status).toBe(404);
  });

  it('lists a task’s attachments page by page', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const page = expectResponse(await as.viewer.get(`${base}${query}`), 200, AttachmentPageSchema);
      for (const item of page.items) seen.add(item.id);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(seen.size).toBeGreaterThanOrEqual(3);
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it('deletes object and record: the uploader or an admin, not another member', async () => {
    const created = await startUpload(as.member, { filename: 'd.txt', contentType: 'text/plain', size: 2 });
    await putBytes(created.upload, new TextEncoder().encode('hi'));
    await as.member.post(`${base}/${created.id}/complete`);
    const key = `projects/${created.projectId}/tasks/${taskId}/attachments/${created.id}`;

    const other = await startUpload(as.owner, { filename: 'e.txt', contentType: 'text/plain', size: 2 });
    expect((await as.member.delete(`${base}/${other.id}`)).status).toBe(403);
    expect((await as.admin.delete(`${base}/${other.id}`)).status).toBe(204);

    expect((await as.viewer.delete(`${base}/${created.id}`)).status).toBe(403);
    expect((await as.member.delete(`${base}/${created.id}`)).status).toBe(204);
    expect(await objects().head(key)).toBeUndefined();
    expect((await as.member.get(`${base}/${created.id}`)).status).toBe(404);
    expect((await as.member.delete(`${base}/${created.id}`)).status).toBe(404);
  });

  it('honours Idempotency-Key: a retry returns the first attachment', async () => {
    const headers = { 'idempotency-key': `att-${randomBytes(4).toString('hex')}` };
    const body = { filename: 'i.txt', contentType: 'text/plain', size: 4 };
    const first = await as.member.post(base, body, headers);
    const again = await as.member.post(base, body, headers);
    const a = expectResponse(first, 201, AttachmentUploadSchema);
    const b = expectResponse(again, 201, AttachmentUploadSchema);
    expect(b.id).toBe(a.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('purges every attachment of a task (objects and records) for the task and project delete flows', async () => {
    const doomed = (await createTask(mapper, projectId, owner.sub)).id;
    const path = `/v1/tasks/${doomed}/attachments`;
    const keys: string[] = [];
    for (const name of ['p1.txt', 'p2.txt', 'p3.txt']) {
      const created = expectResponse(
        await as.member.post(path, { filename: name, contentType: 'text/plain', size: 3 }),
        201,
        AttachmentUploadSchema,
      );
      await putBytes(created.upload, new TextEncoder().encode('abc'));
      keys.push(`projects/${projectId}/tasks/${doomed}/attachments/${created.id}`);
    }
    expect(await createContainer(api.config).services.attachmentService.purgeTask(doomed)).toBe(3);
    for (const key of keys) expect(await objects().head(key)).toBeUndefined();
    const page = expectResponse(await as.member.get(path), 200, AttachmentPageSchema);
    expect(page.items).toEqual([]);
  });
});
