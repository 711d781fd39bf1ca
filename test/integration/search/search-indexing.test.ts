import type { DynamoDBRecord } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '#config';
import { commentEntity } from '#data/entities/comment';
import { projectEntity } from '#data/entities/project';
import type { Task } from '#data/entities/task';
import { taskEntity } from '#data/entities/task';
import { createEmbeddedIndexStore } from '#data/search/embedded-index-store';
import { createEmbeddedSearchIndex } from '#data/search/embedded-search-index';
import { memoryLogger } from '#test/support/app';
import { startFaultProxy } from '#test/support/fault-proxy';
import { fixtureMapper, sampleTask } from '#test/support/fixtures';
import { createTestTable, stackContext, testConfig } from '#test/support/stack';
import { streamRecordOf } from '#test/support/stream-records';
import { createStreamBatchHandler } from '#worker/stream/stream-batch';
import { createStreamConsumers } from '#worker/stream/stream-consumers';
import { createStreamDispatcher } from '#worker/stream/stream-dispatcher';
import { createWorkerContainer } from '#worker-container';

/**
 * The search consumer on DynamoDB Local and s3rver: stream-shaped batches through the real
 * batch handler, dispatcher and worker container; what a reader (another process) finds.
 */
let config: Config;

beforeAll(async () => {
  config = testConfig(await createTestTable('search-indexing'));
});

/**
 * A fresh worker (its own process-local cache) that handles Lambda-shaped batches; `overrides`
 * point its clients elsewhere (a fault proxy).
 */
function worker(overrides: Record<string, string> = {}) {
  const container = createWorkerContainer(testConfig(config.dynamodb.tableName, overrides));
  const dispatch = createStreamDispatcher({
    consumers: createStreamConsumers(container.handlers),
    logger: memoryLogger(),
  });
  const handle = createStreamBatchHandler({ dispatch, logger: memoryLogger() });
  return {
    container,
    deliver: (records: DynamoDBRecord[]) => handle({ Records: records }),
    /** Runs the records through the consumers as a batch would, up to a crash before its end. */
    async crashAfter(records: DynamoDBRecord[]) {
      for (const record of records) await dispatch(record);
    },
  };
}

const failedOf = (response: { batchItemFailures: Array<{ itemIdentifier: string }> }) =>
  response.batchItemFailures.map((failure) => failure.itemIdentifier);
const sequenceOf = (record: DynamoDBRecord) => record.dynamodb?.SequenceNumber ?? '';

/** What an API process finds (a cache of its own). */
async function found(projectId: string, query: string): Promise<string[]> {
  const store = createEmbeddedIndexStore({
    mapper: fixtureMapper(config),
    objects: createWorkerContainer(config).repositories.objects,
    cacheTasks: 1000,
  });
  const page = await createEmbeddedSearchIndex(store).search({
    projectIds: [projectId],
    query,
    offset: 0,
    limit: 50,
  });
  return page.hits.map((hit) => hit.task.id);
}

const pointer = (projectId: string) =>
  createEmbeddedIndexStore({
    mapper: fixtureMapper(config),
    objects: createWorkerContainer(config).repositories.objects,
    cacheTasks: 1,
  }).pointer(projectId);

function newProject() {
  const projectId = sampleTask().id;
  const task = (overrides: Partial<Task>) => sampleTask({ projectId, ...overrides });
  return { projectId, task };
}

