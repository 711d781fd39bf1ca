import { beforeAll, describe, expect, it } from 'vitest';
import { createContainer } from '#container';
import { clientFor, signedInUsers, startTestApi, type TestApi, type TestUser } from '#test/support/api';
import { DEMO_PROJECT_NAME, seedDemoData } from '../../../scripts/local/seed.ts';

let api: TestApi;
let alice: TestUser;
let bob: TestUser;
let admin: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  ({ alice, bob, admin } = await signedInUsers(api, ['alice', 'bob', 'admin'], { admin: ['admin'] }));
});

describe('seedDemoData', () => {
  it('creates "Launch plan" owned by alice with bob as member, admin as viewer, and its tasks — once', async () => {
    const deps = createContainer(api.config);
    const subs = { alice: alice.sub, bob: bob.sub, admin: admin.sub };
    const first = await seedDemoData(deps.services, subs);
    const second = await seedDemoData(deps.services, subs);
    expect(first.created).toBe(true);
    expect(second).toEqual({ projectId: first.projectId, created: false });

    const projects = (await clientFor(api, alice).get('/v1/projects')).body as {
      items: Array<{ name: string }>;
    };
    expect(projects.items.map((project) => project.name)).toEqual([DEMO_PROJECT_NAME]);
    const members = (await clientFor(api, bob).get(`/v1/projects/${first.projectId}/members`)).body as {
      items: Array<{ userId: string; role: string }>;
    };
    expect(Object.fromEntries(members.items.map((m) => [m.userId, m.role]))).toEqual({
      [alice.sub]: 'owner',
      [bob.sub]: 'member',
      [admin.sub]: 'viewer',
    });
    const tasks = (await clientFor(api, admin).get(`/v1/projects/${first.projectId}/tasks`)).body as {
      items: Array<{ status: string }>;
    };
    expect(tasks.items).toHaveLength(5);
    expect(new Set(tasks.items.map((task) => task.status))).toEqual(
      new Set(['todo', 'in_progress', 'blocked', 'done']),
    );
    const bobsTasks = (await clientFor(api, bob).get('/v1/me/tasks')).body as { items: unknown[] };
    expect(bobsTasks.items).toHaveLength(2);
  });
});
