import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { MemberPageSchema, MemberSchema } from '#http/schemas/member';
import { ProjectSchema } from '#http/schemas/project';
import {
  type ApiClient,
  type ApiResponse,
  clientFor,
  expectResponse,
  postMember,
  postProject,
  signedInUsers,
  startTestApi,
  type TestApi,
  type TestUser,
} from '#test/support/api';

type Actor = 'owner' | 'admin' | 'member' | 'viewer' | 'outsider';
const ACTORS: Actor[] = ['owner', 'admin', 'member', 'viewer', 'outsider'];

interface Scene {
  projectId: string;
  target: TestUser;
  newcomer: TestUser;
}

/** What each action sends, and the schema its success must match. */
const ACTIONS: Record<
  string,
  { run: (client: ApiClient, scene: Scene) => Promise<ApiResponse>; schema?: z.ZodType }
> = {
  get: { run: (c, s) => c.get(`/v1/projects/${s.projectId}`), schema: ProjectSchema },
  update: {
    run: (c, s) => c.patch(`/v1/projects/${s.projectId}`, { name: 'Renamed' }, { 'if-match': '"1"' }),
    schema: ProjectSchema,
  },
  delete: { run: (c, s) => c.delete(`/v1/projects/${s.projectId}`, { 'if-match': '"1"' }) },
  'list members': { run: (c, s) => c.get(`/v1/projects/${s.projectId}/members`), schema: MemberPageSchema },
  'add member': {
    run: (c, s) => c.post(`/v1/projects/${s.projectId}/members`, { userId: s.newcomer.sub, role: 'member' }),
    schema: MemberSchema,
  },
  'change role': {
    run: (c, s) => c.patch(`/v1/projects/${s.projectId}/members/${s.target.sub}`, { role: 'viewer' }),
    schema: MemberSchema,
  },
  'remove member': { run: (c, s) => c.delete(`/v1/projects/${s.projectId}/members/${s.target.sub}`) },
  'grant owner': {
    run: (c, s) => c.patch(`/v1/projects/${s.projectId}/members/${s.target.sub}`, { role: 'owner' }),
    schema: MemberSchema,
  },
};

/** action → status for owner, admin, member, viewer, outsider. */
const MATRIX: Array<[string, number, number, number, number, number]> = [
  ['get', 200, 200, 200, 200, 404],
  ['update', 200, 200, 403, 403, 404],
  ['delete', 204, 403, 403, 403, 404],
  ['list members', 200, 200, 200, 200, 404],
  ['add member', 201, 201, 403, 403, 404],
  ['change role', 200, 200, 403, 403, 404],
  ['remove member', 204, 204, 403, 403, 404],
  ['grant owner', 200, 403, 403, 403, 404],
];

let api: TestApi;
let founder: ApiClient;
const users = {} as Record<Actor | 'founder' | 'target' | 'newcomer', TestUser>;

beforeAll(async () => {
  api = await startTestApi();
  const names = [...ACTORS, 'founder', 'target', 'newcomer'] as const;
  Object.assign(users, await signedInUsers(api, names));
  founder = clientFor(api, users.founder);
});

/** A fresh project: the founder owns it, the actor has `role`, the target is a member. */
async function scene(actor: Actor): Promise<Scene> {
  const project = await postProject(founder);
  if (actor !== 'outsider') await postMember(founder, project.id, users[actor].sub, actor);
  await postMember(founder, project.id, users.target.sub, 'member');
  return { projectId: project.id, target: users.target, newcomer: users.newcomer };
}

describe('the role matrix of projects and members', () => {
  const cases = MATRIX.flatMap(([action, ...statuses]) =>
    ACTORS.map((actor, index) => ({ action, actor, status: statuses[index] as number })),
  );

  it.each(cases)('$actor: $action → $status', async ({ action, actor, status }) => {
    const spec = ACTIONS[action];
    if (!spec) throw new Error(`no action ${action}`);
    const response = await spec.run(clientFor(api, users[actor]), await scene(actor));
    if (status < 300 && spec.schema) expectResponse(response, status, spec.schema);
    else expect(response.status, JSON.stringify(response.body)).toBe(status);
  });

  it('hides an existing project from an outsider exactly like a missing one', async () => {
    const { projectId } = await scene('outsider');
    const outsider = clientFor(api, users.outsider);
    const existing = await outsider.get(`/v1/projects/${projectId}`);
    const missing = await outsider.get('/v1/projects/01JD3Q8Y8R0W4N6M2K5T7V9XZA');
    expect(existing.status).toBe(404);
    expect((existing.body as { code: string }).code).toBe((missing.body as { code: string }).code);
  });

  it('lets only owners take the owner role away, and admins not remove owners', async () => {
    const { projectId } = await scene('admin');
    await postMember(founder, projectId, users.owner.sub, 'owner');
    const admin = clientFor(api, users.admin);
    expect(
      (await admin.patch(`/v1/projects/${projectId}/members/${users.owner.sub}`, { role: 'member' })).status,
    ).toBe(403);
    expect((await admin.delete(`/v1/projects/${projectId}/members/${users.owner.sub}`)).status).toBe(403);
    expect(
      (await admin.post(`/v1/projects/${projectId}/members`, { userId: users.newcomer.sub, role: 'owner' }))
        .status,
    ).toBe(403);
    const demoted = await founder.patch(`/v1/projects/${projectId}/members/${users.owner.sub}`, {
      role: 'member',
    });
    expect(expectResponse(demoted, 200, MemberSchema).role).toBe('member');
  });
});