describe('the search index consumer', () => {
  it('indexes created, changed and removed tasks and comments', async () => {
    const { projectId, task } = newProject();
    const { deliver } = worker();
    const a = task({ title: 'Write the launch post' });
    const b = task({ title: 'Order stickers' });
    const note = {
      id: sampleTask().id,
      taskId: b.id,
      projectId,
      authorId: 'bob',
      body: 'rocket shaped',
      createdAt: a.createdAt,
      updatedAt: a.createdAt,
      version: 1,
    };
    const result = await deliver([
      streamRecordOf(taskEntity, a),
      streamRecordOf(taskEntity, b),
      streamRecordOf(commentEntity, note),
    ]);
    expect(result.batchItemFailures).toEqual([]);
    expect(await found(projectId, 'launch')).toEqual([a.id]);
    expect(await found(projectId, 'rocket')).toEqual([b.id]);

    await deliver([
      streamRecordOf(taskEntity, { ...a, title: 'Write the release notes', version: 2 }, 'MODIFY'),
      streamRecordOf(commentEntity, note, 'REMOVE'),
    ]);
    expect(await found(projectId, 'launch')).toEqual([]);
    expect(await found(projectId, 'release')).toEqual([a.id]);
    expect(await found(projectId, 'rocket')).toEqual([]);
  });

  it('changes nothing when a batch is delivered again, even after the task was removed', async () => {
    const { projectId, task } = newProject();
    const { deliver } = worker();
    const a = task({ title: 'Budget review' });
    const batch = [
      streamRecordOf(taskEntity, a),
      streamRecordOf(taskEntity, { ...a, title: 'Budget review, final', version: 2 }, 'MODIFY'),
      streamRecordOf(taskEntity, { ...a, version: 2 }, 'REMOVE'),
    ];
    await deliver(batch);
    const generation = (await pointer(projectId))?.version;
    // A crash after the batch committed: Lambda delivers it again (from a new worker).
    const again = await worker().deliver(batch);
    expect(again.batchItemFailures).toEqual([]);
    expect(await found(projectId, 'budget')).toEqual([]);
    expect((await pointer(projectId))?.version).toBe(generation);
  });

  it('keeps the changes of concurrent writers of one project (another stream shard)', async () => {
    const { projectId, task } = newProject();
    const tasks = Array.from({ length: 6 }, (_, index) => task({ title: `Concurrent item${index}` }));
    const [one, two] = [worker(), worker()];
    await Promise.all([
      one.deliver(tasks.slice(0, 3).map((t) => streamRecordOf(taskEntity, t))),
      two.deliver(tasks.slice(3).map((t) => streamRecordOf(taskEntity, t))),
    ]);
    expect((await found(projectId, 'concurrent')).sort()).toEqual(tasks.map((t) => t.id).sort());
  });

  it('drops a removed project and ignores its late records', async () => {
    const { projectId, task } = newProject();
    const { deliver } = worker();
    const a = task({ title: 'Secret roadmap' });
    await deliver([streamRecordOf(taskEntity, a)]);
    const project = {
      id: projectId,
      name: 'Gone',
      ownerId: 'alice',
      ownerCount: 1,
      createdAt: a.createdAt,
      updatedAt: a.createdAt,
      version: 1,
    };
    const removal = streamRecordOf(projectEntity, project, 'REMOVE');
    expect((await deliver([removal])).batchItemFailures).toEqual([]);
    await deliver([streamRecordOf(taskEntity, { ...a, title: 'Secret roadmap v2', version: 2 }, 'MODIFY')]);
    expect(await found(projectId, 'roadmap')).toEqual([]);
    expect(await pointer(projectId)).toMatchObject({ deleted: true });
    expect((await pointer(projectId))?.objectKey).toBeUndefined();
  });
});

