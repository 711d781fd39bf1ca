import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '#data/dynamodb/client';
import { createMapper, type Mapper } from '#data/mapper/mapper';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { createTaskDependencies } from '#data/repositories/tasks/task-dependencies';
import { createTaskLookup } from '#data/repositories/tasks/task-lookup';
import { createTaskRepository } from '#data/repositories/tasks/task-repository';
import { createTaskTree } from '#data/repositories/tasks/task-tree';
import type { AuthUser } from '#domain/auth';
import { made, withoutKey } from '#domain/idempotency';
import { newId } from '#lib/ids';
import { createProjectAccess, createTaskAccess } from '#services/project-access';
import { createTaskService, type TaskService } from '#services/task-service';
import { seedProject } from '#test/support/fixtures';
import { createTestTable, testConfig } from '#test/support/stack';
import { createTaskFloor, getTaskFloor, listTasksFloor } from '../../../scripts/bench/api-floors.ts';

/** The benchmark floors must send exactly what the service sends: compare the captured commands. */
type Sent = { command: string; input: unknown };

function capturing(doc: DynamoDBDocumentClient, sent: Sent[]): DynamoDBDocumentClient {
  return {
    send: (command: { constructor: { name: string }; input: unknown }) => {
      sent.push({ command: command.constructor.name, input: structuredClone(command.input) });
      return doc.send(command as never);
    },
  } as unknown as DynamoDBDocumentClient;
}

let doc: DynamoDBDocumentClient;
let table: string;
let mapper: Mapper;
let service: TaskService;
const serviceSent: Sent[] = [];
const user: AuthUser = { sub: 'floor-user', username: 'floor-user', email: undefined, groups: [] };
const assignee = 'floor-assignee';
let projectId: string;

beforeAll(async () => {
  table = await createTestTable('floors');
  const config = testConfig(table);
  doc = createDynamoClients(config).doc;
  const plain = createMapper({ doc, tableName: table, cursorSecret: config.cursorSecret });
  projectId = await seedProject(plain, [
    { sub: user.sub, role: 'member' },
    { sub: assignee, role: 'viewer' },
  ]);
  mapper = createMapper({
    doc: capturing(doc, serviceSent),
    tableName: table,
    cursorSecret: config.cursorSecret,
  });
  const projectAccess = createProjectAccess({
    memberships: createMembershipRepository(mapper),
    tree: createTaskTree(mapper),
  });
  service = createTaskService({
    tasks: createTaskRepository(mapper),
    tree: createTaskTree(mapper),
    dependencies: createTaskDependencies(mapper),
    projectAccess,
    taskAccess: createTaskAccess({ tasks: createTaskLookup(mapper), projectAccess }),
  });
});

/** Ids, timestamps, the id's shard and the request token differ between two creates; everything else must not. */
function normalise(sent: Sent[], id: string, createdAt: string): string {
  return JSON.stringify(sorted(sent))
    .replace(/"ClientRequestToken":"[0-9a-f-]{36}"/g, '"ClientRequestToken":"<token>"')
    .replaceAll(id, '<id>')
    .replaceAll(createdAt, '<now>')
    .replace(/STATUS#(\w+)#\d/g, 'STATUS#$1#<shard>');
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  }
  return value;
}

describe('benchmark floors match the service', () => {
  it('(c) create: membership BatchGet + one TransactWrite, with and without an assignee', async () => {
    for (const extra of [{}, { assigneeId: assignee, dueDate: '2026-12-01', labels: ['x'] }]) {
      serviceSent.length = 0;
      const task = made(
        await service.create(
          user,
          projectId,
          {
            title: 'Floor',
            status: 'todo',
            priority: 'medium',
            labels: [],
            ...extra,
          },
          withoutKey(),
        ),
      );
      const serviceCalls = normalise(serviceSent, task.id, task.createdAt);
      const floorSent: Sent[] = [];
      const floorId = newId();
      const floorNow = '2026-01-01T00:00:00.000Z';
      await createTaskFloor(
        { doc: capturing(doc, floorSent), tableName: table },
        { projectId, userId: user.sub, title: 'Floor', ...extra, id: floorId, now: floorNow },
      );
      expect(normalise(floorSent, floorId, floorNow)).toBe(serviceCalls);
      expect(serviceSent.map((s) => s.command)).toEqual(['BatchGetCommand', 'TransactWriteCommand']);
    }
  });

  it('(a) get: one BatchGet; (b) list: membership BatchGet + Query', async () => {
    const task = made(
      await service.create(
        user,
        projectId,
        {
          title: 'Read me',
          status: 'todo',
          priority: 'low',
          labels: [],
        },
        withoutKey(),
      ),
    );
    serviceSent.length = 0;
    await service.get(user, projectId, task.id);
    const floorSent: Sent[] = [];
    const target = { doc: capturing(doc, floorSent), tableName: table };
    const found = await getTaskFloor(target, { projectId, taskId: task.id, userId: user.sub });
    expect(found).toHaveLength(3);
    expect(sorted(floorSent)).toEqual(sorted(serviceSent));
    expect(serviceSent.map((s) => s.command)).toEqual(['BatchGetCommand']);

    serviceSent.length = 0;
    floorSent.length = 0;
    await service.list(user, projectId, { sort: 'createdAt', limit: 25 });
    const items = await listTasksFloor(target, { projectId, userId: user.sub, limit: 25 });
    expect(items.length).toBeGreaterThan(0);
    const byCommand = (sent: Sent[]) => sorted([...sent].sort((a, b) => a.command.localeCompare(b.command)));
    expect(byCommand(floorSent)).toEqual(byCommand(serviceSent));
    expect(serviceSent.map((s) => s.command).sort()).toEqual(['BatchGetCommand', 'QueryCommand']);
  });
});
