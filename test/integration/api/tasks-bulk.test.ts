import { beforeAll, describe, expect, it } from 'vitest';
import { idempotencyRecordEntity } from '#data/entities/idempotency-record';
import { TaskPageSchema, TaskSchema } from '#http/schemas/task';
import { BulkTaskResponseSchema } from '#http/schemas/task-bulk';
import { newId } from '#lib/ids';
import {
  clientFor,
  expectResponse,
  signedInUsers,
  startTestApi,
  type TestApi,
  type TestUser,
} from '#test/support/api';
import { createTask, fixtureMapper, seedProject } from '#test/support/fixtures';

/*
 * POST …/tasks/bulk: every operation answered as its single-task route would, in order, each on
 * its own; under an Idempotency-Key the whole request answers once.
 */

let api: TestApi;
let projectId: string;
const users = {} as Record<'owner' | 'viewer' | 'outsider', TestUser>;

beforeAll(async () => {
  api = await startTestApi({ OUTBOUND_REQUEST_TIMEOUT_MS: '15000', REQUEST_DEADLINE_MS: '20000' });
  Object.assign(users, await signedInUsers(api, ['owner', 'viewer', 'outsider'] as const));
  projectId = await seedProject(fixtureMapper(api.config), [
    { sub: users.owner.sub, role: 'owner' },
    { sub: users.viewer.sub, role: 'viewer' },
  ]);
});

const bulkPath = () => `/v1/projects/${projectId}/tasks/bulk`;
const as = (who: keyof typeof users) => clientFor(api, users[who]);
const seeded = (title: string) =>
  createTask(fixtureMapper(api.config), projectId, users.owner.sub, { title });

async function titlesInProject(): Promise<string[]> {
  const page = expectResponse(
    await as('owner').get(`/v1/projects/${projectId}/tasks?limit=100`),
    200,
    TaskPageSchema,
  );
  return page.items.map((task) => task.title);
}