describe('the search index consumer, per batch', () => {
  it("writes each project's index once per batch, whatever the number of its changes", async () => {
    const first = newProject();
    const second = newProject();
    const many = Array.from({ length: 45 }, (_, i) => first.task({ title: `Quarterly goal${i}` }));
    const few = Array.from({ length: 5 }, (_, i) => second.task({ title: `Quarterly goal${i}` }));
    const note = {
      id: sampleTask().id,
      taskId: many[0]?.id ?? '',
      projectId: first.projectId,
      authorId: 'bob',
      body: 'needs a hedgehog',
      createdAt: many[0]?.createdAt ?? '',
      updatedAt: many[0]?.createdAt ?? '',
      version: 1,
    };
    const records = [
      ...many.map((t) => streamRecordOf(taskEntity, t)),
      ...few.map((t) => streamRecordOf(taskEntity, t)),
      streamRecordOf(commentEntity, note),
      streamRecordOf(taskEntity, { ...many[1], title: 'Renamed once', version: 2 } as Task, 'MODIFY'),
    ];
    const { deliver } = worker();
    expect(failedOf(await deliver(records))).toEqual([]);
    // One generation each: one blob written and one pointer move per project for the whole batch.
    expect((await pointer(first.projectId))?.version).toBe(1);
    expect((await pointer(second.projectId))?.version).toBe(1);
    expect((await pointer(first.projectId))?.tasks).toBe(45);
    expect(await found(first.projectId, 'quarterly')).toHaveLength(44);
    expect(await found(first.projectId, 'hedgehog')).toEqual([many[0]?.id]);
    expect(await found(first.projectId, 'renamed')).toEqual([many[1]?.id]);
    expect(await found(second.projectId, 'quarterly')).toHaveLength(5);
  });

  it('leaves the index untouched by a worker that crashed mid-batch, and indexes the batch delivered again', async () => {
    const { projectId, task } = newProject();
    const { deliver } = worker();
    const kept = task({ title: 'Kept harbour' });
    await deliver([streamRecordOf(taskEntity, kept)]);
    const before = await pointer(projectId);
    const batch = [
      streamRecordOf(taskEntity, task({ title: 'Harbour lights' })),
      streamRecordOf(taskEntity, { ...kept, title: 'Kept lighthouse', version: 2 }, 'MODIFY'),
      streamRecordOf(taskEntity, task({ title: 'Harbour crane' })),
    ];
    // The crash: records handled, the batch never finished, nothing written.
    await worker().crashAfter(batch.slice(0, 2));
    expect(await pointer(projectId)).toEqual(before);
    expect(await found(projectId, 'harbour')).toEqual([kept.id]);

    const again = worker();
    expect(failedOf(await again.deliver(batch))).toEqual([]);
    expect((await pointer(projectId))?.version).toBe((before?.version ?? 0) + 1);
    expect(await found(projectId, 'harbour')).toHaveLength(2);
    expect(await found(projectId, 'lighthouse')).toEqual([kept.id]);
    // Delivered once more (Lambda after a timeout at the very end): nothing changes.
    expect(failedOf(await again.deliver(batch))).toEqual([]);
    expect((await pointer(projectId))?.version).toBe((before?.version ?? 0) + 1);
  });

  it("fails the batch's records when its index cannot be written, and indexes them when delivered again", async () => {
    const { projectId, task } = newProject();
    const s3 = await startFaultProxy(stackContext().endpoints.s3);
    try {
      const broken = worker({ S3_ENDPOINT: s3.endpoint, OUTBOUND_MAX_ATTEMPTS: '1' });
      const tasks = [task({ title: 'Paint the fence' }), task({ title: 'Paint the gate' })];
      const other = streamRecordOf(projectEntity, {
        id: sampleTask().id,
        name: 'Elsewhere',
        ownerId: 'alice',
        ownerCount: 1,
        createdAt: tasks[0]?.createdAt,
        updatedAt: tasks[0]?.createdAt,
        version: 1,
      });
      const batch = [other, ...tasks.map((t) => streamRecordOf(taskEntity, t))];
      await s3.setMode('refuse');
      const response = await broken.deliver(batch);
      // The project's INSERT is nobody's concern here; both task records come back for retry.
      expect(failedOf(response)).toEqual(batch.slice(1).map(sequenceOf));
      expect(await pointer(projectId)).toBeUndefined();

      await s3.setMode('pass');
      expect(failedOf(await broken.deliver(batch.slice(1)))).toEqual([]);
      expect((await found(projectId, 'paint')).sort()).toEqual(tasks.map((t) => t.id).sort());
      expect((await pointer(projectId))?.version).toBe(1);
    } finally {
      await s3.close();
    }
  });

  it("keeps a committed index whose pointer write's answer was lost (the SDK's retry meets its own write)", async () => {
    const { projectId, task } = newProject();
    const dynamodb = await startFaultProxy(stackContext().endpoints.dynamodb);
    try {
      const flaky = worker({ DYNAMODB_ENDPOINT: dynamodb.endpoint });
      const a = task({ title: 'Sharpen pencils' });
      const b = task({ title: 'Sharpen knives' });
      // Only the pointer's writes name its blob: the first (a conditional put), then a move
      // (a conditional update). Lose the answer to one of each.
      const pointerWrite = {
        kind: 'lose-response',
        matching: `search-index/${projectId}/`,
        times: 1,
      } as const;
      await dynamodb.setMode(pointerWrite);
      expect(failedOf(await flaky.deliver([streamRecordOf(taskEntity, a)]))).toEqual([]);
      await dynamodb.setMode(pointerWrite);
      expect(failedOf(await flaky.deliver([streamRecordOf(taskEntity, b)]))).toEqual([]);
      expect(dynamodb.stats.droppedResponses).toBe(2);
      expect((await found(projectId, 'sharpen')).sort()).toEqual([a.id, b.id].sort());
      expect((await pointer(projectId))?.version).toBe(2);
    } finally {
      await dynamodb.close();
    }
  });

  it('fails the records of a project whose blob is lost, without spinning, until a rebuild', async () => {
    const { projectId, task } = newProject();
    const first = worker();
    await first.deliver([streamRecordOf(taskEntity, task({ title: 'Lost compass' }))]);
    const objectKey = (await pointer(projectId))?.objectKey ?? '';
    await first.container.repositories.objects.delete(objectKey);

    const later = worker();
    const record = streamRecordOf(taskEntity, task({ title: 'Found map' }));
    expect(failedOf(await later.deliver([record]))).toEqual([sequenceOf(record)]);
    await later.container.searchRebuild.project(projectId);
    expect(failedOf(await later.deliver([record]))).toEqual([]);
    expect(await found(projectId, 'map')).toHaveLength(1);
  });
});
