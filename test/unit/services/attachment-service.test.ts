import { beforeEach, describe, expect, it } from 'vitest';
import type { Attachment } from '#data/entities/attachment';
import type { Task } from '#data/entities/task';
import type { PresignedUpload } from '#data/s3/object-store';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#domain/errors';
import { made, withoutKey, withReceipt } from '#domain/idempotency';
import { newId } from '#lib/ids';
import {
  attachmentObjectKey,
  createAttachmentService,
  PENDING_TTL_SECONDS,
} from '#services/attachment-service';
import { createTaskAccess } from '#services/project-access';
import { manualClock } from '#test/support/fixtures';
import {
  caller,
  createTask,
  type MemoryTable,
  memoryAttachmentRepository,
  memoryObjectStore,
  memoryProjectAccess,
  memoryTable,
  memoryTaskLookup,
  putProject,
} from '#test/support/memory-repositories';

const adam = caller('adam');
const mia = caller('mia');
const max = caller('max');
const vera = caller('vera');
const outsider = caller('outsider');

let table: MemoryTable;
let clock: ReturnType<typeof manualClock>;
let task: Task;

function attachmentService() {
  const projectAccess = memoryProjectAccess(table);
  return createAttachmentService({
    attachments: memoryAttachmentRepository(table),
    objects: memoryObjectStore(table),
    taskAccess: createTaskAccess({ tasks: memoryTaskLookup(table), projectAccess }),
    limits: { maxBytes: 1000, contentTypes: ['application/pdf', 'text/plain'] },
    clock,
  });
}

beforeEach(async () => {
  clock = manualClock();
  table = memoryTable(clock);
  const projectId = putProject(table, { id: newId() }, [
    { userId: 'olive', role: 'owner' },
    { userId: adam.sub, role: 'admin' },
    { userId: mia.sub, role: 'member' },
    { userId: max.sub, role: 'member' },
    { userId: vera.sub, role: 'viewer' },
  ]).id;
  task = await createTask(table, projectId);
});

const input = { filename: 'plan.pdf', contentType: 'application/pdf', size: 12 };
const upload = async (by = mia) => made(await attachmentService().create(by, task.id, input, withoutKey()));
/** What the client's PUT to the presigned URL leaves in the bucket. */
const put = (attachment: Attachment, body = 'x'.repeat(12), contentType = 'application/pdf') =>
  table.objects.set(attachment.objectKey, { body, contentType });

describe('attachment service: create', () => {
  it('stores a pending record that expires in a day, under a key of ids only, and a presigned PUT bound to its type', async () => {
    const { attachment, upload: url } = made(
      await attachmentService().create(
        mia,
        task.id,
        { ...input, filename: '../../secret/plan.pdf' },
        withoutKey(),
      ),
    );
    expect(attachment).toMatchObject({
      filename: 'plan.pdf',
      status: 'pending',
      size: 12,
      createdBy: 'mia',
      version: 1,
    });
    expect(attachment.objectKey).toBe(attachmentObjectKey(task.projectId, task.id, attachment.id));
    expect(attachment.ttl).toBe(Math.floor(clock.now().getTime() / 1000) + PENDING_TTL_SECONDS);
    expect(url).toMatchObject({ method: 'PUT', headers: { 'Content-Type': 'application/pdf' } });
  });

  it('names every invalid field at once (filename, size, contentType) and stores nothing', async () => {
    const error = await attachmentService()
      .create(mia, task.id, { filename: '/', contentType: 'image/gif', size: 1001 }, withoutKey())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.map(({ field }) => field).sort()).toEqual([
      'contentType',
      'filename',
      'size',
    ]);
    expect(table.attachments.size).toBe(0);
  });

  it('refuses a viewer (role_forbids) and hides the task from a non-member (task_not_found)', async () => {
    await expect(attachmentService().create(vera, task.id, input, withoutKey())).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const hidden = await attachmentService()
      .create(outsider, task.id, input, withoutKey())
      .catch((e: unknown) => e);
    expect(hidden).toBeInstanceOf(NotFoundError);
    expect(hidden).toMatchObject({ code: 'task_not_found' });
    expect(table.attachments.size).toBe(0);
  });

  it('under an Idempotency-Key, creates once and answers the first response again', async () => {
    const options = withReceipt<{ attachment: Attachment; upload: PresignedUpload }>({
      scope: 'mia',
      key: 'a1',
      requestHash: 'h',
      respond: ({ attachment }) => ({ status: 201, headers: {}, body: JSON.stringify(attachment) }),
    });
    const first = made(await attachmentService().create(mia, task.id, input, options));
    const again = await attachmentService().create(mia, task.id, input, options);
    expect(JSON.parse(again.replay?.body ?? '{}').id).toBe(first.attachment.id);
    expect(table.attachments.size).toBe(1);
  });
});

