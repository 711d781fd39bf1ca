import { beforeAll, describe, expect, it } from 'vitest';
import { commentEntity } from '#data/entities/comment';
import type { ProjectRole } from '#data/entities/membership';
import type { Mapper } from '#data/mapper/mapper';
import { createTaskRepository } from '#data/repositories/tasks/task-repository';
import { made, withoutKey } from '#domain/idempotency';
import { CommentPageSchema, CommentSchema } from '#http/schemas/comment';
import { TaskPageSchema, TaskSchema } from '#http/schemas/task';
import { newId } from '#lib/ids';
import {
  type ApiResponse,
  clientFor,
  expectResponse,
  signedInUsers,
  startTestApi,
  type TestApi,
  type TestUser,
} from '#test/support/api';
import { fixtureMapper, seedProject } from '#test/support/fixtures';

/** The role matrix: every role × every task/comment action, one fresh fixture per cell. */
type Who = ProjectRole | 'outsider';
const WHO: Who[] = ['owner', 'admin', 'member', 'viewer', 'outsider'];

let api: TestApi;
let mapper: Mapper;
let projectId: string;
const users = {} as Record<Who | 'author', TestUser>;

beforeAll(async () => {
  api = await startTestApi();
  mapper = fixtureMapper(api.config);
  const labels = [...WHO, 'author'] as const;
  Object.assign(users, await signedInUsers(api, labels));
  projectId = await seedProject(mapper, [
    { sub: users.owner.sub, role: 'owner' },
    { sub: users.admin.sub, role: 'admin' },
    { sub: users.member.sub, role: 'member' },
    { sub: users.viewer.sub, role: 'viewer' },
    { sub: users.author.sub, role: 'member' },
  ]);
});

const tasksPath = () => `/v1/projects/${projectId}/tasks`;
const as = (who: Who | 'author') => clientFor(api, users[who]);

/** A task created by `who` — through the repository, so a viewer can "own" one too. */
async function taskBy(who: Who | 'author') {
  const now = new Date().toISOString();
  return createTaskRepository(mapper)
    .create(
      {
        id: newId(),
        projectId,
        title: `by ${who}`,
        status: 'todo',
        priority: 'low',
        labels: [],
        createdBy: users[who].sub,
        createdAt: now,
        updatedAt: now,
      },
      { actor: { userId: users[who].sub, roles: ['owner', 'admin', 'member', 'viewer'] } },
      withoutKey(),
    )
    .then(made);
}

async function commentBy(who: Who | 'author', taskId: string) {
  const now = new Date().toISOString();
  return mapper.create(commentEntity, {
    id: newId(),
    taskId,
    projectId,
    authorId: users[who].sub,
    body: `by ${who}`,
    createdAt: now,
    updatedAt: now,
  });
}

type Action = (who: Who) => Promise<ApiResponse>;
const ACTIONS: Record<string, { run: Action; expected: Record<Who, number>; schema?: unknown }> = {
  list: {
    run: async (who) => as(who).get(tasksPath()),
    expected: { owner: 200, admin: 200, member: 200, viewer: 200, outsider: 404 },
    schema: TaskPageSchema,
  },
  get: {
    run: async (who) => as(who).get(`${tasksPath()}/${(await taskBy('author')).id}`),
    expected: { owner: 200, admin: 200, member: 200, viewer: 200, outsider: 404 },
    schema: TaskSchema,
  },
  create: {
    run: async (who) => as(who).post(tasksPath(), { title: 'new' }),
    expected: { owner: 201, admin: 201, member: 201, viewer: 403, outsider: 404 },
    schema: TaskSchema,
  },
  update: {
    run: async (who) =>
      as(who).patch(
        `${tasksPath()}/${(await taskBy('author')).id}`,
        { status: 'blocked' },
        { 'if-match': '"1"' },
      ),
    expected: { owner: 200, admin: 200, member: 200, viewer: 403, outsider: 404 },
    schema: TaskSchema,
  },
  'delete own': {
    run: async (who) =>
      as(who).delete(`${tasksPath()}/${(await taskBy(who === 'outsider' ? 'author' : who)).id}`, {
        'if-match': '"1"',
      }),
    expected: { owner: 204, admin: 204, member: 204, viewer: 403, outsider: 404 },
  },
  "delete other's": {
    run: async (who) =>
      as(who).delete(`${tasksPath()}/${(await taskBy('author')).id}`, { 'if-match': '"1"' }),
    expected: { owner: 204, admin: 204, member: 403, viewer: 403, outsider: 404 },
  },
  'list comments': {
    run: async (who) => as(who).get(`/v1/tasks/${(await taskBy('author')).id}/comments`),
    expected: { owner: 200, admin: 200, member: 200, viewer: 200, outsider: 404 },
    schema: CommentPageSchema,
  },
  comment: {
    run: async (who) => as(who).post(`/v1/tasks/${(await taskBy('author')).id}/comments`, { body: 'hi' }),
    expected: { owner: 201, admin: 201, member: 201, viewer: 403, outsider: 404 },
    schema: CommentSchema,
  },
  'edit own comment': {
    run: async (who) => {
      const task = await taskBy('author');
      const comment = await commentBy(who === 'outsider' ? 'author' : who, task.id);
      return as(who).patch(`/v1/tasks/${task.id}/comments/${comment.id}`, { body: 'edited' });
    },
    expected: { owner: 200, admin: 200, member: 200, viewer: 403, outsider: 404 },
    schema: CommentSchema,
  },
  "edit other's comment": {
    run: async (who) => {
      const task = await taskBy('author');
      const comment = await commentBy('author', task.id);
      return as(who).patch(`/v1/tasks/${task.id}/comments/${comment.id}`, { body: 'edited' });
    },
    expected: { owner: 403, admin: 403, member: 403, viewer: 403, outsider: 404 },
  },
  "delete other's comment": {
    run: async (who) => {
      const task = await taskBy('author');
      const comment = await commentBy('author', task.id);
      return as(who).delete(`/v1/tasks/${task.id}/comments/${comment.id}`);
    },
    expected: { owner: 204, admin: 204, member: 403, viewer: 403, outsider: 404 },
  },
};

describe.each(Object.entries(ACTIONS))('role matrix: %s', (_action, { run, expected, schema }) => {
  it.each(WHO)('%s', async (who) => {
    const response = await run(who);
    const status = expected[who];
    if (schema && status < 300) expectResponse(response, status, schema as typeof TaskSchema);
    else expect(response.status, JSON.stringify(response.body)).toBe(status);
  });
});
