import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { ProblemSchema } from '#http/schemas/problem';
import { SearchResultPageSchema, TaskPageSchema, TaskSchema } from '#http/schemas/task';
import {
  type ApiClient,
  expectResponse,
  postMember,
  postProject,
  type SignedIn,
  signedInUsers,
  startTestApi,
  type TestApi,
} from '#test/support/api';
import { eventually } from '#test/support/eventually';
import { fixtureMapper, removeMember } from '#test/support/fixtures';
import { startTestWorker } from '#test/support/worker';
import type { StreamPoller } from '../../../scripts/local/stream-poller.ts';

type Task = z.infer<typeof TaskSchema>;

/**
 * Search through the API, with the stream worker indexing what the API writes (DynamoDB Local,
 * s3rver). Index states are polled; access is decided at query time, so leaks are checked at once.
 */
let api: TestApi;
let worker: StreamPoller;
let owner: SignedIn;
let member: SignedIn;
let outsider: SignedIn;
let asOwner: ApiClient;
let projectId: string;
let otherProjectId: string;
let launchPost: Task;
let stickers: Task;
let login: Task;

const problemOf = (response: Awaited<ReturnType<ApiClient['get']>>, status: number) =>
  expectResponse(response, status, ProblemSchema);
const search = async (client: ApiClient, query: string) =>
  expectResponse(await client.get(`/v1/search?${query}`), 200, SearchResultPageSchema);
const ids = async (client: ApiClient, q: string) =>
  (await search(client, `q=${encodeURIComponent(q)}`)).items.map((item) => item.task.id);

async function create(client: ApiClient, pid: string, body: Record<string, unknown>): Promise<Task> {
  return expectResponse(await client.post(`/v1/projects/${pid}/tasks`, body), 201, TaskSchema);
}

beforeAll(async () => {
  api = await startTestApi();
  worker = await startTestWorker(api.config);
  ({ owner, member, outsider } = await signedInUsers(api, ['owner', 'member', 'outsider']));
  asOwner = owner.client;
  projectId = (await postProject(asOwner, 'Launch plan')).id;
  otherProjectId = (await postProject(outsider.client, 'Outsider things')).id;
  await postMember(asOwner, projectId, member.sub, 'viewer');
  launchPost = await create(asOwner, projectId, { title: 'Write the launch post', labels: ['marketing'] });
  stickers = await create(asOwner, projectId, {
    title: 'Order stickers',
    description: 'For the launch party, <500> pieces',
    status: 'done',
  });
  login = await create(asOwner, projectId, { title: 'Fix the login page', labels: ['frontend'] });
  const comment = await asOwner.post(`/v1/tasks/${login.id}/comments`, {
    body: 'The specification says OAuth only',
  });
  expect(comment.status).toBe(201);
  await create(outsider.client, otherProjectId, { title: 'Launch the outsider rocket' });
  await eventually(async () => expect(await ids(asOwner, 'oauth')).toEqual([login.id]));
});

afterAll(async () => {
  await worker?.stop();
});

