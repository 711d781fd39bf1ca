import { beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '#data/entities/activity';
import type { Change } from '#data/entities/change';
import type { Task } from '#data/entities/task';
import { BadRequestError, GoneError } from '#domain/errors';
import { newId } from '#lib/ids';
import { createActivityService } from '#services/activity-service';
import { createTaskAccess } from '#services/project-access';
import { createSyncTokenCodec } from '#services/sync-token';
import { manualClock } from '#test/support/fixtures';
import {
  caller,
  createTask,
  type MemoryTable,
  memoryActivityRepository,
  memoryProjectAccess,
  memoryTable,
  memoryTaskLookup,
  putProject,
} from '#test/support/memory-repositories';

const SECRET = 'activity-secret-0123456789abcdef0123456789';
const SETTLE_MS = 2_000;
const RETENTION_SECONDS = 3600;
const vera = caller('vera');
const outsider = caller('outsider');

let table: MemoryTable;
let clock: ReturnType<typeof manualClock>;
let projectId: string;
let task: Task;

function activityService() {
  const projectAccess = memoryProjectAccess(table);
  return createActivityService({
    activity: memoryActivityRepository(table),
    projectAccess,
    taskAccess: createTaskAccess({ tasks: memoryTaskLookup(table), projectAccess }),
    cursorSecret: SECRET,
    retentionSeconds: RETENTION_SECONDS,
    settleMs: SETTLE_MS,
    clock,
  });
}

beforeEach(async () => {
  clock = manualClock();
  table = memoryTable(clock);
  projectId = putProject(table, { id: newId() }, [
    { userId: 'mia', role: 'member' },
    { userId: vera.sub, role: 'viewer' },
  ]).id;
  task = await createTask(table, projectId);
});

/** The stream worker records version `version` of the task now (the clock's time). */
async function recorded(version: number): Promise<Change> {
  const at = clock.now().toISOString();
  const entryKey = `task.${task.id}.v${version}`;
  const base = {
    entryKey,
    projectId,
    resource: 'task',
    resourceId: task.id,
    taskId: task.id,
    resourceVersion: version,
  } as const;
  const activity: Activity = {
    ...base,
    action: 'task.updated',
    actorId: 'mia',
    occurredAt: at,
    ttl: 4_000_000_000,
  };
  const change: Change = {
    ...base,
    action: 'task.updated',
    recordedAt: at,
    deleted: false,
    data: { v: version },
    ttl: 4_000_000_000,
  };
  await memoryActivityRepository(table).record(activity, change);
  return change;
}

describe('activity service: history', () => {
  it('shows a project’s and a task’s history to a viewer, newest first, and nothing to a non-member', async () => {
    await recorded(1);
    clock.advance(1);
    await recorded(2);
    const project = await activityService().listProject(vera, projectId, { limit: 10 });
    expect(project.items.map(({ resourceVersion }) => resourceVersion)).toEqual([2, 1]);
    const ofTask = await activityService().listTask(vera, task.id, { limit: 1 });
    expect(ofTask.items.map(({ resourceVersion }) => resourceVersion)).toEqual([2]);
    expect(ofTask.nextCursor).not.toBeNull();
    await expect(activityService().listProject(outsider, projectId, { limit: 10 })).rejects.toMatchObject({
      code: 'project_not_found',
    });
    await expect(activityService().listTask(outsider, task.id, { limit: 10 })).rejects.toMatchObject({
      code: 'task_not_found',
    });
  });
});

describe('activity service: the change feed', () => {
  it('starts with no items and a token at the settle horizon; then answers only what settled after it', async () => {
    const start = await activityService().changes(vera, projectId, { limit: 10 });
    expect(start).toMatchObject({ items: [], hasMore: false });
    clock.advance(1);
    const first = await recorded(1);
    // Recorded less than the settle window ago: not answered yet, and the token does not pass it.
    const early = await activityService().changes(vera, projectId, { since: start.syncToken, limit: 10 });
    expect(early.items).toEqual([]);
    clock.advance(SETTLE_MS / 1000 + 1);
    const settled = await activityService().changes(vera, projectId, { since: early.syncToken, limit: 10 });
    expect(settled.items).toEqual([first]);
    const after = await activityService().changes(vera, projectId, { since: settled.syncToken, limit: 10 });
    expect(after.items).toEqual([]);
  });

  it('pages with hasMore, never answering an entry twice', async () => {
    const start = await activityService().changes(vera, projectId, { limit: 10 });
    const changes: Change[] = [];
    for (const version of [1, 2, 3]) {
      clock.advance(1);
      changes.push(await recorded(version));
    }
    clock.advance(10);
    const page1 = await activityService().changes(vera, projectId, { since: start.syncToken, limit: 2 });
    expect(page1).toMatchObject({ items: changes.slice(0, 2), hasMore: true });
    const page2 = await activityService().changes(vera, projectId, { since: page1.syncToken, limit: 2 });
    expect(page2).toMatchObject({ items: changes.slice(2), hasMore: false });
  });

  it('refuses a token of another project (invalid_sync_token) and one older than the retention (410 sync_token_expired)', async () => {
    const other = putProject(table, { id: newId() }, [{ userId: vera.sub, role: 'viewer' }]).id;
    const foreign = (await activityService().changes(vera, other, { limit: 10 })).syncToken;
    const refused = await activityService()
      .changes(vera, projectId, { since: foreign, limit: 10 })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect(refused).toMatchObject({ code: 'invalid_sync_token' });
    const old = createSyncTokenCodec(SECRET).encode(projectId, '2025-01-01T00:00:00.000Z#~');
    const expired = await activityService()
      .changes(vera, projectId, { since: old, limit: 10 })
      .catch((e: unknown) => e);
    expect(expired).toBeInstanceOf(GoneError);
    expect(expired).toMatchObject({ code: 'sync_token_expired' });
  });
});