describe('POST /v1/projects/{projectId}/tasks/bulk', () => {
  it('applies a mixed batch in order, one result per operation', async () => {
    const toChange = await seeded('bulk change me');
    const toDelete = await seeded('bulk delete me');
    const response = await as('owner').post(bulkPath(), {
      operations: [
        { op: 'create', task: { title: 'bulk created', labels: ['bulk'] } },
        { op: 'update', taskId: toChange.id, ifMatch: `"${toChange.version}"`, changes: { status: 'done' } },
        { op: 'delete', taskId: toDelete.id },
        { op: 'update', taskId: toChange.id, changes: { title: 'bulk changed twice' } },
      ],
    });
    const { results } = expectResponse(response, 200, BulkTaskResponseSchema);
    expect(results.map((result) => [result.index, result.status])).toEqual([
      [0, 201],
      [1, 200],
      [2, 204],
      [3, 200],
    ]);
    expect(results[0]?.task).toMatchObject({ title: 'bulk created', labels: ['bulk'], projectId });
    expect(results[1]?.task).toMatchObject({ id: toChange.id, status: 'done', version: 2 });
    // In order: the last update saw the first one's version.
    expect(results[3]?.task).toMatchObject({ title: 'bulk changed twice', status: 'done', version: 3 });
    const owner = as('owner');
    expect((await owner.get(`/v1/projects/${projectId}/tasks/${toDelete.id}`)).status).toBe(404);
    const created = expectResponse(
      await owner.get(`/v1/projects/${projectId}/tasks/${results[0]?.task?.id}`),
      200,
      TaskSchema,
    );
    expect(created.title).toBe('bulk created');
  });

  it('answers a bad operation and a stale If-Match on their own; the others still apply', async () => {
    const task = await seeded('bulk stale');
    const response = await as('owner').post(bulkPath(), {
      operations: [
        { op: 'create', task: { title: 'bulk before the bad one' } },
        { op: 'create', task: { title: '', priority: 'urgent-ish' } },
        { op: 'update', taskId: task.id, ifMatch: '"99"', changes: { title: 'never' } },
        { op: 'rename', taskId: task.id },
        { op: 'create', task: { title: 'bulk after the bad ones' } },
      ],
    });
    const { results } = expectResponse(response, 200, BulkTaskResponseSchema);
    expect(results.map((result) => result.status)).toEqual([201, 422, 412, 422, 201]);
    expect(results[1]?.problem).toMatchObject({ code: 'validation_failed', status: 422 });
    const paths = (results[1]?.problem?.errors ?? []).map((error) => error.path).sort();
    expect(paths).toEqual(['body.operations.1.task.priority', 'body.operations.1.task.title']);
    expect(results[2]?.problem).toMatchObject({ code: 'precondition_failed', status: 412 });
    expect(results[3]?.problem?.errors?.map((error) => error.path)).toEqual(['body.operations.3.op']);
    const titles = await titlesInProject();
    expect(titles).toEqual(expect.arrayContaining(['bulk before the bad one', 'bulk after the bad ones']));
    expect(titles).not.toContain('never');
  });

  it('gives a viewer the 403s and 404s of the single-task routes', async () => {
    const task = await seeded('bulk viewer target');
    const response = await as('viewer').post(bulkPath(), {
      operations: [
        { op: 'create', task: { title: 'bulk by a viewer' } },
        { op: 'update', taskId: task.id, changes: { title: 'viewer edit' } },
        { op: 'delete', taskId: task.id },
        { op: 'delete', taskId: newId() },
      ],
    });
    const { results } = expectResponse(response, 200, BulkTaskResponseSchema);
    const single = await as('viewer').patch(`/v1/projects/${projectId}/tasks/${task.id}`, { title: 'x' });
    expect(single.status).toBe(403);
    expect(results.map((result) => [result.status, result.problem?.code])).toEqual([
      [403, 'role_forbids'],
      [403, 'role_forbids'],
      [403, 'role_forbids'],
      [404, 'task_not_found'],
    ]);
    expect(await titlesInProject()).not.toContain('bulk by a viewer');
  });

  it('is 404 for a caller who cannot read the project', async () => {
    const response = await as('outsider').post(bulkPath(), {
      operations: [{ op: 'create', task: { title: 'bulk by an outsider' } }],
    });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'project_not_found' });
  });

  it('refuses zero and 101 operations with a 422 naming body.operations', async () => {
    for (const count of [0, 101]) {
      const operations = Array.from({ length: count }, (_, index) => ({
        op: 'create',
        task: { title: `bulk too many ${index}` },
      }));
      const response = await as('owner').post(bulkPath(), { operations });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'validation_failed',
        errors: [expect.objectContaining({ path: 'body.operations' })],
      });
    }
    expect((await titlesInProject()).filter((title) => title.startsWith('bulk too many'))).toEqual([]);
  });

  it('replays the first response under the same Idempotency-Key and applies nothing twice', async () => {
    const task = await seeded('bulk replay target');
    const key = `bulk-${crypto.randomUUID()}`;
    const body = {
      operations: [
        { op: 'create', task: { title: 'bulk replayed create' } },
        { op: 'update', taskId: task.id, ifMatch: `"${task.version}"`, changes: { priority: 'high' } },
        { op: 'update', taskId: task.id, changes: { labels: ['again'] } },
      ],
    };
    const first = await as('owner').post(bulkPath(), body, { 'idempotency-key': key });
    const firstResults = expectResponse(first, 200, BulkTaskResponseSchema).results;
    expect(firstResults.map((result) => result.status)).toEqual([201, 200, 200]);
    const retry = await as('owner').post(bulkPath(), body, { 'idempotency-key': key });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const titles = await titlesInProject();
    expect(titles.filter((title) => title === 'bulk replayed create')).toHaveLength(1);
    const stored = expectResponse(
      await as('owner').get(`/v1/projects/${projectId}/tasks/${task.id}`),
      200,
      TaskSchema,
    );
    // Two updates, once each.
    expect(stored.version).toBe(task.version + 2);

    const other = await as('owner').post(
      bulkPath(),
      { operations: [{ op: 'create', task: { title: 'bulk other body' } }] },
      { 'idempotency-key': key },
    );
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ path: 'header.idempotency-key' })],
    });
    expect(await titlesInProject()).not.toContain('bulk other body');
  });

  it('re-runs a request that stopped before its answer was recorded without creating twice', async () => {
    const key = `bulk-${crypto.randomUUID()}`;
    const body = {
      operations: [
        { op: 'create', task: { title: 'bulk crash create 0' } },
        { op: 'create', task: { title: 'bulk crash create 1' } },
      ],
    };
    const first = expectResponse(
      await as('owner').post(bulkPath(), body, { 'idempotency-key': key }),
      200,
      BulkTaskResponseSchema,
    );
    // As if the process died after the operations committed and before the request's record was written.
    await fixtureMapper(api.config).delete(idempotencyRecordEntity, { callerSub: users.owner.sub, key });
    const rerun = await as('owner').post(bulkPath(), body, { 'idempotency-key': key });
    const results = expectResponse(rerun, 200, BulkTaskResponseSchema).results;
    expect(rerun.headers.get('idempotent-replayed')).toBeNull();
    expect(results.map((result) => [result.status, result.task?.id])).toEqual(
      first.results.map((result) => [201, result.task?.id]),
    );
    const titles = await titlesInProject();
    expect(titles.filter((title) => title.startsWith('bulk crash create'))).toHaveLength(2);
  });
});
