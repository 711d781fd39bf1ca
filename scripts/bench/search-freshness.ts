/**
 * `npx tsx scripts/bench/search-freshness.ts [writes]`: how long after a write a task is
 * findable, on its own local stack (DynamoDB Local, cognito-local, s3rver, the local stream
 * worker polling every 100 ms as `npm start` does). Each round creates a task with a unique word
 * through the task service, then polls the search service until it finds it; then changes it and
 * waits for the new word. Then a bulk write of 100 creates, each task timed from its own write to
 * findable. Prints p50/p99 of the delays and how many index generations (blob writes) the project
 * took. Every child is stopped by its PID.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '#config';
import { createContainer } from '#container';
import { searchIndexPointerEntity } from '#data/entities/search-index-pointer';
import type { AuthUser } from '#domain/auth';
import { made, withoutKey } from '#domain/idempotency';
import { createWorkerContainer } from '#worker-container';
import { localDynamoClient } from '../local/bootstrap.ts';
import { startLocalWorker } from '../local/local-worker.ts';
import { freePort } from '../local/processes.ts';
import { bootstrapLocalStack, startLocalStack } from '../local/stack.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const rounds = Number(process.argv[2] ?? 40);
/** Tasks of the bulk write measured after the rounds (the bulk route's most operations). */
const BULK = 100;
const root = mkdtempSync(path.join(tmpdir(), 'tasklane-freshness-'));
const stack = await startLocalStack({
  ports: { dynamodb: await freePort(), cognito: await freePort(), s3: await freePort() },
  rootDir: root,
  persist: false,
});
try {
  const { environment } = await bootstrapLocalStack(stack, {
    tableName: 'freshness',
    poolName: 'freshness',
    bucket: 'freshness',
    corsOrigins: [],
  });
  Object.assign(process.env, environment, {
    STAGE: 'local',
    LOG_LEVEL: 'ERROR',
    CURSOR_SECRET: 'freshness-bench-local-only-secret-0123456789',
  });
  const config = loadConfig();
  const { services } = createContainer(config);
  const workerContainer = createWorkerContainer(config);
  const pointerOf = (projectId: string) =>
    workerContainer.clients.mapper.get(searchIndexPointerEntity, { projectId }, { consistent: true });
  const worker = await startLocalWorker({
    worker: workerContainer,
    dynamodb: localDynamoClient(stack.endpoints.dynamodb),
    endpoint: stack.endpoints.dynamodb,
    region: config.region,
    tableName: config.dynamodb.tableName,
  });
  const user: AuthUser = { sub: 'freshness-user', username: 'freshness-user', email: undefined, groups: [] };
  const project = made(await services.projectService.create(user, { name: 'Freshness' }, withoutKey()));

  const until = async (word: string): Promise<number> => {
    const started = performance.now();
    for (;;) {
      const page = await services.searchService.search(user, { q: word, limit: 5 });
      if (page.items.length > 0) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const created: number[] = [];
  const changed: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const first = `created${round}x${Date.now().toString(36)}`;
    const t0 = performance.now();
    const task = made(
      await services.taskService.create(
        user,
        project.id,
        { title: `Task ${first}`, status: 'todo', priority: 'medium', labels: [] },
        withoutKey(),
      ),
    );
    const writeMs = performance.now() - t0;
    created.push(writeMs + (await until(first)));
    const second = `changed${round}x${Date.now().toString(36)}`;
    const t1 = performance.now();
    await services.taskService.update(user, project.id, task.id, { title: `Task ${second}` }, undefined);
    const updateMs = performance.now() - t1;
    changed.push(updateMs + (await until(second)));
  }

  // A bulk write: BULK tasks created one after another (as POST /tasks/bulk runs its operations),
  // all sharing one word; each task's delay runs from the end of its own write to the first search
  // that finds it, while a poller searches for the shared word.
  const bulkWord = `bulk${Date.now().toString(36)}`;
  const writtenAt = new Map<string, number>();
  const bulkDelays = new Map<string, number>();
  const bulkStarted = performance.now();
  let writing = true;
  const poller = (async () => {
    while (writing || bulkDelays.size < BULK) {
      const page = await services.searchService.search(user, { q: bulkWord, limit: BULK * 2 });
      const now = performance.now();
      for (const { task } of page.items) {
        const at = writtenAt.get(task.id);
        if (at !== undefined && !bulkDelays.has(task.id)) bulkDelays.set(task.id, now - at);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  for (let index = 0; index < BULK; index += 1) {
    const task = made(
      await services.taskService.create(
        user,
        project.id,
        { title: `Bulk ${bulkWord} ${index}`, status: 'todo', priority: 'medium', labels: [] },
        withoutKey(),
      ),
    );
    writtenAt.set(task.id, performance.now());
  }
  const bulkWrittenMs = performance.now() - bulkStarted;
  writing = false;
  await poller;
  const allFindableMs = performance.now() - bulkStarted;
  await worker.stop();
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
    return `p50 ${at(50).toFixed(0)} ms, p99 ${at(99).toFixed(0)} ms, max ${at(100).toFixed(0)} ms`;
  };
  console.log(`${rounds} rounds, project growing to ${rounds} tasks`);
  console.log(`created → findable: ${stats(created)}`);
  console.log(`changed → findable: ${stats(changed)}`);
  console.log(
    `bulk of ${BULK} creates (written in ${bulkWrittenMs.toFixed(0)} ms, all findable after ${allFindableMs.toFixed(0)} ms): ` +
      `each created → findable ${stats([...bulkDelays.values()])}`,
  );
  console.log(`search index generations: ${(await pointerOf(project.id))?.version ?? 0}`);
} finally {
  await stack.stop();
  rmSync(root, { recursive: true, force: true });
}
