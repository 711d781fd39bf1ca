import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '#data/entities/task';
import { BulkTaskResponseSchema } from '#http/schemas/task-bulk';
import {
  clientFor,
  expectResponse,
  signedInUser,
  startTestApi,
  type TestApi,
  type TestUser,
} from '#test/support/api';
import { createTask, fixtureMapper, seedProject } from '#test/support/fixtures';

/*
 * What a bulk update of 100 tasks costs against 100 single PATCHes: DynamoDB calls (counted on
 * the app's own client; asserted) and wall time (printed for docs/benchmarks.md, never asserted).
 */

const COUNT = 100;
const dynamoCalls: string[] = [];
let api: TestApi;
let owner: TestUser;
let projectId: string;

beforeAll(async () => {
  api = await startTestApi(
    { OUTBOUND_REQUEST_TIMEOUT_MS: '15000', REQUEST_DEADLINE_MS: '25000' },
    {
      instrumentClient: (client) => {
        if (client instanceof DynamoDBClient) {
          client.middlewareStack.add(
            (next, context) => async (args) => {
              // The token-denylist read is cached across requests: not part of what a write costs.
              const key = JSON.stringify((args.input as { Key?: unknown }).Key ?? '');
              if (!key.includes('REVOKED#')) dynamoCalls.push(context.commandName ?? '?');
              return next(args);
            },
            { step: 'initialize', name: 'countDynamoCalls' },
          );
        }
        return client;
      },
    },
  );
  owner = await signedInUser(api, 'bulk-cost');
  projectId = await seedProject(fixtureMapper(api.config), [{ sub: owner.sub, role: 'owner' }]);
});

async function seededTasks(): Promise<Task[]> {
  const mapper = fixtureMapper(api.config);
  const tasks: Task[] = [];
  // Ten at a time: a loaded DynamoDB Local answers a few transactions at once best.
  for (let start = 0; start < COUNT; start += 10) {
    tasks.push(
      ...(await Promise.all(Array.from({ length: 10 }, () => createTask(mapper, projectId, owner.sub)))),
    );
  }
  return tasks;
}

async function measured(send: () => Promise<void>) {
  dynamoCalls.length = 0;
  const started = performance.now();
  await send();
  return { ms: Math.round(performance.now() - started), calls: dynamoCalls.length };
}

describe(`updating ${COUNT} tasks`, () => {
  it('one bulk request costs no more DynamoDB calls than single PATCHes', async () => {
    const as = clientFor(api, owner);
    const singleTasks = await seededTasks();
    const single = await measured(async () => {
      for (const task of singleTasks) {
        const response = await as.patch(
          `/v1/projects/${projectId}/tasks/${task.id}`,
          { status: 'in_progress' },
          { 'if-match': `"${task.version}"` },
        );
        expect(response.status).toBe(200);
      }
    });
    const bulkTasks = await seededTasks();
    const bulk = await measured(async () => {
      const response = await as.post(`/v1/projects/${projectId}/tasks/bulk`, {
        operations: bulkTasks.map((task) => ({
          op: 'update',
          taskId: task.id,
          ifMatch: `"${task.version}"`,
          changes: { status: 'in_progress' },
        })),
      });
      const { results } = expectResponse(response, 200, BulkTaskResponseSchema);
      expect(results.every((result) => result.status === 200)).toBe(true);
    });
    console.info(
      `bulk-cost: ${COUNT} single PATCHes ${single.ms} ms, ${single.calls} DynamoDB calls; ` +
        `one bulk request ${bulk.ms} ms, ${bulk.calls} DynamoDB calls`,
    );
    expect(bulk.calls).toBeLessThanOrEqual(single.calls + 1);
  });
});
