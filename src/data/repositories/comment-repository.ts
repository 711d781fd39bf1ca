import { partitions, SK_PREFIX } from '#data/dynamodb/table';
import { type Comment, commentEntity } from '#data/entities/comment';
import { membershipEntity } from '#data/entities/membership';
import { taskRefEntity } from '#data/entities/task-ref';
import type { Mapper } from '#data/mapper/mapper';
import type { Page } from '#data/mapper/query-ops';
import { NotFoundError } from '#domain/errors';
import type { Created, CreateOptions } from '#domain/idempotency';
import type { Role } from '#domain/roles';
import { deletionMarker } from './deletion-marker.ts';
import { transactCreate } from './idempotency-repository.ts';
import { type ExplainFailure, transactExplained, writeExplained } from './write-failures.ts';

const taskNotFound = () => new NotFoundError('The task does not exist.', 'task_not_found');

/** A comment deleted since it was read is gone; any other failed condition is a concurrent change. */
export const explainCommentConflict = (code: string) =>
  code === 'not_found' ? new NotFoundError('The comment does not exist.', 'comment_not_found') : undefined;

/** The task went, or the author lost access to it: either way it is gone for them. */
export const explainCommentCreate: ExplainFailure<'comment' | 'task' | 'author'> = ({ label }) =>
  label === 'comment' ? undefined : taskNotFound();

/** A delete of a comment gone meanwhile is `comment_not_found`; its marker never explains. */
export const explainCommentRemove: ExplainFailure<'comment' | 'marker'> = ({ label, code }) =>
  label === 'comment' ? explainCommentConflict(code) : undefined;

/** Comments of a task, in the task's partition (`TASK#<tid>` / `COMMENT#<cid>`). */
export function createCommentRepository(mapper: Mapper) {
  return {
    /** Pattern 10: oldest first (ULID sort keys). */
    list(
      taskId: string,
      spec: { limit: number; cursor?: string | undefined; caller: string },
    ): Promise<Page<Comment>> {
      return mapper.query(commentEntity, {
        partition: partitions.task(taskId),
        range: { beginsWith: SK_PREFIX.comment },
        forward: true,
        limit: spec.limit,
        cursor: spec.cursor,
        caller: spec.caller,
      });
    },

    find(taskId: string, commentId: string): Promise<Comment | undefined> {
      return mapper.get(commentEntity, { taskId, id: commentId }, { consistent: true });
    },

    /**
     * Creates the comment in one transaction with two checks: the task still exists (its
     * `#REF`), so a comment never outlives a concurrently deleted task, and the author is
     * still a member with one of `roles`.
     */
    async create(
      input: Omit<Comment, 'version'>,
      roles: readonly Role[],
      options: CreateOptions<Comment>,
    ): Promise<Created<Comment>> {
      const request = mapper.tx.create(commentEntity, input);
      return transactCreate(
        mapper,
        [
          { label: 'comment', request },
          { label: 'task', request: mapper.tx.check(taskRefEntity, { id: input.taskId }) },
          {
            label: 'author',
            request: mapper.tx.check(
              membershipEntity,
              { projectId: input.projectId, userId: input.authorId },
              { condition: { role: { in: [...roles] } } },
            ),
          },
        ],
        options,
        request.model as Comment,
        explainCommentCreate,
      );
    },

    /** Edits the body; only while the author is still `authorId` (a guard, not a rule). */
    update(comment: Comment, body: string): Promise<Comment> {
      return writeExplained(
        mapper.update(
          commentEntity,
          { taskId: comment.taskId, id: comment.id },
          { body, updatedBy: comment.authorId },
          { condition: { authorId: comment.authorId } },
        ),
        explainCommentConflict,
      );
    },

    /** Deletes the comment and records who did (one transaction). */
    async remove(comment: Comment, actorId: string): Promise<void> {
      await transactExplained(
        mapper,
        [
          {
            label: 'comment',
            request: mapper.tx.delete(commentEntity, { taskId: comment.taskId, id: comment.id }),
          },
          {
            label: 'marker',
            request: deletionMarker(mapper, {
              projectId: comment.projectId,
              taskId: comment.taskId,
              resource: 'comment',
              resourceId: comment.id,
              resourceVersion: comment.version,
              deletedBy: actorId,
            }),
          },
        ],
        explainCommentRemove,
      );
    },
  };
}

export type CommentRepository = ReturnType<typeof createCommentRepository>;
