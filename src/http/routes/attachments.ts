import { createRoute } from '@hono/zod-openapi';
import type { Attachment } from '#data/entities/attachment';
import type { PresignedUpload } from '#data/object-store';
import type { AttachmentService, AttachmentView } from '#services/attachment-service';
import { createRouter } from '../context.ts';
import { etagOf } from '../etag.ts';
import { answerCreated, idempotent, receiptFor } from '../middleware/idempotency.ts';
import {
  AttachmentCreateSchema,
  AttachmentPageSchema,
  AttachmentParamsSchema,
  AttachmentSchema,
  AttachmentUploadSchema,
} from '../schemas/attachment.ts';
import { ETagHeader, IdempotencyHeaderSchema, PageQuerySchema } from '../schemas/common.ts';
import { problemResponses } from '../schemas/problem.ts';
import { TaskParamsSchema } from '../schemas/task.ts';

const tags = ['Attachments'];
const security = [{ bearerAuth: [] }];
const json = <S>(schema: S) => ({ 'application/json': { schema } });

/** The public shape: the object key stays server-side. */
function toPublic(attachment: Attachment, download?: AttachmentView['download']) {
  const { objectKey: _key, ttl: _ttl, ...rest } = attachment;
  return { ...rest, ...(download ? { download } : {}) };
}

/** The answer to an upload start, also stored for replays under its Idempotency-Key. */
const uploadStarted = ({ attachment, upload }: { attachment: Attachment; upload: PresignedUpload }) => ({
  status: 201 as const,
  headers: { Location: `/v1/tasks/${attachment.taskId}/attachments/${attachment.id}` },
  body: { ...toPublic(attachment), upload },
});

export function attachmentRoutes(deps: { attachments: AttachmentService }) {
  const service = deps.attachments;
  const createAttachment = createRoute({
    method: 'post',
    path: '/v1/tasks/{taskId}/attachments',
    tags,
    security,
    summary: 'Start an upload: a pending attachment and a presigned PUT URL',
    middleware: [idempotent()] as const,
    request: {
      params: TaskParamsSchema,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: json(AttachmentCreateSchema) },
    },
    responses: {
      201: { description: 'Pending; PUT the bytes, then complete', content: json(AttachmentUploadSchema) },
      ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422, 503),
    },
  });
  const completeAttachment = createRoute({
    method: 'post',
    path: '/v1/tasks/{taskId}/attachments/{attachmentId}/complete',
    tags,
    security,
    summary: 'Confirm the upload (the server checks the stored object)',
    request: { params: AttachmentParamsSchema },
    responses: {
      200: { description: 'Ready (also when it already was)', content: json(AttachmentSchema) },
      ...problemResponses(401, 403, 404, 409, 503),
    },
  });
  const listAttachments = createRoute({
    method: 'get',
    path: '/v1/tasks/{taskId}/attachments',
    tags,
    security,
    summary: "A task's attachments, oldest first",
    request: { params: TaskParamsSchema, query: PageQuerySchema },
    responses: {
      200: { description: 'A page', content: json(AttachmentPageSchema) },
      ...problemResponses(400, 401, 404, 422, 503),
    },
  });
  const getAttachment = createRoute({
    method: 'get',
    path: '/v1/tasks/{taskId}/attachments/{attachmentId}',
    tags,
    security,
    summary: 'One attachment, with a short-lived download URL when ready',
    request: { params: AttachmentParamsSchema },
    responses: {
      200: { description: 'The attachment', headers: ETagHeader, content: json(AttachmentSchema) },
      ...problemResponses(401, 404, 422, 503),
    },
  });
  const deleteAttachment = createRoute({
    method: 'delete',
    path: '/v1/tasks/{taskId}/attachments/{attachmentId}',
    tags,
    security,
    summary: 'Delete the file and its record (the uploader, or a project admin)',
    request: { params: AttachmentParamsSchema },
    responses: {
      204: { description: 'Deleted' },
      ...problemResponses(401, 403, 404, 422, 503),
    },
  });

  return createRouter()
    .openapi(createAttachment, async (c) => {
      const { taskId } = c.req.valid('param');
      const receipt = await receiptFor(c, uploadStarted);
      return answerCreated(
        c,
        uploadStarted(await service.create(c.get('user'), taskId, c.req.valid('json'), receipt)),
      );
    })
    .openapi(completeAttachment, async (c) => {
      const { taskId, attachmentId } = c.req.valid('param');
      const { attachment, download } = await service.complete(c.get('user'), taskId, attachmentId);
      return c.json(toPublic(attachment, download), 200);
    })
    .openapi(listAttachments, async (c) => {
      const { taskId } = c.req.valid('param');
      const page = await service.list(c.get('user'), taskId, c.req.valid('query'));
      return c.json({ items: page.items.map((item) => toPublic(item)), nextCursor: page.nextCursor }, 200);
    })
    .openapi(getAttachment, async (c) => {
      const { taskId, attachmentId } = c.req.valid('param');
      const { attachment, download } = await service.get(c.get('user'), taskId, attachmentId);
      c.header('ETag', etagOf(attachment.version));
      return c.json(toPublic(attachment, download), 200);
    })
    .openapi(deleteAttachment, async (c) => {
      const { taskId, attachmentId } = c.req.valid('param');
      await service.remove(c.get('user'), taskId, attachmentId);
      return c.body(null, 204);
    });
}
