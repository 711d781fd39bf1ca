/**
 * The task-structure scenarios of `npm run bench`, on an in-process app (`app.request`, no port)
 * over the bench's DynamoDB Local, with every DynamoDB command counted on the app's own client:
 * - a bulk update of 100 tasks against 100 single PATCHes (wall time, DynamoDB calls);
 * - GET one task with subtasks and dependencies against one without (the added cost per read),
 *   and a subtask's GET while a deleted subtree of its project is being purged.
 * Runs alternate in rounds so that a shared machine's drift falls on both sides alike.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createApp } from '#app';
import type { Config } from '#config';
import { createContainer } from '#container';
import { median } from './stats.ts';

const BULK_SIZE = 100;
const BULK_ROUNDS = Number(process.env.BENCH_STRUCTURE_ROUNDS ?? 3);
const READS_PER_ROUND = 100;
const READ_ROUNDS = 4;

interface TaskBody {
  id: string;
  version: number;
}

/** One side of a comparison: wall times (ms) and DynamoDB calls, per run. */
interface Measured {
  ms: number[];
  calls: number[];
}

export interface TaskStructureResult {
  lines: string[];
}

export async function runTaskStructureBench(config: Config, token: string): Promise<TaskStructureResult> {
  const commands: string[] = [];
  const app = createApp(
    createContainer(config, {
      instrumentClient: (client) => {
        if (client instanceof DynamoDBClient) {
          client.middlewareStack.add(
            (next, context) => async (args) => {
              // The token-denylist read is cached across requests: not part of a request's own cost.
              const key = JSON.stringify((args.input as { Key?: unknown }).Key ?? '');
              if (!key.includes('REVOKED#')) commands.push(context.commandName ?? '?');
              return next(args);
            },
            { step: 'initialize', name: 'benchCountDynamoCalls' },
          );
        }
        return client;
      },
    }),
  );
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
    return {
      status: response.status,
      bytes: Buffer.byteLength(text),
      json: text ? JSON.parse(text) : undefined,
    };
  };
  const measure = async (into: Measured, run: () => Promise<void>) => {
    commands.length = 0;
    const started = performance.now();
    await run();
    into.ms.push(performance.now() - started);
    into.calls.push(commands.length);
  };

  const project = (await send('POST', '/v1/projects', { name: 'Bench task structure' })).json as {
    id: string;
  };
  const tasksPath = `/v1/projects/${project.id}/tasks`;
  const createMany = async (count: number, fields: Record<string, unknown> = {}): Promise<TaskBody[]> => {
    const operations = Array.from({ length: count }, (_, i) => ({
      op: 'create',
      task: { title: `Bench structure task ${i}`, ...fields },
    }));
    const { results } = (await send('POST', `${tasksPath}/bulk`, { operations })).json as {
      results: Array<{ status: number; task: TaskBody }>;
    };
    return results.map((result) => result.task);
  };

  // A bulk update of 100 tasks against 100 single PATCHes, each side on fresh tasks, in turns.
  const single: Measured = { ms: [], calls: [] };
  const bulk: Measured = { ms: [], calls: [] };
  for (let round = 0; round < BULK_ROUNDS; round++) {
    const forSingles = await createMany(BULK_SIZE);
    await measure(single, async () => {
      for (const task of forSingles) {
        await send(
          'PATCH',
          `${tasksPath}/${task.id}`,
          { status: 'in_progress' },
          { 'if-match': `"${task.version}"` },
        );
      }
    });
    const forBulk = await createMany(BULK_SIZE);
    await measure(bulk, async () => {
      await send('POST', `${tasksPath}/bulk`, {
        operations: forBulk.map((task) => ({
          op: 'update',
          taskId: task.id,
          ifMatch: `"${task.version}"`,
          changes: { status: 'in_progress' },
        })),
      });
    });
  }

  // One task with 5 subtasks (2 done), 3 blockers and 2 blocked tasks, against a plain one.
  const [plain, structured, ...others] = await createMany(7);
  if (!plain || !structured) throw new Error('bench tasks missing');
  await createMany(3, { parentTaskId: structured.id });
  await createMany(2, { parentTaskId: structured.id, status: 'done' });
  for (const [index, other] of others.entries()) {
    if (index < 3) await send('POST', `/v1/tasks/${structured.id}/dependencies`, { blockedBy: other.id });
    else await send('POST', `/v1/tasks/${other.id}/dependencies`, { blockedBy: structured.id });
  }
  // A subtask two levels down, read with and without a subtree purge in flight in its project.
  const [top] = await createMany(1);
  const [middle] = await createMany(1, { parentTaskId: top?.id });
  const [subtask] = await createMany(1, { parentTaskId: middle?.id });
  if (!subtask) throw new Error('bench subtask missing');

  const reads = async (taskId: string, into: Measured, bytes: number[]) => {
    for (let i = 0; i < READS_PER_ROUND; i++) {
      await measure(into, async () => {
        bytes.push((await send('GET', `/v1/tasks/${taskId}`)).bytes);
      });
    }
  };
  const plainReads: Measured = { ms: [], calls: [] };
  const structuredReads: Measured = { ms: [], calls: [] };
  const subtaskReads: Measured = { ms: [], calls: [] };
  const purgingReads: Measured = { ms: [], calls: [] };
  const plainBytes: number[] = [];
  const structuredBytes: number[] = [];
  const ignoredBytes: number[] = [];
  for (let round = 0; round < READ_ROUNDS; round++) {
    await reads(plain.id, plainReads, plainBytes);
    await reads(structured.id, structuredReads, structuredBytes);
    await reads(subtask.id, subtaskReads, ignoredBytes);
  }
  // A deleted task whose 25 descendants are left to the stream worker (none runs here: the
  // project stays "purging" for the rest of the run).
  const [doomed] = await createMany(1);
  const doomedChildren = await createMany(5, { parentTaskId: doomed?.id });
  for (const child of doomedChildren) await createMany(4, { parentTaskId: child.id });
  await send('DELETE', `/v1/tasks/${doomed?.id}`);
  for (let round = 0; round < READ_ROUNDS; round++) await reads(subtask.id, purgingReads, ignoredBytes);

  const ms = (values: number[]) => median(values).toFixed(values.length > 0 && median(values) < 10 ? 2 : 0);
  const calls = (values: number[]) => {
    const sorted = [...new Set(values)].sort((a, b) => a - b);
    return sorted.length === 1 ? String(sorted[0]) : `${sorted[0]}–${sorted.at(-1)}`;
  };
  const perRead = (side: Measured) => `${ms(side.ms)} ms | ${calls(side.calls)}`;
  return {
    lines: [
      `In-process app (\`app.request\`, no HTTP socket) over the bench's DynamoDB Local; DynamoDB commands counted on the app's own client (the cached token-denylist read left out). Medians; the machine is shared (2 cores, other work running), so wall times are noisy — the call counts are exact. scripts/bench/task-structure.ts.`,
      '',
      `| ${BULK_SIZE} task updates (${BULK_ROUNDS} runs each, in turns) | wall time (median; runs) | DynamoDB calls |`,
      '| --- | ---: | ---: |',
      `| ${BULK_SIZE} single \`PATCH …/tasks/{taskId}\` | ${ms(single.ms)} ms (${single.ms.map((v) => v.toFixed(0)).join(', ')}) | ${calls(single.calls)} |`,
      `| one \`POST …/tasks/bulk\` of ${BULK_SIZE} updates | ${ms(bulk.ms)} ms (${bulk.ms.map((v) => v.toFixed(0)).join(', ')}) | ${calls(bulk.calls)} |`,
      '',
      `| \`GET /v1/tasks/{taskId}\` (${READ_ROUNDS * READS_PER_ROUND} reads each, in turns) | per read (median) | DynamoDB calls per read | body |`,
      '| --- | ---: | ---: | ---: |',
      `| a task without subtasks or dependencies | ${perRead(plainReads)} | ${median(plainBytes)} B |`,
      `| a task with 5 subtasks, 3 blockers, 2 blocked tasks | ${perRead(structuredReads)} | ${median(structuredBytes)} B |`,
      `| a subtask 2 levels down | ${perRead(subtaskReads)} | |`,
      `| the same subtask while a deleted subtree of its project is being purged | ${perRead(purgingReads)} | |`,
    ],
  };
}