describe('GET /v1/search', () => {
  it('finds words of titles, descriptions, labels and comments, title matches first, with project and snippet', async () => {
    const page = await search(asOwner, 'q=launch');
    expect(page.items.map((item) => item.task.id)).toEqual([launchPost.id, stickers.id]);
    expect(page.items[0]).toMatchObject({
      project: { id: projectId, name: 'Launch plan' },
      snippet: 'Write the <mark>launch</mark> post',
    });
    expect(page.items[1]?.snippet).toBe('For the <mark>launch</mark> party, &lt;500&gt; pieces');
    expect(await ids(asOwner, 'marketing')).toEqual([launchPost.id]);
    expect(await ids(asOwner, 'frontend')).toEqual([login.id]);
  });

  it('matches the last word as a prefix and tolerates a typo in longer words', async () => {
    expect(await ids(asOwner, 'the laun')).toEqual([launchPost.id, stickers.id]);
    expect(await ids(asOwner, 'stikers')).toEqual([stickers.id]);
    expect(await ids(asOwner, 'lgin page')).toEqual([]);
  });

  it('pages with an opaque cursor bound to the query and the caller', async () => {
    const first = await search(asOwner, 'q=launch&limit=1');
    expect(first.items.map((item) => item.task.id)).toEqual([launchPost.id]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const cursor = encodeURIComponent(first.nextCursor ?? '');
    const second = await search(asOwner, `q=launch&limit=1&cursor=${cursor}`);
    expect(second.items.map((item) => item.task.id)).toEqual([stickers.id]);
    expect(second.nextCursor).toBeNull();
    expect((await problemOf(await asOwner.get(`/v1/search?q=stickers&cursor=${cursor}`), 400)).code).toBe(
      'invalid_cursor',
    );
    const asMember = member.client;
    expect(
      (await problemOf(await asMember.get(`/v1/search?q=launch&limit=1&cursor=${cursor}`), 400)).code,
    ).toBe('invalid_cursor');
  });

  it.each([
    ['an empty query', 'q='],
    ['a missing query', ''],
    ['a query over 200 characters', `q=${'a'.repeat(201)}`],
    ['only stop words', 'q=the%20and%20of'],
  ])('answers 422 naming query.q for %s', async (_name, query) => {
    const answer = await problemOf(await asOwner.get(`/v1/search?${query}`), 422);
    expect(answer.errors?.map((error) => error.path)).toEqual(['query.q']);
  });
});

describe('GET /v1/projects/{projectId}/tasks?q=', () => {
  it('combines the words with the list filters, ranked', async () => {
    const list = async (query: string) =>
      expectResponse(
        await asOwner.get(`/v1/projects/${projectId}/tasks?${query}`),
        200,
        TaskPageSchema,
      ).items.map((task) => task.id);
    expect(await list('q=launch')).toEqual([launchPost.id, stickers.id]);
    expect(await list('q=launch&status=done')).toEqual([stickers.id]);
    expect(await list('q=launch&label=marketing')).toEqual([launchPost.id]);
    const answer = await problemOf(await asOwner.get(`/v1/projects/${projectId}/tasks?q=`), 422);
    expect(answer.errors?.map((error) => error.path)).toEqual(['query.q']);
  });
});

describe('never a leak', () => {
  it('returns nothing of projects the caller is not a member of', async () => {
    expect(await ids(outsider.client, 'launch')).toHaveLength(1);
    expect(await ids(outsider.client, 'stickers')).toEqual([]);
    expect(await ids(asOwner, 'rocket')).toEqual([]);
    const answer = await problemOf(
      await outsider.client.get(`/v1/projects/${projectId}/tasks?q=launch`),
      404,
    );
    expect(answer.code).toBe('project_not_found');
  });

  it('shows nothing of a project right after the caller was removed from it', async () => {
    expect(await ids(member.client, 'stickers')).toEqual([stickers.id]);
    await removeMember(fixtureMapper(api.config), projectId, member.sub);
    expect(await ids(member.client, 'stickers')).toEqual([]);
    expect((await search(member.client, 'q=launch')).items).toEqual([]);
    expect(
      (await problemOf(await member.client.get(`/v1/projects/${projectId}/tasks?q=launch`), 404)).code,
    ).toBe('project_not_found');
  });

  it('shows nothing of a deleted project, at once', async () => {
    const doomed = (await postProject(asOwner, 'Doomed')).id;
    await create(asOwner, doomed, { title: 'Quarterly zeppelin' });
    await eventually(async () => expect(await ids(asOwner, 'zeppelin')).toHaveLength(1));
    const current = await asOwner.get(`/v1/projects/${doomed}`);
    const removal = await asOwner.delete(`/v1/projects/${doomed}`, {
      'if-match': current.headers.get('etag') ?? '*',
    });
    expect(removal.status).toBe(204);
    expect(await ids(asOwner, 'zeppelin')).toEqual([]);
  });

  it('shows nothing of the large subtree of a deleted task, at once (before the worker has purged it)', async () => {
    const top = await create(asOwner, projectId, { title: 'Balloon rollout' });
    const children: Task[] = [];
    for (let i = 0; i < 22; i++) {
      children.push(await create(asOwner, projectId, { title: `Balloon hangar ${i}`, parentTaskId: top.id }));
    }
    await eventually(async () => expect(await ids(asOwner, 'hangar')).toHaveLength(children.length));
    const current = await asOwner.get(`/v1/tasks/${top.id}`);
    const removal = await asOwner.delete(`/v1/tasks/${top.id}`, {
      'if-match': current.headers.get('etag') ?? '*',
    });
    expect(removal.status).toBe(204);
    expect(await ids(asOwner, 'hangar')).toEqual([]);
  });
});
