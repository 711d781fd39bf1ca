import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createContainer } from '#container';
import { jobEntity } from '#data/entities/job';
import { newTaskStructure, type Task, taskEntity } from '#data/entities/task';
import type { AnyEntity } from '#data/mapper/write-request';
import { createJobRepository } from '#data/repositories/job-repository';
import type { AuthUser } from '#domain/auth';
import { made, withoutKey } from '#domain/idempotency';
import { newId } from '#lib/ids';
import { createProject, fixtureMapper } from '#test/support/fixtures';
import { createTestTable, stackClients, testConfig } from '#test/support/stack';
import { streamRecordOf } from '#test/support/stream-records';
import { toEntityChange } from '#worker/stream/stream-dispatcher';
import { createWorkerContainer } from '#worker-container';

/**
 * A 20,000-task export, streamed as a multipart upload: the worker's RSS is sampled while it
 * runs (printed for docs/benchmarks.md; memory is measured here, not asserted).
 */
const TASKS = 20_000;
const owner: AuthUser = { sub: 'memory-owner', username: 'memory-owner', email: undefined, groups: [] };

describe('a 20,000-task export', () => {
  it('streams every task to S3 in parts', async () => {
    const config = testConfig(await createTestTable('export-memory'));
    const mapper = fixtureMapper(config);
    const projectId = await createProject(mapper, owner.sub);
    const now = new Date().toISOString();
    const puts: Array<{ entity: AnyEntity; model: Task }> = Array.from({ length: TASKS }, (_, i) => ({
      entity: taskEntity,
      model: {
        id: newId(),
        projectId,
        title: `Task ${i} of a large project`,
        description: 'A description long enough to make each exported task a few hundred bytes.',
        status: 'todo',
        priority: 'medium',
        labels: ['bulk', `n${i % 10}`],
        ...newTaskStructure(),
        createdBy: owner.sub,
        createdAt: now,
        updatedAt: now,
        version: 1,
      },
    }));
    const lanes = 8;
    const perLane = Math.ceil(TASKS / lanes);
    await Promise.all(
      Array.from({ length: lanes }, (_, lane) =>
        mapper.batchWrite({ puts: puts.slice(lane * perLane, (lane + 1) * perLane) }),
      ),
    );
    puts.length = 0;

    const job = made(
      await createContainer(config).services.exportService.requestExport(
        owner,
        projectId,
        'json',
        withoutKey(),
      ),
    );
    const worker = createWorkerContainer(config);
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const started = Date.now();
    try {
      await worker.handlers.exportJob(toEntityChange(streamRecordOf(jobEntity, job)));
    } finally {
      clearInterval(sampler);
    }
    const tookMs = Date.now() - started;
    const done = await createJobRepository(mapper).find(job.id);
    expect(done).toMatchObject({ status: 'succeeded', progress: { processed: TASKS, total: TASKS } });
    const head = await stackClients
      .s3()
      .send(new HeadObjectCommand({ Bucket: config.s3.bucket, Key: done?.resultKey }));
    const size = head.ContentLength ?? 0;
    expect(size).toBeGreaterThan(5 * 1024 * 1024);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.info(
      `export of ${TASKS} tasks: ${mb(size)} MiB file (ETag ${head.ETag}) in ${tookMs} ms; worker RSS ${mb(baseline)} MiB before, peak ${mb(peak)} MiB (+${mb(peak - baseline)} MiB)`,
    );
  }, 900_000);
});
