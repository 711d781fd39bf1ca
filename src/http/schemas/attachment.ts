import { ATTACHMENT_STATUSES, LIMITS } from '#domain/vocabulary';
import { IdSchema, pageOf, TimestampSchema } from './common.ts';
import * as z from './zod.ts';

/** `type/subtype` with optional parameters; which types are allowed is configuration (422 otherwise). */
const contentType = z
  .string()
  .trim()
  .max(LIMITS.contentType)
  .regex(/^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.+-]+=("[^"]*"|[\w.+-]+))*$/, 'must be a media type like image/png')
  .openapi({ example: 'application/pdf' });

export const AttachmentCreateSchema = z
  .strictObject({
    filename: z
      .string()
      .min(1)
      .max(LIMITS.filenameInRequest)
      .openapi({ description: 'Metadata only: path separators and control characters are removed' }),
    contentType,
    size: z
      .number()
      .int()
      .min(1)
      .max(LIMITS.attachmentBytes)
      .openapi({
        description: `Bytes; at most ${LIMITS.attachmentBytes}, or the deployment's lower ATTACHMENT_MAX_BYTES`,
        example: 48213,
      }),
  })
  .openapi('AttachmentCreate', {
    example: { filename: 'spec.pdf', contentType: 'application/pdf', size: 48213 },
  });

/** A short-lived GET URL; the response names the original file (Content-Disposition). */
const DownloadSchema = z.object({ url: z.url(), expiresAt: TimestampSchema }).openapi('PresignedDownload');

export const AttachmentSchema = z
  .object({
    id: IdSchema,
    taskId: IdSchema,
    projectId: IdSchema,
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    status: z.enum(ATTACHMENT_STATUSES),
    createdBy: z.string(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    version: z.number().int().positive(),
    download: DownloadSchema.optional().openapi({ description: 'Present only when `ready`' }),
  })
  .openapi('Attachment');

export const AttachmentUploadSchema = AttachmentSchema.extend({
  upload: z
    .object({
      url: z.url(),
      method: z.literal('PUT'),
      headers: z.record(z.string(), z.string()),
      expiresAt: TimestampSchema,
    })
    .openapi({ description: 'PUT the bytes here with exactly these headers, then call complete' }),
}).openapi('AttachmentUpload');

export const AttachmentPageSchema = pageOf(AttachmentSchema, 'AttachmentPage');

export const AttachmentParamsSchema = z.object({
  taskId: IdSchema.openapi({ param: { name: 'taskId', in: 'path' } }),
  attachmentId: IdSchema.openapi({ param: { name: 'attachmentId', in: 'path' } }),
});
