import { beforeAll, describe, expect, it } from 'vitest';
import { partitions, SK_PREFIX, STATUS_SHARDS } from '#data/dynamodb/table';
import { membershipEntity, projectEntity, type Task, taskEntity, taskRefEntity } from '#data/entities/index';
import { InvalidCursorError } from '#data/mapper/errors';
import { newId } from '#lib/ids';
import { mapperFixture, NOW, sampleTask } from '#test/support/fixtures';

let fx: Awaited<ReturnType<typeof mapperFixture>>;
const projectId = newId();
const tasks: Task[] = [];

beforeAll(async () => {
  fx = await mapperFixture({ maxReadsPerPage: 4 });
  await fx.mapper.create(projectEntity, {
    id: projectId,
    name: 'P',
    ownerId: 'alice',
    createdAt: NOW,
    updatedAt: NOW,
  });
  for (const userId of ['alice', 'bob']) {
    await fx.mapper.create(membershipEntity, { projectId, userId, role: 'member', addedAt: NOW });
  }
  // 60 tasks; every 5th is blocked, due dates descend so due order differs from creation order.
  for (let index = 0; index < 60; index++) {
    const task = sampleTask({
      projectId,
      status: index % 5 === 0 ? 'blocked' : 'todo',
      dueDate: `2026-03-${String(28 - (index % 28)).padStart(2, '0')}`,
      labels: index % 3 === 0 ? ['bug', 'ui'] : ['ui'],
    });
    tasks.push(task);
  }
  await fx.mapper.batchWrite({
    puts: tasks.flatMap((task) => [
      { entity: taskEntity, model: task },
      { entity: taskRefEntity, model: task },
    ]),
  });
});

const byCreation = { partition: partitions.project(projectId), range: { beginsWith: SK_PREFIX.task } };

async function readAll(spec: Parameters<typeof fx.mapper.query>[1]) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await fx.mapper.query(taskEntity, { ...spec, cursor });
    pages.push(page.items.map((task) => task.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

describe('mapper queries against DynamoDB Local', () => {
  it('pages forward and backward by creation with no empty last page', async () => {
    const forward = await readAll({ ...byCreation, limit: 20 });
    expect(forward.map((page) => page.length)).toEqual([20, 20, 20]);
    expect(forward.flat()).toEqual(tasks.map((task) => task.id));
    const backward = await readAll({ ...byCreation, limit: 25, forward: false });
    expect(backward.flat()).toEqual(tasks.map((task) => task.id).reverse());
  });

  it('fills each page up to the limit even when the filter drops most items', async () => {
    const pages = await readAll({ ...byCreation, limit: 5, filter: { status: 'blocked' } });
    expect(pages.flat()).toEqual(tasks.filter((task) => task.status === 'blocked').map((task) => task.id));
    expect(pages[0]).toHaveLength(5);
    expect(pages[1]).toHaveLength(5);
  });

  it('filters by label (list contains) and due-date range', async () => {
    const filter = { labels: { contains: 'bug' }, dueDate: { lte: '2026-03-10' } };
    const pages = await readAll({ ...byCreation, limit: 4, filter });
    const expected = tasks.filter(
      (task) => task.labels.includes('bug') && String(task.dueDate) <= '2026-03-10',
    );
    expect(expected.length).toBeGreaterThan(4);
    expect(pages.flat()).toEqual(expected.map((task) => task.id));
  });

  it('bounds the reads per page and returns a cursor when the bound hits', async () => {
    // Nothing matches: 4 reads of at most 4 (3 × 1 + 1) items each, then a cursor to continue.
    const first = await fx.mapper.query(taskEntity, { ...byCreation, limit: 1, filter: { title: 'none' } });
    expect(first.items).toEqual([]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const pages = await readAll({ ...byCreation, limit: 1, filter: { title: 'none' } });
    expect(pages.flat()).toEqual([]);
    expect(pages.length).toBeGreaterThan(1);
  });

  it('reads the base table strongly consistently on request, and refuses that for the GSI', async () => {
    const page = await fx.mapper.query(taskEntity, { ...byCreation, limit: 5, consistent: true });
    expect(page.items).toHaveLength(5);
    const onIndex = { index: 'gsi1' as const, partition: partitions.projectTasksByDue(projectId), limit: 5 };
    await expect(fx.mapper.query(taskEntity, { ...onIndex, consistent: true })).rejects.toThrow(/GSI/);
  });

  it('queries the overloaded index (tasks by due date)', async () => {
    const page = await fx.mapper.query(taskEntity, {
      index: 'gsi1',
      partition: partitions.projectTasksByDue(projectId),
      limit: 60,
    });
    const dues = page.items.map((task) => `${task.dueDate}#${task.id}`);
    expect(dues).toEqual([...dues].sort());
    expect(page.items).toHaveLength(60);
  });

  it('reads the write-sharded admin view across every shard', async () => {
    const shards = await Promise.all(
      Array.from({ length: STATUS_SHARDS }, (_, shard) =>
        fx.mapper.query(taskRefEntity, {
          index: 'gsi1',
          partition: partitions.statusShard('blocked', shard),
          limit: 100,
        }),
      ),
    );
    expect(shards.flatMap((page) => page.items).length).toBe(12);
  });

  it('refuses a tampered cursor, another caller’s cursor and another query’s cursor', async () => {
    const spec = { ...byCreation, limit: 10, caller: 'alice' };
    const { nextCursor } = await fx.mapper.query(taskEntity, spec);
    const cursor = String(nextCursor);
    const tampered = `${cursor.slice(0, 10)}${cursor[10] === 'A' ? 'B' : 'A'}${cursor.slice(11)}`;
    for (const attempt of [
      { ...spec, cursor: tampered },
      { ...spec, cursor, caller: 'bob' },
      { ...spec, cursor, filter: { status: 'todo' } },
      { ...spec, cursor, partition: partitions.project(newId()) },
    ]) {
      await expect(fx.mapper.query(taskEntity, attempt)).rejects.toBeInstanceOf(InvalidCursorError);
    }
    expect((await fx.mapper.query(taskEntity, { ...spec, cursor })).items).toHaveLength(10);
  });

  it('refuses an expired cursor', async () => {
    const spec = { ...byCreation, limit: 10 };
    const { nextCursor } = await fx.mapper.query(taskEntity, spec);
    fx.clock.advance(25 * 3600);
    const error = await fx.mapper
      .query(taskEntity, { ...spec, cursor: String(nextCursor) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      constructor: InvalidCursorError,
      reason: 'expired',
      code: 'invalid_cursor',
    });
  });

  it('lists keys of a whole partition for bulk deletion', async () => {
    const page = await fx.mapper.queryKeys({ partition: partitions.project(projectId), limit: 1000 });
    expect(page.items).toHaveLength(63);
    expect(page.items[0]).toEqual({ pk: partitions.project(projectId), sk: '#META' });
  });
});