describe('attachment service: complete', () => {
  it('refuses to complete before the upload (upload_missing)', async () => {
    const { attachment } = await upload();
    const error = await attachmentService()
      .complete(mia, task.id, attachment.id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'upload_missing' });
  });

  it('discards an upload of another size or type (upload_mismatch, with both), so the client can upload again', async () => {
    const { attachment } = await upload();
    put(attachment, 'short', 'application/pdf');
    const error = await attachmentService()
      .complete(mia, task.id, attachment.id)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'upload_mismatch',
      data: {
        expected: { size: 12, contentType: 'application/pdf' },
        actual: { size: 5, contentType: 'application/pdf' },
      },
    });
    expect(table.objects.has(attachment.objectKey)).toBe(false);
    expect(table.attachments.get(attachment.id)?.status).toBe('pending');
  });

  it('marks a matching upload ready (no TTL any more) with a download URL; completing again returns it', async () => {
    const { attachment } = await upload();
    put(attachment);
    const ready = await attachmentService().complete(mia, task.id, attachment.id);
    expect(ready.attachment).toMatchObject({ status: 'ready', version: 2 });
    expect(ready.attachment.ttl).toBeUndefined();
    expect(ready.download?.url).toContain(encodeURIComponent(attachment.objectKey));
    const again = await attachmentService().complete(mia, task.id, attachment.id);
    expect(again.attachment).toEqual(ready.attachment);
  });

  it('treats a concurrent complete that won the race as success', async () => {
    const { attachment } = await upload();
    put(attachment);
    table.beforeNextWrite(() => {
      const current = table.attachments.get(attachment.id) as Attachment;
      const { ttl: _ttl, ...rest } = current;
      table.attachments.set(attachment.id, { ...rest, status: 'ready', version: current.version + 1 });
    });
    const view = await attachmentService().complete(mia, task.id, attachment.id);
    expect(view.attachment).toMatchObject({ status: 'ready', version: 2 });
  });

  it('forgets a pending record nobody completed within a day (attachment_not_found)', async () => {
    const { attachment } = await upload();
    clock.advance(PENDING_TTL_SECONDS + 1);
    await expect(attachmentService().get(vera, task.id, attachment.id)).rejects.toMatchObject({
      code: 'attachment_not_found',
    });
    expect((await attachmentService().list(vera, task.id, { limit: 10 })).items).toEqual([]);
  });
});

describe('attachment service: read and delete', () => {
  it('lets a viewer read and list, with a download only once ready', async () => {
    const { attachment } = await upload();
    expect(await attachmentService().get(vera, task.id, attachment.id)).toEqual({ attachment });
    expect((await attachmentService().list(vera, task.id, { limit: 10 })).items).toEqual([attachment]);
  });

  it('lets the uploader or an admin delete (object and record), not another member', async () => {
    const first = (await upload()).attachment;
    const second = (await upload()).attachment;
    put(first);
    put(second);
    const refused = await attachmentService()
      .delete(max, task.id, first.id)
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'role_forbids' });
    expect(table.objects.has(first.objectKey)).toBe(true);
    await attachmentService().delete(mia, task.id, first.id);
    await attachmentService().delete(adam, task.id, second.id);
    expect(table.attachments.size).toBe(0);
    expect(table.objects.size).toBe(0);
  });

  it('purges a task’s attachments, objects first, without an access check', async () => {
    const first = (await upload()).attachment;
    put(first);
    await upload();
    expect(await attachmentService().purgeTask(task.id)).toBe(2);
    expect(table.attachments.size).toBe(0);
    expect(table.objects.size).toBe(0);
  });
});
