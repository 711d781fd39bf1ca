import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createObjectStore, createS3Client } from '#data/s3/object-store';
import { AttachmentUploadSchema } from '#http/schemas/attachment';
import { ProjectSchema } from '#http/schemas/project';
import { TaskSchema } from '#http/schemas/task';
import {
  type ApiClient,
  clientFor,
  expectResponse,
  signedInUser,
  startTestApi,
  type TestApi,
} from '#test/support/api';
import { eventually } from '#test/support/eventually';
import { startTestWorker } from '#test/support/worker';
import type { StreamPoller } from '../../../scripts/local/stream-poller.ts';

/** Deleting a task or a project takes its attachment files with it, through the API only. */
let api: TestApi;
let owner: ApiClient;
let worker: StreamPoller;
beforeAll(async () => {
  api = await startTestApi();
  worker = await startTestWorker(api.config);
  owner = clientFor(api, await signedInUser(api, 'cascade-owner'));
});
afterAll(async () => {
  await worker?.stop();
});

const objects = () => createObjectStore(createS3Client(api.config), api.config.s3.bucket);

/** A project with one task carrying one completed attachment; returns what the deletes must remove. */
async function projectWithAttachment() {
  const project = expectResponse(await owner.post('/v1/projects', { name: 'Cascade' }), 201, ProjectSchema);
  const task = expectResponse(
    await owner.post(`/v1/projects/${project.id}/tasks`, { title: 'Has a file' }),
    201,
    TaskSchema,
  );
  const bytes = new TextEncoder().encode('attachment bytes');
  const created = expectResponse(
    await owner.post(`/v1/tasks/${task.id}/attachments`, {
      filename: 'notes.txt',
      contentType: 'text/plain',
      size: bytes.length,
    }),
    201,
    AttachmentUploadSchema,
  );
  const put = await fetch(created.upload.url, {
    method: 'PUT',
    headers: created.upload.headers,
    body: bytes,
  });
  expect(put.status).toBe(200);
  const attachmentPath = `/v1/tasks/${task.id}/attachments/${created.id}`;
  expect((await owner.post(`${attachmentPath}/complete`)).status).toBe(200);
  const key = `projects/${project.id}/tasks/${task.id}/attachments/${created.id}`;
  expect(await objects().head(key)).toEqual({ size: bytes.length, contentType: 'text/plain' });
  return { project, task, attachmentPath, key };
}

describe('delete cascades', () => {
  it('deleting a task deletes its attachments and their files', async () => {
    const { project, task, attachmentPath, key } = await projectWithAttachment();
    const deleted = await owner.delete(`/v1/projects/${project.id}/tasks/${task.id}`, {
      'if-match': `"${task.version}"`,
    });
    expect(deleted.status).toBe(204);
    expect(await objects().head(key)).toBeUndefined();
    expect((await owner.get(attachmentPath)).status).toBe(404);
  });

  it('deleting a project deletes the files of every attachment in it (on the stream worker)', async () => {
    const { project, key, attachmentPath } = await projectWithAttachment();
    const deleted = await owner.delete(`/v1/projects/${project.id}`, { 'if-match': `"${project.version}"` });
    expect(deleted.status).toBe(204);
    expect((await owner.get(attachmentPath)).status).toBe(404);
    await eventually(async () => expect(await objects().head(key)).toBeUndefined());
  });
});
