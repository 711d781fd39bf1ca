import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import type { Mapper } from '#data/mapper/mapper';
import { ProblemSchema } from '#http/schemas/problem';
import { TaskPageSchema as PageSchema, TaskSchema } from '#http/schemas/task';
import { type ApiClient, expectResponse, signedInUsers, startTestApi, type TestApi } from '#test/support/api';
import { fixtureMapper, seedProject } from '#test/support/fixtures';

type Task = z.infer<typeof TaskSchema>;
const STATUSES = ['todo', 'in_progress', 'blocked', 'done'] as const;

let api: TestApi;
let mapper: Mapper;
let projectId: string;
let client: ApiClient;
let other: ApiClient;
let all: Task[];

beforeAll(async () => {
  api = await startTestApi();
  mapper = fixtureMapper(api.config);
  const { pager: user, stranger } = await signedInUsers(api, ['pager', 'stranger']);
  projectId = await seedProject(mapper, [
    { sub: user.sub, role: 'member' },
    { sub: stranger.sub, role: 'viewer' },
  ]);
  client = user.client;
  other = stranger.client;
  all = [];
  // 60 tasks: statuses round-robin, every third undated, a label on every fifth.
  for (let batch = 0; batch < 6; batch++) {
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, j) => {
        const i = batch * 10 + j;
        return client.post(`/v1/projects/${projectId}/tasks`, {
          title: `Task ${i}`,
          status: STATUSES[i % 4],
          ...(i % 3 === 0 ? {} : { dueDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-1${i % 10}` }),
          labels: i % 5 === 0 ? ['bug'] : [],
        });
      }),
    );
    for (const response of created) all.push(expectResponse(response, 201, TaskSchema));
  }
});

async function collect(query: string, limit = 7): Promise<Task[]> {
  const seen: Task[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await client.get(`/v1/projects/${projectId}/tasks?limit=${limit}${query}${suffix}`);
    const page: z.infer<typeof PageSchema> = expectResponse(response, 200, PageSchema);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return seen;
  }
  throw new Error('pagination did not end');
}

const ids = (tasks: Task[]) => tasks.map((task) => task.id);
const byId = (a: Task, b: Task) => (a.id < b.id ? -1 : 1);
const dueKey = (task: Task) => `${task.dueDate ?? '~'}#${task.id}`;
const byDue = (a: Task, b: Task) => (dueKey(a) < dueKey(b) ? -1 : 1);

describe('task list pagination', () => {
  it('by creation, both directions: every task exactly once, in order', async () => {
    expect(ids(await collect(''))).toEqual(ids([...all].sort(byId)));
    expect(ids(await collect('&sort=-createdAt'))).toEqual(ids([...all].sort(byId).reverse()));
  });

  it('with a status filter that drops most items', async () => {
    const expected = all.filter((task) => task.status === 'blocked').sort(byId);
    expect(ids(await collect('&status=blocked'))).toEqual(ids(expected));
  });

  it('by due date (undated last), with and without filters', async () => {
    expect(ids(await collect('&sort=dueDate'))).toEqual(ids([...all].sort(byDue)));
    const done = all
      .filter((task) => task.status === 'done')
      .sort(byDue)
      .reverse();
    expect(ids(await collect('&sort=-dueDate&status=done', 3))).toEqual(ids(done));
  });

  it('due-date bounds are inclusive, on either sort, and combine with label', async () => {
    const inRange = (task: Task) =>
      task.dueDate !== undefined && task.dueDate >= '2026-03-13' && task.dueDate <= '2026-08-17';
    const range = '&dueAfter=2026-03-13&dueBefore=2026-08-17';
    expect(all.filter(inRange).length).toBeGreaterThan(5);
    expect(ids(await collect(range))).toEqual(ids(all.filter(inRange).sort(byId)));
    expect(ids(await collect(`${range}&sort=dueDate`))).toEqual(ids(all.filter(inRange).sort(byDue)));
    const before = all.filter((task) => task.dueDate !== undefined && task.dueDate <= '2026-05-15');
    expect(ids(await collect('&dueBefore=2026-05-15&sort=dueDate'))).toEqual(ids(before.sort(byDue)));
    const bugs = all.filter((task) => task.labels.includes('bug')).sort(byId);
    expect(ids(await collect('&label=bug'))).toEqual(ids(bugs));
  });

  it('a tampered, foreign or other caller’s cursor is a 400', async () => {
    const first = expectResponse(
      await client.get(`/v1/projects/${projectId}/tasks?limit=5`),
      200,
      PageSchema,
    );
    const cursor = first.nextCursor ?? '';
    const [body, mac] = cursor.split('.');
    const tampered = `${body}x.${mac}`;
    for (const bad of [tampered, `${cursor.slice(0, -2)}AA`, 'not-a-cursor']) {
      const response = await client.get(
        `/v1/projects/${projectId}/tasks?limit=5&cursor=${encodeURIComponent(bad)}`,
      );
      expect(expectResponse(response, 400, ProblemSchema).code).toBe('invalid_cursor');
    }
    const otherQuery = await client.get(
      `/v1/projects/${projectId}/tasks?limit=5&status=todo&cursor=${encodeURIComponent(cursor)}`,
    );
    expect(otherQuery.status).toBe(400);
    const otherCaller = await other.get(
      `/v1/projects/${projectId}/tasks?limit=5&cursor=${encodeURIComponent(cursor)}`,
    );
    expect(otherCaller.status).toBe(400);
  });

  it('limit is bounded', async () => {
    expect((await client.get(`/v1/projects/${projectId}/tasks?limit=101`)).status).toBe(422);
    expect((await client.get(`/v1/projects/${projectId}/tasks?limit=0`)).status).toBe(422);
  });
});
