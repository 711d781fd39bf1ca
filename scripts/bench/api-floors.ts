import { randomUUID } from 'node:crypto';
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Task } from '#data/entities/task';
import { taskItems } from '#data/repositories/tasks/task-layout';
import { newId } from '#lib/ids';

/**
 * The "raw SDK floor" of three task endpoints: exactly the DynamoDB calls the service sends
 * (same keys, consistency, expressions, Limit), written against the bare DocumentClient with
 * no mapper and no HTTP (a created task's items come from the task layout: one schema parse
 * per item, microseconds against a round trip). The benchmark subtracts these from the API's latency.
 * test/integration/bench/api-floors.test.ts checks them against what the service really sends.
 */
export interface FloorTarget {
  doc: DynamoDBDocumentClient;
  tableName: string;
}

const projectKey = (projectId: string) => ({ pk: `PROJECT#${projectId}`, sk: '#META' });

const memberKey = (projectId: string, userId: string) => ({
  pk: `PROJECT#${projectId}`,
  sk: `MEMBER#${userId}`,
});

/** (a) GET /v1/projects/{pid}/tasks/{tid}: ONE consistent BatchGet of membership + project + task. */
export async function getTaskFloor(
  target: FloorTarget,
  input: { projectId: string; taskId: string; userId: string },
): Promise<Record<string, unknown>[]> {
  const out = await target.doc.send(
    new BatchGetCommand({
      RequestItems: {
        [target.tableName]: {
          Keys: [
            memberKey(input.projectId, input.userId),
            projectKey(input.projectId),
            { pk: `PROJECT#${input.projectId}`, sk: `TASK#${input.taskId}` },
          ],
          ConsistentRead: true,
        },
      },
    }),
  );
  return out.Responses?.[target.tableName] ?? [];
}

/**
 * The access gate of (b) and (c): the caller's membership and the project's `#META` (a
 * membership of a project being deleted grants nothing), one strongly consistent BatchGet.
 */
function membershipGet(target: FloorTarget, projectId: string, userId: string) {
  return target.doc.send(
    new BatchGetCommand({
      RequestItems: {
        [target.tableName]: {
          Keys: [memberKey(projectId, userId), projectKey(projectId)],
          ConsistentRead: true,
        },
      },
    }),
  );
}

/**
 * (b) GET /v1/projects/{pid}/tasks?limit=N (default sort: by creation, no filters): the
 * membership gate (BatchGet of membership + `#META`) and the first page's Query in parallel. The engine asks for N + 1 items
 * (one look-ahead, so the last page says nextCursor: null); lists read eventually consistent.
 */
export async function listTasksFloor(
  target: FloorTarget,
  input: { projectId: string; userId: string; limit?: number },
): Promise<Record<string, unknown>[]> {
  const limit = input.limit ?? 25;
  const [, page] = await Promise.all([
    membershipGet(target, input.projectId, input.userId),
    target.doc.send(
      new QueryCommand({
        TableName: target.tableName,
        KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
        ScanIndexForward: true,
        ExpressionAttributeNames: { '#n0': 'pk', '#n1': 'sk' },
        ExpressionAttributeValues: { ':v0': `PROJECT#${input.projectId}`, ':v1': 'TASK#' },
        Limit: limit + 1,
      }),
    ),
  ]);
  return (page.Items ?? []).slice(0, limit);
}

export interface FloorTaskInput {
  projectId: string;
  userId: string;
  title: string;
  status?: 'todo' | 'in_progress' | 'blocked' | 'done';
  priority?: 'low' | 'medium' | 'high' | 'urgent';
  assigneeId?: string;
  dueDate?: string;
  labels?: string[];
  /** For comparisons with the service: otherwise a new ULID and the current time. */
  id?: string;
  now?: string;
}

/**
 * (c) POST /v1/projects/{pid}/tasks: the membership gate (BatchGet of membership + `#META`), then ONE TransactWriteItems of the
 * task (create-only), its #REF copy, its #ASSIGNEE copy when assigned, the caller's membership
 * check (role member or above) and, when assigning someone else, the assignee's membership check.
 */
export async function createTaskFloor(target: FloorTarget, input: FloorTaskInput): Promise<{ id: string }> {
  await membershipGet(target, input.projectId, input.userId);
  const id = input.id ?? newId();
  const now = input.now ?? new Date().toISOString();
  const task: Record<string, unknown> = {
    id,
    projectId: input.projectId,
    title: input.title,
    status: input.status ?? 'todo',
    priority: input.priority ?? 'medium',
    ...(input.assigneeId ? { assigneeId: input.assigneeId } : {}),
    ...(input.dueDate ? { dueDate: input.dueDate } : {}),
    labels: input.labels ?? [],
    createdBy: input.userId,
    updatedBy: input.userId,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const TableName = target.tableName;
  const failOld = { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const };
  // The task's items come from the one task layout (canonical, #REF, #ASSIGNEE while assigned).
  const [canonical, ...copies] = taskItems(task as Task);
  const items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']> = [
    {
      Put: {
        TableName,
        Item: canonical,
        ConditionExpression: 'attribute_not_exists(#n0)',
        ExpressionAttributeNames: { '#n0': 'pk' },
        ...failOld,
      },
    },
    ...copies.map((Item) => ({ Put: { TableName, Item } })),
  ];
  items.push({
    ConditionCheck: {
      TableName,
      Key: memberKey(input.projectId, input.userId),
      ConditionExpression: 'attribute_exists(#n0) AND #n1 IN (:v0, :v1, :v2)',
      ExpressionAttributeNames: { '#n0': 'pk', '#n1': 'role' },
      ExpressionAttributeValues: { ':v0': 'owner', ':v1': 'admin', ':v2': 'member' },
      ...failOld,
    },
  });
  if (input.assigneeId && input.assigneeId !== input.userId) {
    items.push({
      ConditionCheck: {
        TableName,
        Key: memberKey(input.projectId, input.assigneeId),
        ConditionExpression: 'attribute_exists(#n0)',
        ExpressionAttributeNames: { '#n0': 'pk' },
        ...failOld,
      },
    });
  }
  await target.doc.send(new TransactWriteCommand({ TransactItems: items, ClientRequestToken: randomUUID() }));
  return { id };
}
