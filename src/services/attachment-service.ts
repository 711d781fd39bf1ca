import type { Attachment } from '#data/entities/attachment';
import type { AttachmentRepository } from '#data/repositories/attachment-repository';
import { stateMoved } from '#data/repositories/write-failures';
import type { ObjectStore, PresignedUpload } from '#data/s3/object-store';
import type { AuthUser } from '#domain/auth';
import {
  ConcurrentChangeError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '#domain/errors';
import { mediaTypeEssence, sanitizeFilename } from '#domain/filename';
import { adaptOptions, type Created, type CreateOptions, mapCreated } from '#domain/idempotency';
import { can } from '#domain/roles';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import { newId } from '#lib/ids';
import type { TaskAccess } from './project-access.ts';

/** Upload URLs live 10 minutes, download URLs 5 (the store caps both at 15). */
export const UPLOAD_URL_SECONDS = 10 * 60;
export const DOWNLOAD_URL_SECONDS = 5 * 60;
/** A `pending` record nobody completes expires after a day. */
export const PENDING_TTL_SECONDS = 24 * 60 * 60;

export interface AttachmentLimits {
  maxBytes: number;
  contentTypes: readonly string[];
}

export interface AttachmentServiceDeps {
  attachments: AttachmentRepository;
  objects: ObjectStore;
  taskAccess: TaskAccess;
  limits: AttachmentLimits;
  clock?: Clock;
}

export interface AttachmentView {
  attachment: Attachment;
  download?: { url: string; expiresAt: string };
}

/** Where an attachment's bytes live: ids only, never the client's filename. */
export function attachmentObjectKey(projectId: string, taskId: string, id: string): string {
  return `projects/${projectId}/tasks/${taskId}/attachments/${id}`;
}

const sameType = (a: string | undefined, b: string) =>
  (a ?? '').replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

/**
 * Deletes every attachment of a task (all objects, then all records, so a crash between
 * leaves records to find the objects by), without authorization: for the task and project
 * delete flows, which have already authorized the caller. Idempotent. Returns how many
 * records it deleted. The stream worker builds it on its own (it needs no access gates).
 */
export function createTaskAttachmentPurge(deps: Pick<AttachmentServiceDeps, 'attachments' | 'objects'>) {
  return async function purgeTask(taskId: string): Promise<number> {
    let cursor: string | undefined;
    do {
      const page = await deps.attachments.list(taskId, { limit: 1000, cursor });
      await deps.objects.deleteMany(page.items.map((item) => item.objectKey));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return deps.attachments.removeAll(taskId);
  };
}

/** Attachments: metadata in the table, bytes in S3 through presigned URLs (never through the API). */
export function createAttachmentService(deps: AttachmentServiceDeps) {
  const clock = deps.clock ?? systemClock;
  const allowed = new Set(deps.limits.contentTypes.map(mediaTypeEssence));

  async function load(taskId: string, id: string): Promise<Attachment> {
    const found = await deps.attachments.find(taskId, id);
    if (!found) throw new NotFoundError('The attachment does not exist.', 'attachment_not_found');
    return found;
  }

  async function view(attachment: Attachment): Promise<AttachmentView> {
    if (attachment.status !== 'ready') return { attachment };
    const download = await deps.objects.presignDownload(
      attachment.objectKey,
      attachment.filename,
      DOWNLOAD_URL_SECONDS,
    );
    return { attachment, download };
  }

  function checkInput(input: { filename: string; contentType: string; size: number }) {
    const errors = [];
    const filename = sanitizeFilename(input.filename);
    if (!filename) errors.push({ field: 'filename', message: 'has no usable characters' });
    if (input.size > deps.limits.maxBytes) {
      errors.push({ field: 'size', message: `must be at most ${deps.limits.maxBytes} bytes` });
    }
    if (!allowed.has(mediaTypeEssence(input.contentType))) {
      errors.push({ field: 'contentType', message: `must be one of ${[...allowed].join(', ')}` });
    }
    if (errors.length > 0 || !filename) throw new ValidationError(errors);
    return filename;
  }

  return {
    /** A `pending` record and a presigned PUT bound to its content type and length. */
    /** Under an Idempotency-Key, the same request again answers the first response (after the same access check). */
    async create(
      user: AuthUser,
      taskId: string,
      input: { filename: string; contentType: string; size: number },
      options: CreateOptions<{ attachment: Attachment; upload: PresignedUpload }>,
    ): Promise<Created<{ attachment: Attachment; upload: PresignedUpload }>> {
      const { task } = await deps.taskAccess.require(user.sub, taskId, 'attachment:write');
      const filename = checkInput(input);
      const now = clock.now();
      const id = newId();
      const objectKey = attachmentObjectKey(task.projectId, taskId, id);
      const contentType = input.contentType.trim();
      const upload = await deps.objects.presignUpload(objectKey, contentType, input.size, UPLOAD_URL_SECONDS);
      const outcome = await deps.attachments.create(
        {
          id,
          taskId,
          projectId: task.projectId,
          filename,
          contentType,
          size: input.size,
          status: 'pending',
          objectKey,
          createdBy: user.sub,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          ttl: epochSeconds(now) + PENDING_TTL_SECONDS,
        },
        adaptOptions(options, (created: Attachment) => ({ attachment: created, upload })),
      );
      return mapCreated(outcome, (attachment) => ({ attachment, upload }));
    },

    /**
     * Verifies the upload with a HEAD: nothing there → `upload_missing`; another size or
     * type → `upload_mismatch` (the wrong object is deleted so the client can upload again);
     * otherwise `ready`. Completing a ready attachment again just returns it.
     */
    async complete(user: AuthUser, taskId: string, id: string): Promise<AttachmentView> {
      await deps.taskAccess.require(user.sub, taskId, 'attachment:write');
      const attachment = await load(taskId, id);
      if (attachment.status === 'ready') return view(attachment);
      const stored = await deps.objects.head(attachment.objectKey);
      if (!stored) {
        throw new ConflictError('Nothing has been uploaded for this attachment yet.', 'upload_missing');
      }
      if (stored.size !== attachment.size || !sameType(stored.contentType, attachment.contentType)) {
        await deps.objects.delete(attachment.objectKey);
        throw new ConflictError(
          'The uploaded file does not match the declared size or content type; it was discarded. Upload it again.',
          'upload_mismatch',
          {
            data: {
              expected: { size: attachment.size, contentType: attachment.contentType },
              actual: { size: stored.size, contentType: stored.contentType ?? null },
            },
          },
        );
      }
      const ready = await deps.attachments.markReady(attachment);
      if (!stateMoved(ready)) return view(ready);
      // A concurrent complete won the race: the result is the same.
      const current = await load(taskId, id);
      if (current.status === 'ready') return view(current);
      throw new ConcurrentChangeError();
    },

    async get(user: AuthUser, taskId: string, id: string): Promise<AttachmentView> {
      await deps.taskAccess.require(user.sub, taskId, 'attachment:read');
      return view(await load(taskId, id));
    },

    async list(user: AuthUser, taskId: string, page: { limit: number; cursor?: string | undefined }) {
      await deps.taskAccess.require(user.sub, taskId, 'attachment:read');
      return deps.attachments.list(taskId, { ...page, caller: user.sub });
    },

    /** The uploader (still a member) or a project admin+: the object first, then the record. */
    async delete(user: AuthUser, taskId: string, id: string): Promise<void> {
      const { membership } = await deps.taskAccess.require(user.sub, taskId, 'attachment:write');
      const attachment = await load(taskId, id);
      if (attachment.createdBy !== user.sub && !can(membership.role, 'attachment:delete-any')) {
        throw new ForbiddenError('Only the uploader or a project admin may delete it.', 'role_forbids');
      }
      // S3 deletes are idempotent: if the record delete fails, a retry finishes the job.
      await deps.objects.delete(attachment.objectKey);
      await deps.attachments.remove(attachment, user.sub);
    },

    /** Every attachment of a task, without authorization (see {@link createTaskAttachmentPurge}). */
    purgeTask: createTaskAttachmentPurge(deps),
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
