import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import type { Mapper } from '#data/mapper/mapper';
import { ProblemSchema } from '#http/schemas/problem';
import { TaskPageSchema, TaskSchema } from '#http/schemas/task';
import {
  type ApiClient,
  expectResponse,
  type SignedIn,
  signedInUsers,
  startTestApi,
  type TestApi,
} from '#test/support/api';
import { fixtureMapper, removeMember, seedProject } from '#test/support/fixtures';

type Task = z.infer<typeof TaskSchema>;

let api: TestApi;
let mapper: Mapper;
let me: SignedIn;
let colleague: SignedIn;
let admin: SignedIn;
let asMe: ApiClient;
let asColleague: ApiClient;
let asAdmin: ApiClient;
let p1: string;
let p2: string;

beforeAll(async () => {
  api = await startTestApi();
  mapper = fixtureMapper(api.config);
  ({
    me,
    colleague,
    sysadmin: admin,
  } = await signedInUsers(api, ['me', 'colleague', 'sysadmin'], { sysadmin: ['admin'] }));
  const members = [
    { sub: me.sub, role: 'member' as const },
    { sub: colleague.sub, role: 'owner' as const },
  ];
  [p1, p2] = await Promise.all([seedProject(mapper, members), seedProject(mapper, members)]);
  [asMe, asColleague, asAdmin] = [me.client, colleague.client, admin.client];
});

async function create(projectId: string, body: Record<string, unknown>): Promise<Task> {
  return expectResponse(await asColleague.post(`/v1/projects/${projectId}/tasks`, body), 201, TaskSchema);
}

async function collect(client: ApiClient, path: string, limit: number): Promise<Task[]> {
  const seen: Task[] = [];
  let cursor: string | null = null;
  const join = path.includes('?') ? '&' : '?';
  for (let pages = 0; pages < 200; pages++) {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = expectResponse(
      await client.get(`${path}${join}limit=${limit}${suffix}`),
      200,
      TaskPageSchema,
    );
    seen.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return seen;
  }
  throw new Error('pagination did not end');
}

describe('GET /v1/me/tasks', () => {
  it('lists my tasks across projects by status then due date; reassignment and leaving move them out', async () => {
    const a = await create(p1, { title: 'a', assigneeId: me.sub, status: 'todo', dueDate: '2026-05-01' });
    const b = await create(p2, { title: 'b', assigneeId: me.sub, status: 'todo', dueDate: '2026-03-01' });
    const c = await create(p2, { title: 'c', assigneeId: me.sub, status: 'done' });
    const d = await create(p1, { title: 'd', assigneeId: me.sub, status: 'todo' });
    await create(p1, { title: 'not mine', assigneeId: colleague.sub });
    await create(p1, { title: 'unassigned' });

    const mine = await collect(asMe, '/v1/me/tasks', 2);
    // done < todo; within todo by due date, undated last.
    expect(mine.map((task) => task.title)).toEqual(['c', 'b', 'a', 'd']);
    const todo = await collect(asMe, '/v1/me/tasks?status=todo', 10);
    expect(todo.map((task) => task.id)).toEqual([b.id, a.id, d.id]);

    // Reassign a to the colleague: it leaves my list and enters theirs.
    const moved = await asColleague.patch(
      `/v1/projects/${p1}/tasks/${a.id}`,
      { assigneeId: colleague.sub },
      { 'if-match': '"1"' },
    );
    expectResponse(moved, 200, TaskSchema);
    expect((await collect(asMe, '/v1/me/tasks', 10)).map((task) => task.title)).toEqual(['c', 'b', 'd']);
    expect((await collect(asColleague, '/v1/me/tasks', 10)).map((task) => task.title)).toContain('a');
    // A status change moves it within the list; unassigning removes it.
    await asColleague.patch(`/v1/projects/${p1}/tasks/${d.id}`, { status: 'blocked' }, { 'if-match': '"1"' });
    expect((await collect(asMe, '/v1/me/tasks', 10)).map((task) => task.title)).toEqual(['d', 'c', 'b']);
    await asColleague.patch(`/v1/projects/${p1}/tasks/${d.id}`, { assigneeId: null }, { 'if-match': '"2"' });
    expect((await collect(asMe, '/v1/me/tasks', 10)).map((task) => task.id)).toEqual([c.id, b.id]);

    // I leave project 2: its tasks are no longer shown to me.
    await removeMember(mapper, p2, me.sub);
    expect(await collect(asMe, '/v1/me/tasks', 10)).toEqual([]);
  });
});

describe('GET /v1/admin/tasks', () => {
  let todo: Task[];

  beforeAll(async () => {
    const p3 = await seedProject(mapper, [{ sub: colleague.sub, role: 'owner' }]);
    const statuses = ['todo', 'todo', 'in_progress', 'todo', 'blocked', 'done'] as const;
    const created: Task[] = [];
    for (let round = 0; round < 5; round++) {
      const batch = await Promise.all(
        [p1, p3].flatMap((projectId) =>
          statuses.map((status, i) => create(projectId, { title: `${status} ${round}.${i}`, status })),
        ),
      );
      created.push(...batch);
    }
    const listed = await collect(asAdmin, '/v1/admin/tasks?status=todo', 100);
    todo = listed;
    // Every todo task of the table: the seeded ones plus those of the my-tasks test still in todo.
    for (const task of created.filter((t) => t.status === 'todo'))
      expect(listed.map((t) => t.id)).toContain(task.id);
  });

  it('returns every todo task exactly once across pages, oldest first, through all 8 shards', async () => {
    for (const limit of [1, 4, 7]) {
      const paged = await collect(asAdmin, '/v1/admin/tasks?status=todo', limit);
      expect(paged.map((task) => task.id)).toEqual(todo.map((task) => task.id));
    }
    const keys = todo.map((task) => `${task.createdAt}#${task.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(todo.every((task) => task.status === 'todo')).toBe(true);
    expect(todo.length).toBeGreaterThan(30);
    const done = await collect(asAdmin, '/v1/admin/tasks?status=done', 3);
    expect(done.length).toBeGreaterThanOrEqual(10);
    expect(done.every((task) => task.status === 'done')).toBe(true);
  });

  it('is for the admin group only (403), needs a status (422), refuses tampered cursors (400)', async () => {
    expect(expectResponse(await asMe.get('/v1/admin/tasks?status=todo'), 403, ProblemSchema).code).toBe(
      'group_required',
    );
    expect((await asAdmin.get('/v1/admin/tasks')).status).toBe(422);
    const first = expectResponse(
      await asAdmin.get('/v1/admin/tasks?status=todo&limit=2'),
      200,
      TaskPageSchema,
    );
    const cursor = first.nextCursor ?? '';
    const [body, mac] = cursor.split('.');
    const forged = Buffer.from(JSON.stringify({ k: { s0: '!' }, e: 9_999_999_999 })).toString('base64url');
    for (const bad of [`${body}A.${mac}`, `${forged}.${mac}`, 'x']) {
      const response = await asAdmin.get(
        `/v1/admin/tasks?status=todo&limit=2&cursor=${encodeURIComponent(bad)}`,
      );
      expect(expectResponse(response, 400, ProblemSchema).code).toBe('invalid_cursor');
    }
    // A cursor of another status does not continue this one.
    const other = await asAdmin.get(
      `/v1/admin/tasks?status=done&limit=2&cursor=${encodeURIComponent(cursor)}`,
    );
    expect(other.status).toBe(400);
  });
});
