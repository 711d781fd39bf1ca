import { beforeEach, describe, expect, it } from 'vitest';
import { IdempotencyKeyReusedError, withoutKey, withReceipt } from '#domain/idempotency';
import { newId } from '#lib/ids';
import { createTaskBulkService } from '#services/task-bulk-service';
import { manualClock } from '#test/support/fixtures';
import {
  caller,
  type MemoryTable,
  memoryIdempotencyRecords,
  memoryProjectAccess,
  memoryTable,
  putProject,
} from '#test/support/memory-repositories';

const mia = caller('mia');
const vera = caller('vera');
const outsider = caller('outsider');

let table: MemoryTable;
let projectId: string;
let runs: number;

function bulkService() {
  return createTaskBulkService({
    projectAccess: memoryProjectAccess(table),
    records: memoryIdempotencyRecords(table),
  });
}

const keyed = (key: string, requestHash = 'h') =>
  withReceipt<{ applied: number }>({
    scope: 'mia',
    key,
    requestHash,
    respond: (outcome) => ({ status: 200, headers: {}, body: JSON.stringify(outcome) }),
  });

/** A bulk run that applies `count` operations; `final: false` is a failure worth retrying. */
const apply =
  (count: number, final = true) =>
  async () => {
    runs += 1;
    return { outcome: { applied: count }, final };
  };

beforeEach(() => {
  table = memoryTable(manualClock());
  runs = 0;
  projectId = putProject(table, { id: newId() }, [
    { userId: 'olive', role: 'owner' },
    { userId: mia.sub, role: 'member' },
    { userId: vera.sub, role: 'viewer' },
  ]).id;
});

describe('task bulk service', () => {
  it('runs for anyone who can see the project, and hides it from a non-member without running', async () => {
    expect(await bulkService().run(mia, projectId, withoutKey(), apply(2))).toEqual({
      created: { applied: 2 },
    });
    expect(await bulkService().run(vera, projectId, withoutKey(), apply(1))).toEqual({
      created: { applied: 1 },
    });
    await expect(bulkService().run(outsider, projectId, withoutKey(), apply(1))).rejects.toMatchObject({
      code: 'project_not_found',
    });
    expect(runs).toBe(2);
  });

  it('under an Idempotency-Key, runs once: the same request answers the recorded outcome', async () => {
    await bulkService().run(mia, projectId, keyed('b1'), apply(3));
    const again = await bulkService().run(mia, projectId, keyed('b1'), apply(5));
    expect(JSON.parse(again.replay?.body ?? '{}')).toEqual({ applied: 3 });
    expect(runs).toBe(1);
    await expect(bulkService().run(mia, projectId, keyed('b1', 'another'), apply(1))).rejects.toBeInstanceOf(
      IdempotencyKeyReusedError,
    );
    expect(runs).toBe(1);
  });

  it('does not record an outcome worth retrying: the same key runs again', async () => {
    expect((await bulkService().run(mia, projectId, keyed('b2'), apply(0, false))).created).toEqual({
      applied: 0,
    });
    expect((await bulkService().run(mia, projectId, keyed('b2'), apply(4))).created).toEqual({ applied: 4 });
    expect(runs).toBe(2);
  });

  it('checks access before answering a replay: a member removed since gets nothing', async () => {
    await bulkService().run(mia, projectId, keyed('b3'), apply(1));
    table.memberships.delete(`${projectId}/mia`);
    await expect(bulkService().run(mia, projectId, keyed('b3'), apply(1))).rejects.toMatchObject({
      code: 'project_not_found',
    });
  });
});
