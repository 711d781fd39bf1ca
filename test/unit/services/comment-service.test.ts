import { beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '#data/entities/comment';
import type { Task } from '#data/entities/task';
import { ForbiddenError, NotFoundError } from '#domain/errors';
import { made, withoutKey, withReceipt } from '#domain/idempotency';
import { newId } from '#lib/ids';
import { createCommentService } from '#services/comment-service';
import { createTaskAccess } from '#services/project-access';
import { manualClock } from '#test/support/fixtures';
import {
  caller,
  createTask,
  type MemoryTable,
  memoryCommentRepository,
  memoryProjectAccess,
  memoryTable,
  memoryTaskLookup,
  putProject,
} from '#test/support/memory-repositories';

const olive = caller('olive');
const adam = caller('adam');
const mia = caller('mia');
const max = caller('max');
const vera = caller('vera');
const outsider = caller('outsider');

let table: MemoryTable;
let clock: ReturnType<typeof manualClock>;
let task: Task;

function commentService() {
  const projectAccess = memoryProjectAccess(table);
  return createCommentService({
    comments: memoryCommentRepository(table),
    taskAccess: createTaskAccess({ tasks: memoryTaskLookup(table), projectAccess }),
    clock,
  });
}

beforeEach(async () => {
  clock = manualClock();
  table = memoryTable(clock);
  const projectId = putProject(table, { id: newId() }, [
    { userId: olive.sub, role: 'owner' },
    { userId: adam.sub, role: 'admin' },
    { userId: mia.sub, role: 'member' },
    { userId: max.sub, role: 'member' },
    { userId: vera.sub, role: 'viewer' },
  ]).id;
  task = await createTask(table, projectId);
});

const comment = async (by = mia, body = 'Looks good') =>
  made(await commentService().create(by, task.id, body, withoutKey()));

describe('comment service: create and read', () => {
  it('lets a member comment (version 1, authored by them) and a viewer read, oldest first', async () => {
    const first = await comment(mia, 'first');
    clock.advance(1);
    const second = await comment(max, 'second');
    expect(first).toMatchObject({
      taskId: task.id,
      projectId: task.projectId,
      authorId: 'mia',
      body: 'first',
      version: 1,
    });
    expect(first.createdAt).toBe('2026-01-10T12:00:00.000Z');
    const page = await commentService().list(vera, task.id, { limit: 10 });
    expect(page.items.map(({ id }) => id)).toEqual([first.id, second.id]);
  });

  it('refuses a viewer’s comment (403 role_forbids) and hides the task from a non-member (task_not_found)', async () => {
    const forbidden = await commentService()
      .create(vera, task.id, 'hi', withoutKey())
      .catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    expect(forbidden).toMatchObject({ code: 'role_forbids' });
    for (const refused of [
      commentService().create(outsider, task.id, 'hi', withoutKey()),
      commentService().list(outsider, task.id, { limit: 10 }),
      commentService().create(mia, newId(), 'hi', withoutKey()),
    ]) {
      const error = await refused.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: 'task_not_found' });
    }
    expect(table.comments.size).toBe(0);
  });

  it('refuses a member removed between the access check and the write, storing nothing', async () => {
    table.beforeNextWrite(() => table.memberships.delete(`${task.projectId}/mia`));
    await expect(commentService().create(mia, task.id, 'late', withoutKey())).rejects.toMatchObject({
      code: 'task_not_found',
    });
    expect(table.comments.size).toBe(0);
  });

  it('under an Idempotency-Key, comments once and answers the first response again', async () => {
    const options = withReceipt<Comment>({
      scope: 'mia',
      key: 'c1',
      requestHash: 'h',
      respond: (created) => ({ status: 201, headers: {}, body: JSON.stringify(created) }),
    });
    const first = made(await commentService().create(mia, task.id, 'once', options));
    const again = await commentService().create(mia, task.id, 'once', options);
    expect(JSON.parse(again.replay?.body ?? '{}').id).toBe(first.id);
    expect(table.comments.size).toBe(1);
  });
});

describe('comment service: edit and delete', () => {
  it('lets only the author edit (not_comment_author for anyone else, admins included)', async () => {
    const mine = await comment();
    clock.advance(30);
    const edited = await commentService().update(mia, task.id, mine.id, 'Edited');
    expect(edited).toMatchObject({ body: 'Edited', version: 2 });
    for (const other of [max, adam]) {
      const error = await commentService()
        .update(other, task.id, mine.id, 'Hijack')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ForbiddenError);
      expect(error).toMatchObject({ code: 'not_comment_author' });
    }
    expect(table.comments.get(mine.id)?.body).toBe('Edited');
  });

  it('lets the author or an admin delete, not another member', async () => {
    const first = await comment();
    const second = await comment();
    await expect(commentService().delete(max, task.id, first.id)).rejects.toMatchObject({
      code: 'role_forbids',
    });
    await commentService().delete(mia, task.id, first.id);
    await commentService().delete(adam, task.id, second.id);
    expect(table.comments.size).toBe(0);
  });

  it('answers comment_not_found for a missing comment or one of another task', async () => {
    const mine = await comment();
    const other = { ...task, id: newId() };
    table.tasks.set(other.id, other);
    for (const [taskId, commentId] of [
      [task.id, newId()],
      [other.id, mine.id],
    ] as const) {
      const error = await commentService()
        .update(mia, taskId, commentId, 'x')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: 'comment_not_found' });
    }
  });

  it('answers comment_not_found when the comment is deleted between the read and the delete', async () => {
    const mine = await comment();
    table.beforeNextWrite(() => table.comments.delete(mine.id));
    await expect(commentService().delete(mia, task.id, mine.id)).rejects.toMatchObject({
      code: 'comment_not_found',
    });
  });
});
