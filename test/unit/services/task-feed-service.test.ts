import { beforeEach, describe, expect, it } from 'vitest';
import { STATUS_SHARDS, statusShard } from '#data/dynamodb/table';
import type { Task, TaskStatus } from '#data/entities/task';
import { InvalidCursorError } from '#data/mapper/errors';
import { newId } from '#lib/ids';
import { createTaskFeedService } from '#services/task-feed-service';
import { manualClock, sampleTask } from '#test/support/fixtures';
import {
  caller,
  type MemoryTable,
  memoryTable,
  memoryTaskTree,
  memoryTaskViews,
  putProject,
} from '#test/support/memory-repositories';

const admin = caller('admin');
const secret = 'feeds-test-cursor-secret-0123456789abcdef';

let table: MemoryTable;
let clock: ReturnType<typeof manualClock>;

function feeds() {
  return createTaskFeedService({
    views: memoryTaskViews(table),
    tree: memoryTaskTree(table),
    cursorSecret: secret,
    clock,
  });
}

/** `count` tasks in `status`, a second apart, stored out of creation order. */
function storeTasks(count: number, status: TaskStatus, projectId = newId()): Task[] {
  if (!table.projects.has(projectId))
    putProject(table, { id: projectId }, [{ userId: 'owner', role: 'owner' }]);
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  const tasks = Array.from({ length: count }, (_, i) =>
    sampleTask({ projectId, status, createdAt: new Date(start + i * 1000).toISOString() }),
  );
  for (const task of [...tasks].reverse()) table.tasks.set(task.id, task);
  return tasks;
}

async function everyPage(limit: number, status: TaskStatus, user = admin) {
  const pages: Task[][] = [];
  let cursor: string | undefined;
  do {
    const page = await feeds().byStatus(user, { status, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 100);
  return pages;
}

beforeEach(() => {
  clock = manualClock();
  table = memoryTable(clock);
});

describe('task feed service: the admin view across status shards', () => {
  it('pages through every task in the status once, oldest first, across all shards', async () => {
    const tasks = storeTasks(37, 'todo');
    storeTasks(5, 'done');
    expect(new Set(tasks.map((task) => statusShard(task.id))).size).toBeGreaterThan(STATUS_SHARDS / 2);
    const pages = await everyPage(4, 'todo');
    expect(pages.flat().map((task) => task.id)).toEqual(tasks.map((task) => task.id));
    expect(pages.slice(0, -1).every((page) => page.length === 4)).toBe(true);
  });

  it('ends with a null cursor when the last page is exactly full', async () => {
    storeTasks(8, 'blocked');
    const first = await feeds().byStatus(admin, { status: 'blocked', limit: 8 });
    expect(first.items).toHaveLength(8);
    if (first.nextCursor !== null) {
      const rest = await feeds().byStatus(admin, { status: 'blocked', limit: 8, cursor: first.nextCursor });
      expect(rest).toEqual({ items: [], nextCursor: null });
    }
  });

  it('resumes a shard it used only in part: the oldest tasks all in one shard come first', async () => {
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    const inShard = (shard: number) => {
      let id = newId();
      while (statusShard(id) !== shard) id = newId();
      return id;
    };
    const tasks = Array.from({ length: 12 }, (_, i) =>
      sampleTask({
        id: i < 7 ? inShard(3) : newId(),
        status: 'todo',
        createdAt: new Date(start + i * 1000).toISOString(),
      }),
    );
    for (const task of tasks) table.tasks.set(task.id, task);
    putProject(table, { id: sampleTask().projectId }, [{ userId: 'owner', role: 'owner' }]);
    const pages = await everyPage(3, 'todo');
    expect(pages.flat().map((task) => task.id)).toEqual(tasks.map((task) => task.id));
  });

  it('refuses a cursor of another status, of another caller, or tampered with (invalid_cursor, a 400 at the HTTP boundary)', async () => {
    storeTasks(10, 'todo');
    const { nextCursor } = await feeds().byStatus(admin, { status: 'todo', limit: 2 });
    expect(nextCursor).toEqual(expect.any(String));
    const cursor = String(nextCursor);
    const attempts = [
      feeds().byStatus(admin, { status: 'done', limit: 2, cursor }),
      feeds().byStatus(caller('other-admin'), { status: 'todo', limit: 2, cursor }),
      feeds().byStatus(admin, { status: 'todo', limit: 2, cursor: `${cursor.slice(0, -2)}xx` }),
    ];
    for (const attempt of attempts) {
      await expect(attempt).rejects.toBeInstanceOf(InvalidCursorError);
      await expect(attempt).rejects.toMatchObject({ code: 'invalid_cursor' });
    }
  });

  it("leaves out a deleted project's tasks, which wait in the shards for its purge", async () => {
    const kept = storeTasks(6, 'todo');
    const gone = storeTasks(6, 'todo');
    const [deleted] = gone;
    if (!deleted) throw new Error('nothing stored');
    table.projects.delete(deleted.projectId);
    const pages = await everyPage(4, 'todo');
    expect(pages.flat().map((task) => task.id)).toEqual(kept.map((task) => task.id));
  });

  it('refuses a cursor after it expires', async () => {
    storeTasks(10, 'todo');
    const { nextCursor } = await feeds().byStatus(admin, { status: 'todo', limit: 2 });
    clock.advance(25 * 3600);
    await expect(
      feeds().byStatus(admin, { status: 'todo', limit: 2, cursor: String(nextCursor) }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe('task feed service: my tasks', () => {
  it('leaves out tasks of projects the caller has left', async () => {
    const me = caller('me');
    const [kept, left] = [newId(), newId()];
    putProject(table, { id: kept }, [{ userId: me.sub, role: 'member' }]);
    putProject(table, { id: left }, [{ userId: 'someone', role: 'owner' }]);
    const mine = sampleTask({ projectId: kept, assigneeId: me.sub });
    const stale = sampleTask({ projectId: left, assigneeId: me.sub });
    table.tasks.set(mine.id, mine);
    table.tasks.set(stale.id, stale);
    const page = await feeds().mine(me, { limit: 10 });
    expect(page.items.map((task) => task.id)).toEqual([mine.id]);
  });
});
