import type { DynamoDBRecord } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '#config';
import { commentEntity } from '#data/entities/comment';
import { projectEntity } from '#data/entities/project';
import type { Task } from '#data/entities/task';
import { taskEntity } from '#data/entities/task';
import { createEmbeddedIndexStore } from '#data/search/embedded-index-store';
import { createEmbeddedSearchIndex } from '#data/search/embedded-search-index';
import { createJobHandlers } from '#jobs/job-handlers';
import { createStreamBatchHandler } from '#jobs/stream-batch';
import { createStreamDispatcher } from '#jobs/stream-dispatcher';
import { memoryLogger } from '#test/support/app';
import { fixtureMapper, sampleTask } from '#test/support/fixtures';
import { createTestTable, testConfig } from '#test/support/stack';
import { streamRecordOf } from '#test/support/stream-records';
import { createWorkerContainer } from '#worker-container';

/**
 * The search consumer on DynamoDB Local and s3rver: stream-shaped batches through the real
 * batch handler, dispatcher and worker container; what a reader (another process) finds.
 */
let config: Config;

beforeAll(async () => {
  config = testConfig(await createTestTable('search-indexing'));
});

/** A fresh worker (its own process-local cache) that handles Lambda-shaped batches. */
function worker() {
  const container = createWorkerContainer(config);
  const handle = createStreamBatchHandler({
    dispatch: createStreamDispatcher({
      consumers: createJobHandlers(container.jobs),
      logger: memoryLogger(),
    }),
    logger: memoryLogger(),
  });
  return {
    container,
    deliver: (records: DynamoDBRecord[]) => handle({ Records: records }),
  };
}

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
