import type { Attachment } from '#data/entities/attachment';
import type { PresignedUpload } from '#data/s3/object-store';
import type { AttachmentService } from '#services/attachment-service';
import { createRouter } from '../context.ts';
import { etagOf } from '../etag.ts';
import { answerCreate } from '../middleware/idempotency.ts';
import {
  AttachmentCreateSchema,
  AttachmentPageSchema,
  AttachmentParamsSchema,
  AttachmentSchema,
  AttachmentUploadSchema,
} from '../schemas/attachment.ts';
import { PageQuerySchema } from '../schemas/common.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';
import { TaskParamsSchema } from '../schemas/task.ts';

const tags = ['Attachments'];
const json = <S>(schema: S) => ({ 'application/json': { schema } });

/** The answer to an upload start, also stored for replays under its Idempotency-Key. */
const uploadStarted = ({ attachment, upload }: { attachment: Attachment; upload: PresignedUpload }) => ({
  status: 201 as const,
  headers: { Location: `/v1/tasks/${attachment.taskId}/attachments/${attachment.id}` },
  body: AttachmentUploadSchema.parse({ ...attachment, upload }),
});

export function attachmentRoutes(deps: { attachmentService: AttachmentService }) {
  const { attachmentService } = deps;
  const createAttachment = defineOperation({
    operationId: 'createAttachment',
    idempotent: true,
    method: 'post',
    path: '/v1/tasks/{taskId}/attachments',
    tags,
    summary: 'Start an upload: a pending attachment and a presigned PUT URL',
    request: {
      params: TaskParamsSchema,
      body: { required: true, content: json(AttachmentCreateSchema) },
    },
    responses: {
      201: {
        description: 'Pending; PUT the bytes, then complete',
        headers: responseHeaders('Location'),
        content: json(AttachmentUploadSchema),
      },
    },
    problems: { 403: ['role_forbids'], 404: ['task_not_found'] },
  });
  const completeAttachment = defineOperation({
    operationId: 'completeAttachment',
    method: 'post',
    path: '/v1/tasks/{taskId}/attachments/{attachmentId}/complete',
    tags,
    summary: 'Confirm the upload (the server checks the stored object)',
    request: { params: AttachmentParamsSchema },
    responses: {
      200: { description: 'Ready (also when it already was)', content: json(AttachmentSchema) },
    },
    problems: {
      403: ['role_forbids'],
      404: ['task_not_found', 'attachment_not_found'],
      409: ['upload_missing', 'upload_mismatch', 'transaction_cancelled'],
    },
  });
  const listAttachments = defineOperation({
    operationId: 'listAttachments',
    method: 'get',
    path: '/v1/tasks/{taskId}/attachments',
    tags,
    summary: "A task's attachments, oldest first",
    request: { params: TaskParamsSchema, query: PageQuerySchema },
    responses: {
      200: { description: 'A page', content: json(AttachmentPageSchema) },
    },
    problems: { 404: ['task_not_found'] },
  });
  const getAttachment = defineOperation({
    operationId: 'getAttachment',
    method: 'get',
    path: '/v1/tasks/{taskId}/attachments/{attachmentId}',
    tags,
    summary: 'One attachment, with a short-lived download URL when ready',
    request: { params: AttachmentParamsSchema },
    responses: {
      200: {
        description: 'The attachment',
        headers: responseHeaders('ETag'),
        content: json(AttachmentSchema),
      },
    },
    problems: { 404: ['task_not_found', 'attachment_not_found'] },
  });
  const deleteAttachment = defineOperation({
    operationId: 'deleteAttachment',
    method: 'delete',
    path: '/v1/tasks/{taskId}/attachments/{attachmentId}',
    tags,
    summary: 'Delete the file and its record (the uploader, or a project admin)',
    request: { params: AttachmentParamsSchema },
    responses: {
      204: { description: 'Deleted' },
    },
    problems: { 403: ['role_forbids'], 404: ['task_not_found', 'attachment_not_found'] },
  });

  return createRouter()
    .openapi(createAttachment, async (c) => {
      const { taskId } = c.req.valid('param');
      return answerCreate(c, uploadStarted, (options) =>
        attachmentService.create(c.get('user'), taskId, c.req.valid('json'), options),
      );
    })
    .openapi(completeAttachment, async (c) => {
      const { taskId, attachmentId } = c.req.valid('param');
      const { attachment, download } = await attachmentService.complete(c.get('user'), taskId, attachmentId);
      return c.json(AttachmentSchema.parse({ ...attachment, download }), 200);
    })
    .openapi(listAttachments, async (c) => {
      const { taskId } = c.req.valid('param');
      const page = await attachmentService.list(c.get('user'), taskId, c.req.valid('query'));
      return c.json(AttachmentPageSchema.parse(page), 200);
    })
    .openapi(getAttachment, async (c) => {
      const { taskId, attachmentId } = c.req.valid('param');
      const { attachment, download } = await attachmentService.get(c.get('user'), taskId, attachmentId);
      c.header('ETag', etagOf(attachment.version));
      return c.json(AttachmentSchema.parse({ ...attachment, download }), 200);
    })
    .openapi(deleteAttachment, async (c) => {
      const { taskId, attachmentId } = c.req.valid('param');
      await attachmentService.delete(c.get('user'), taskId, attachmentId);
      return c.body(null, 204);
    });
}
