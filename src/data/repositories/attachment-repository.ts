import { partitions, SK_PREFIX } from '#data/dynamodb/table';
import { type Attachment, attachmentEntity } from '#data/entities/attachment';
import type { Mapper } from '#data/mapper/mapper';
import type { Page } from '#data/mapper/query-ops';
import { NotFoundError } from '#domain/errors';
import type { CreateOptions } from '#domain/idempotency';
import { deletionMarker } from './deletion-marker.ts';
import { createOnce } from './idempotency-repository.ts';
import { type ExplainConflict, orStateMoved, type StateMoved, writeExplained } from './write-failures.ts';

/** Completing an attachment deleted meanwhile is `attachment_not_found`; a moved version a concurrent change. */
export const explainAttachmentConflict: ExplainConflict = (code) =>
  code === 'not_found'
    ? new NotFoundError('The attachment does not exist.', 'attachment_not_found')
    : undefined;

/** Attachment metadata in its task's partition (`TASK#<tid>` / `ATTACHMENT#<aid>`, pattern 11). */
export function createAttachmentRepository(mapper: Mapper) {
  return {
    create: (attachment: Omit<Attachment, 'version'>, options: CreateOptions<Attachment>) =>
      createOnce(mapper, attachmentEntity, attachment, options),

    /** Read strongly consistent: `complete` and `delete` act on what was just written. */
    find(taskId: string, id: string): Promise<Attachment | undefined> {
      return mapper.get(attachmentEntity, { taskId, id }, { consistent: true });
    },

    /** Oldest first (ULIDs sort by time); the cursor is bound to the caller. */
    list(taskId: string, page: { limit: number; cursor?: string | undefined; caller?: string }) {
      return mapper.query(attachmentEntity, {
        partition: partitions.task(taskId),
        range: { beginsWith: SK_PREFIX.attachment },
        limit: page.limit,
        cursor: page.cursor,
        ...(page.caller ? { caller: page.caller } : {}),
      }) as Promise<Page<Attachment>>;
    },

    /**
     * `pending` → `ready`, locked on the version the caller verified; the pending TTL goes away.
     * STATE_MOVED when the record changed since (a concurrent complete, for one).
     */
    markReady(attachment: Attachment): Promise<Attachment | StateMoved> {
      return orStateMoved(
        writeExplained(
          mapper.update(
            attachmentEntity,
            { taskId: attachment.taskId, id: attachment.id },
            { status: 'ready' },
            { expectedVersion: attachment.version, remove: ['ttl'] },
          ),
          explainAttachmentConflict,
        ),
      );
    },

    /** Deletes every attachment record of a task (expired ones too); returns how many. */
    removeAll(taskId: string): Promise<number> {
      return mapper.deletePartition(partitions.task(taskId), { beginsWith: SK_PREFIX.attachment });
    },

    /** Deletes the record (nothing when it is already gone) and records who did, in one transaction. */
    async remove(attachment: Attachment, actorId: string): Promise<void> {
      const { taskId, id } = attachment;
      await mapper.transact([
        {
          label: 'attachment',
          request: mapper.tx.delete(attachmentEntity, { taskId, id }, { mustExist: false }),
        },
        {
          label: 'marker',
          request: deletionMarker(mapper, {
            projectId: attachment.projectId,
            taskId,
            resource: 'attachment',
            resourceId: id,
            resourceVersion: attachment.version,
            deletedBy: actorId,
          }),
        },
      ]);
    },
  };
}

export type AttachmentRepository = ReturnType<typeof createAttachmentRepository>;
