import { type Comment, commentEntity } from '#data/entities/comment';
import { membershipEntity } from '#data/entities/membership';
import { taskRefEntity } from '#data/entities/task-ref';
import { TransactionCancelledError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import type { Page } from '#data/mapper/query-ops';
import { partitions, SK_PREFIX } from '#data/table';
import { NotFoundError } from '#domain/errors';
import type { CreateReceipt } from '#domain/idempotency';
import type { Role } from '#domain/roles';
import { transactCreate } from './idempotency-repository.ts';

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
      receipt?: CreateReceipt<Comment>,
    ): Promise<Comment> {
      const request = mapper.tx.create(commentEntity, input);
      try {
        await transactCreate(
          mapper,
          [
            request,
            mapper.tx.check(taskRefEntity, { id: input.taskId }),
            mapper.tx.check(
              membershipEntity,
              { projectId: input.projectId, userId: input.authorId },
              { condition: { role: { in: [...roles] } } },
            ),
          ],
          receipt,
          request.model as Comment,
        );
      } catch (error) {
        if (error instanceof TransactionCancelledError && (error.firstFailure?.index ?? 0) > 0) {
          throw new NotFoundError('The task does not exist.', 'task_not_found');
        }
        throw error;
      }
      return request.model as Comment;
    },

    /** Edits the body; only while the author is still `authorId` (a guard, not a rule). */
    update(comment: Comment, body: string): Promise<Comment> {
      return mapper.update(
        commentEntity,
        { taskId: comment.taskId, id: comment.id },
        { body },
        { condition: { authorId: comment.authorId } },
      );
    },

    async remove(comment: Comment): Promise<void> {
      await mapper.delete(commentEntity, { taskId: comment.taskId, id: comment.id });
    },
  };
}

export type CommentRepository = ReturnType<typeof createCommentRepository>;
