import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { taskEntity } from '#data/entities/task';
import { ActivityPageSchema, ChangePageSchema } from '#http/schemas/activity';
import { TaskSchema } from '#http/schemas/task';
import { newId } from '#lib/ids';
import { createSyncTokenCodec, positionAt } from '#services/sync-token';
import {
  expectResponse,
  postMember,
  postProject,
  type SignedIn,
  signedInUsers,
  startTestApi,
  type TestApi,
} from '#test/support/api';
import { eventually } from '#test/support/eventually';
import { sampleTask } from '#test/support/fixtures';
import { streamRecordOf } from '#test/support/stream-records';
import { startTestWorker } from '#test/support/worker';
import { createStreamBatchHandler } from '#worker/stream/stream-batch';
import { createStreamConsumers } from '#worker/stream/stream-consumers';
import { createStreamDispatcher, toEntityChange } from '#worker/stream/stream-dispatcher';
import { createWorkerContainer } from '#worker-container';
import type { StreamPoller } from '../../../scripts/local/stream-poller.ts';

/**
 * Activity and the change feed, recorded by the stream worker (the local poller, as in
 * `npm start`) from what the API writes, read back through the API.
 */
let api: TestApi;
let worker: StreamPoller;
let users: Record<'owner' | 'member' | 'viewer' | 'outsider', SignedIn>;
let projectId: string;

type Activity = z.infer<typeof ActivityPageSchema>['items'][number];
type Change = z.infer<typeof ChangePageSchema>['items'][number];

beforeAll(async () => {
  // The worker bounds each activity write to half the settle window: 1 s leaves room on a loaded machine.
  api = await startTestApi({ CHANGE_FEED_SETTLE_MS: '2000' });
  worker = await startTestWorker(api.config, api.table);
  users = await signedInUsers(api, ['owner', 'member', 'viewer', 'outsider']);
  projectId = (await postProject(users.owner.client, 'Events')).id;
  await postMember(users.owner.client, projectId, users.member.sub, 'member');
  await postMember(users.owner.client, projectId, users.viewer.sub, 'viewer');
}, 120_000);

afterAll(async () => {
  await worker?.stop();
});

async function createTask(as: SignedIn, title: string) {
  return expectResponse(await as.client.post(`/v1/projects/${projectId}/tasks`, { title }), 201, TaskSchema);
}

async function activityOf(as: SignedIn, path: string): Promise<Activity[]> {
  return expectResponse(await as.client.get(path), 200, ActivityPageSchema).items;
}

