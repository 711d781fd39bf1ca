import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaFixture, lambdaRuntimeEnv, runBundle } from '#test/support/lambda';
import { createTestTable, stackContext } from '#test/support/stack';
import { bundle } from '../../../scripts/bundle.ts';

const outDir = mkdtempSync(path.join(tmpdir(), 'tasklane-worker-bundle-'));
let productionWorker = '';
let workerWithTestJob = '';
let env: Record<string, string> = {};

beforeAll(async () => {
  const [production] = await bundle({ outDir: path.join(outDir, 'production'), names: ['worker'] });
  const [withJob] = await bundle({
    outDir: path.join(outDir, 'with-test-job'),
    names: ['worker'],
    entries: { worker: 'test/fixtures/lambda/worker-with-test-job.ts' },
  });
  productionWorker = production?.file ?? '';
  workerWithTestJob = withJob?.file ?? '';
  env = {
    ...stackContext().environment,
    ...lambdaRuntimeEnv('test-tasklane-worker'),
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? '',
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? '',
    DYNAMODB_TABLE_NAME: await createTestTable('lambda-worker'),
    CURSOR_SECRET: 'lambda-test-cursor-secret-0123456789abcdef',
    STAGE: 'test',
    LOG_LEVEL: 'INFO',
  };
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const context = () => ({
  ...lambdaFixture('context.json'),
  functionName: 'test-tasklane-worker',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:test-tasklane-worker',
});

function streamEvent(): DynamoDBStreamEvent {
  return lambdaFixture<DynamoDBStreamEvent>('dynamodb-stream-event.json');
}

function batchMetrics(json: Array<Record<string, unknown>>) {
  const line = json.find((entry) => 'StreamRecordsSkipped' in entry);
  return {
    handled: line?.StreamRecordsHandled,
    skipped: line?.StreamRecordsSkipped,
    failed: line?.StreamRecordsFailed,
  };
}

describe('bundled stream worker (DynamoDB stream batches, partial-batch responses)', () => {
  it('skips records no handler is registered for, hands jobs to the export job, and fails only an unreadable record', async () => {
    const event = streamEvent();
    const [, , task] = event.Records;
    // A stream without images (KEYS_ONLY) cannot be dispatched: that record fails, loudly.
    event.Records.push({
      ...structuredClone(task),
      eventID: 'keys-only',
      dynamodb: {
        Keys: task?.dynamodb?.Keys,
        SequenceNumber: '111100000000000000000004',
        StreamViewType: 'KEYS_ONLY',
      },
    });
    const run = await runBundle(productionWorker, env, [{ event, context: context() }]);
    expect(run.exitCode).toBe(0);
    expect(run.results).toEqual([
      { ok: true, value: { batchItemFailures: [{ itemIdentifier: '111100000000000000000004' }] } },
    ]);
    // The two Job records reach the export job, which finds no such job in the table: a no-op.
    expect(batchMetrics(run.json)).toEqual({ handled: 2, skipped: 1, failed: 1 });
    expect(run.json.find((line) => line.message === 'stream batch processed')).toMatchObject({
      received: 4,
      handled: 2,
      skipped: 1,
      failed: 1,
      function_name: 'test-tasklane-worker',
    });
  });

  it('reports exactly the record whose handler threw in batchItemFailures', async () => {
    const event = streamEvent();
    const failing = event.Records[1]?.dynamodb?.NewImage;
    if (failing) failing.fail = { BOOL: true };
    const run = await runBundle(workerWithTestJob, env, [{ event, context: context() }]);
    expect(run.results).toEqual([
      { ok: true, value: { batchItemFailures: [{ itemIdentifier: '111100000000000000000002' }] } },
    ]);
    expect(batchMetrics(run.json)).toEqual({ handled: 1, skipped: 1, failed: 1 });
    const failure = run.json.find((line) => line.message === 'stream record failed');
    expect(failure).toMatchObject({ sequenceNumber: '111100000000000000000002' });
  });

  it('answers an all-good batch with no failures', async () => {
    const run = await runBundle(workerWithTestJob, env, [{ event: streamEvent(), context: context() }]);
    expect(run.results).toEqual([{ ok: true, value: { batchItemFailures: [] } }]);
    expect(batchMetrics(run.json)).toEqual({ handled: 2, skipped: 1, failed: 0 });
  });
});
