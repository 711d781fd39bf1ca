import type { Comment } from '#data/entities/comment';
import type { CommentRepository } from '#data/repositories/comment-repository';
import type { AuthUser } from '#domain/auth';
import { ForbiddenError, NotFoundError } from '#domain/errors';
import type { Created, CreateOptions } from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import { type Clock, systemClock } from '#lib/clock';
import { newId } from '#lib/ids';
import { authorize, type TaskAccess } from './project-access.ts';

export interface CommentServiceDeps {
  comments: CommentRepository;
  taskAccess: TaskAccess;
  clock?: Clock;
}

/** Comments: viewers read, members write, authors edit their own, admins delete any. */
export function createCommentService(deps: CommentServiceDeps) {
  const { comments, taskAccess } = deps;
  const clock = deps.clock ?? systemClock;

  /** The comment under THIS task (a comment id of another task is simply absent here: `comment_not_found`). */
  async function load(user: AuthUser, taskId: string, commentId: string) {
    // The comment read runs alongside the access check; nothing of it is shown unless allowed.
    const [access, found] = await Promise.allSettled([
      taskAccess.require(user.sub, taskId, 'comment:read'),
      comments.find(taskId, commentId),
    ]);
    if (access.status === 'rejected') throw access.reason;
    if (found.status === 'rejected') throw found.reason;
    const comment = found.value;
    if (!comment) throw new NotFoundError('The comment does not exist.', 'comment_not_found');
    return { ...access.value, comment };
  }

  return {
    /** The access check and the first page run in parallel; the page is dropped unless allowed. */
    async list(user: AuthUser, taskId: string, spec: { limit: number; cursor?: string | undefined }) {
      const [access, page] = await Promise.allSettled([
        taskAccess.require(user.sub, taskId, 'comment:read'),
        comments.list(taskId, { ...spec, caller: user.sub }),
      ]);
      if (access.status === 'rejected') throw access.reason;
      if (page.status === 'rejected') throw page.reason;
      return { items: page.value.items, nextCursor: page.value.nextCursor };
    },

    /** Under an Idempotency-Key, the same request again answers the first response (after the same access check). */
    async create(
      user: AuthUser,
      taskId: string,
      body: string,
      options: CreateOptions<Comment>,
    ): Promise<Created<Comment>> {
      const { task } = await taskAccess.require(user.sub, taskId, 'comment:create');
      const now = clock.now().toISOString();
      return comments.create(
        {
          id: newId(),
          taskId,
          projectId: task.projectId,
          authorId: user.sub,
          body,
          createdAt: now,
          updatedAt: now,
        },
        rolesAllowedTo('comment:create'),
        options,
      );
    },

    async update(user: AuthUser, taskId: string, commentId: string, body: string): Promise<Comment> {
      const { membership, comment } = await load(user, taskId, commentId);
      authorize(membership, 'comment:edit-own');
      if (comment.authorId !== user.sub) {
        throw new ForbiddenError('Only the author may edit a comment.', 'not_comment_author');
      }
      return comments.update(comment, body);
    },

    async delete(user: AuthUser, taskId: string, commentId: string): Promise<void> {
      const { membership, comment } = await load(user, taskId, commentId);
      authorize(membership, comment.authorId === user.sub ? 'comment:delete-own' : 'comment:delete-any');
      await comments.remove(comment);
    },
  };
}

export type CommentService = ReturnType<typeof createCommentService>;