describe('activity', () => {
  it("records who changed which field of a task, its comments' lifecycle, newest first", async () => {
    const task = await createTask(users.member, 'Draft the plan');
    const patched = await users.owner.client.patch(
      `/v1/projects/${projectId}/tasks/${task.id}`,
      { title: 'Write the plan', status: 'in_progress' },
      { 'if-match': '"1"' },
    );
    expect(patched.status).toBe(200);
    const comment = await users.member.client.post(`/v1/tasks/${task.id}/comments`, { body: 'On it' });
    const commentId = (comment.body as { id: string }).id;
    await users.member.client.patch(`/v1/tasks/${task.id}/comments/${commentId}`, { body: 'On it now' });
    expect((await users.owner.client.delete(`/v1/tasks/${task.id}/comments/${commentId}`)).status).toBe(204);

    const entries = await eventually(async () => {
      const items = await activityOf(users.viewer, `/v1/tasks/${task.id}/activity`);
      expect(items).toHaveLength(5);
      return items;
    });
    expect(entries.map((entry) => [entry.action, entry.actorId, entry.version])).toEqual([
      ['comment.deleted', users.owner.sub, 3],
      ['comment.updated', users.member.sub, 2],
      ['comment.created', users.member.sub, 1],
      ['task.moved', users.owner.sub, 2],
      ['task.created', users.member.sub, 1],
    ]);
    expect(entries[3]?.changes).toEqual([
      { field: 'title', from: 'Draft the plan', to: 'Write the plan' },
      { field: 'status', from: 'todo', to: 'in_progress' },
    ]);
    expect(entries[1]?.changes).toEqual([{ field: 'body', from: 'On it', to: 'On it now' }]);
    expect(entries.every((entry) => entry.projectId === projectId && entry.taskId === task.id)).toBe(true);
  });

  it("records a task's deletion with who deleted it, and member changes, in the project's activity", async () => {
    const task = await createTask(users.member, 'Short-lived');
    expect(
      (await users.owner.client.delete(`/v1/projects/${projectId}/tasks/${task.id}`, { 'if-match': '*' }))
        .status,
    ).toBe(204);
    await users.owner.client.patch(`/v1/projects/${projectId}/members/${users.viewer.sub}`, {
      role: 'member',
    });
    const entries = await eventually(async () => {
      const items = await activityOf(users.viewer, `/v1/projects/${projectId}/activity?limit=100`);
      expect(items.some((entry) => entry.action === 'member.role_changed')).toBe(true);
      expect(items.some((entry) => entry.action === 'task.deleted' && entry.resourceId === task.id)).toBe(
        true,
      );
      return items;
    });
    const deleted = entries.find((entry) => entry.action === 'task.deleted' && entry.resourceId === task.id);
    expect(deleted).toMatchObject({ actorId: users.owner.sub, version: 2, taskId: task.id });
    const roleChange = entries.find((entry) => entry.action === 'member.role_changed');
    expect(roleChange).toMatchObject({
      actorId: users.owner.sub,
      resourceId: users.viewer.sub,
      changes: [{ field: 'role', from: 'viewer', to: 'member' }],
    });
    expect(
      entries.some((entry) => entry.action === 'project.created' && entry.actorId === users.owner.sub),
    ).toBe(true);
    expect(entries.filter((entry) => entry.action === 'member.added')).toHaveLength(3);
    const times = entries.map((entry) => entry.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by action and pages with a cursor', async () => {
    await createTask(users.owner, 'One');
    await createTask(users.owner, 'Two');
    const path = `/v1/projects/${projectId}/activity?action=task.created&limit=1`;
    const first = await eventually(async () => {
      const page = expectResponse(await users.member.client.get(path), 200, ActivityPageSchema);
      expect(page.items[0]?.action).toBe('task.created');
      expect(page.nextCursor).not.toBeNull();
      return page;
    });
    const second = expectResponse(
      await users.member.client.get(`${path}&cursor=${encodeURIComponent(first.nextCursor ?? '')}`),
      200,
      ActivityPageSchema,
    );
    expect(second.items).toHaveLength(1);
    expect(second.items[0]?.action).toBe('task.created');
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
  });

  it('is visible to members of the project only (404 otherwise)', async () => {
    const task = await createTask(users.member, 'Private');
    expect((await users.outsider.client.get(`/v1/projects/${projectId}/activity`)).status).toBe(404);
    expect((await users.outsider.client.get(`/v1/tasks/${task.id}/activity`)).status).toBe(404);
    expect((await users.outsider.client.get(`/v1/projects/${projectId}/changes`)).status).toBe(404);
    expect((await users.viewer.client.get(`/v1/projects/${projectId}/activity`)).status).toBe(200);
  });

  it('writes nothing twice when a record is delivered again', async () => {
    const recorder = createWorkerContainer(api.config).handlers.activity;
    const started = new Date();
    const now = new Date().toISOString();
    const task = sampleTask({
      id: newId(),
      projectId,
      createdBy: users.owner.sub,
      title: 'Redelivered',
      createdAt: now,
      updatedAt: now,
    });
    const change = toEntityChange(streamRecordOf(taskEntity, task, 'INSERT'));
    await recorder(change);
    await recorder(change);
    await recorder(change);
    const project = await eventually(async () => {
      const items = await activityOf(
        users.owner,
        `/v1/projects/${projectId}/activity?action=task.created&limit=100`,
      );
      expect(items.some((entry) => entry.resourceId === task.id)).toBe(true);
      return items;
    }, 90_000);
    expect(project.filter((entry) => entry.resourceId === task.id)).toHaveLength(1);
    // The change feed from before the first delivery holds the task once.
    let since = createSyncTokenCodec(api.config.cursorSecret).encode(projectId, positionAt(started));
    const found: string[] = [];
    const fed = await eventually(async () => {
      for (;;) {
        const page = expectResponse(
          await users.owner.client.get(`/v1/projects/${projectId}/changes?since=${since}&limit=100`),
          200,
          ChangePageSchema,
        );
        found.push(...page.items.map((change) => change.resourceId));
        since = page.syncToken;
        if (!page.hasMore) break;
      }
      expect(found).toContain(task.id);
      return found;
    }, 90_000);
    expect(fed.filter((id) => id === task.id)).toHaveLength(1);
  }, 240_000);
});

describe('activity across a worker crash', () => {
  it('loses nothing and doubles nothing when a batch is cut short and then delivered again whole', async () => {
    const worker = createWorkerContainer(api.config);
    const now = new Date().toISOString();
    const batch = Array.from({ length: 5 }, (_, index) =>
      streamRecordOf(
        taskEntity,
        sampleTask({
          id: newId(),
          projectId,
          createdBy: users.owner.sub,
          title: `Batch ${index}`,
          createdAt: now,
          updatedAt: now,
        }),
      ),
    );
    // The worker dies after two records: only they were recorded.
    for (const record of batch.slice(0, 2)) await worker.handlers.activity(toEntityChange(record));
    // The stream delivers the whole batch again, to a new worker, through the real batch processor.
    const handleBatch = createStreamBatchHandler({
      dispatch: createStreamDispatcher({
        consumers: createStreamConsumers(createWorkerContainer(api.config).handlers),
        logger: worker.logger,
      }),
      logger: worker.logger,
    });
    const response = await handleBatch({ Records: batch });
    expect(response.batchItemFailures).toEqual([]);
    const ids = batch.map((record) => toEntityChange(record).newImage?.id);
    const items = await activityOf(
      users.owner,
      `/v1/projects/${projectId}/activity?action=task.created&limit=100`,
    );
    for (const id of ids) expect(items.filter((entry) => entry.resourceId === id)).toHaveLength(1);
  });
});

describe('the change feed', () => {
  const codec = () => createSyncTokenCodec(api.config.cursorSecret);

  async function page(as: SignedIn, since: string | undefined, limit = 5) {
    const query = since ? `?since=${encodeURIComponent(since)}&limit=${limit}` : `?limit=${limit}`;
    return expectResponse(
      await as.client.get(`/v1/projects/${projectId}/changes${query}`),
      200,
      ChangePageSchema,
    );
  }

  it('never misses or doubles a change while tasks are written during paging', async () => {
    let token = (await page(users.viewer, undefined)).syncToken;
    const seen: Change[] = [];
    const expected = new Set<string>();
    const writer = (async () => {
      for (let round = 0; round < 12; round++) {
        const task = await createTask(users.member, `Feed ${round}`);
        expected.add(`task.${task.id}.1`);
        await users.member.client.patch(
          `/v1/projects/${projectId}/tasks/${task.id}`,
          { priority: 'high' },
          { 'if-match': '"1"' },
        );
        expected.add(`task.${task.id}.2`);
        if (round % 3 === 0) {
          await users.member.client.delete(`/v1/projects/${projectId}/tasks/${task.id}`, {
            'if-match': '"2"',
          });
          expected.add(`task.${task.id}.3`);
        }
      }
    })();
    let writing = true;
    void writer.finally(() => {
      writing = false;
    });
    const keyOf = (change: Change) => `${change.resource}.${change.resourceId}.${change.version}`;
    await eventually(
      async () => {
        for (;;) {
          const next = await page(users.viewer, token);
          seen.push(...next.items);
          token = next.syncToken;
          if (!next.hasMore) break;
        }
        expect(writing).toBe(false);
        const keys = new Set(seen.map(keyOf));
        for (const key of expected) expect(keys.has(key), key).toBe(true);
      },
      60_000,
      100,
    );
    await writer;
    const keys = seen.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    const positions = seen.map((change) => change.recordedAt);
    expect(positions).toEqual([...positions].sort());
    const tombstones = seen.filter((change) => change.deleted);
    expect(tombstones).toHaveLength(4);
    expect(tombstones.every((change) => change.data === undefined && change.action === 'task.deleted')).toBe(
      true,
    );
    const updated = seen.find((change) => change.version === 2 && change.resource === 'task');
    expect(updated?.data).toMatchObject({ priority: 'high', version: 2 });
  });

  it('refuses a token older than the retention with 410 sync_token_expired', async () => {
    const old = codec().encode(projectId, positionAt(new Date(Date.now() - 91 * 86_400_000)));
    const response = await users.viewer.client.get(`/v1/projects/${projectId}/changes?since=${old}`);
    expect(response.status).toBe(410);
    expect(response.body).toMatchObject({ code: 'sync_token_expired' });
  });

  it("refuses a tampered token or another project's token with 400 invalid_sync_token", async () => {
    const { syncToken } = await page(users.viewer, undefined);
    const tampered = `${syncToken.slice(0, -2)}${syncToken.endsWith('AA') ? 'BB' : 'AA'}`;
    const foreign = codec().encode(newId(), positionAt(new Date()));
    for (const since of [tampered, foreign]) {
      const response = await users.viewer.client.get(`/v1/projects/${projectId}/changes?since=${since}`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'invalid_sync_token' });
    }
  });
});
