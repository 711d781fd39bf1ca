import type { Config } from '#config';
import { createDynamoClients } from '#data/dynamodb/client';
import {
  type Job,
  type Membership,
  membershipEntity,
  newTaskStructure,
  type ProjectRole,
  projectEntity,
  type Task,
} from '#data/entities/index';
import type { NewTask } from '#data/entities/task';
import { createMapper, type Mapper, type MapperOptions } from '#data/mapper/mapper';
import { createTaskRepository } from '#data/repositories/tasks/task-repository';
import { made, withoutKey } from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import type { Clock } from '#lib/clock';
import { newId } from '#lib/ids';

/**
 * Test data, in one place: valid models without I/O, a clock moved by hand, and projects,
 * members and tasks written through the repositories (never as hand-typed items).
 */

/** A sample model without its version, as a create takes it (the engine starts it at 1). */
export function unversioned<M extends { version?: number }>(model: M): Omit<M, 'version'> {
  const { version: _version, ...rest } = model;
  return rest;
}
/** Valid models for tests (no I/O). */
export const NOW = '2026-01-10T12:00:00.000Z';

export function sampleTask(overrides: Partial<Task> = {}): Task {
  return {
    id: newId(),
    projectId: '01J0000000000000000000000P',
    title: 'Write the mapper',
    status: 'todo',
    priority: 'medium',
    labels: [],
    ...newTaskStructure(),
    createdBy: 'alice',
    createdAt: NOW,
    updatedAt: NOW,
    version: 1,
    ...overrides,
  };
}

export function sampleMembership(overrides: Partial<Membership> = {}): Membership {
  return {
    projectId: '01J0000000000000000000000P',
    userId: 'alice',
    role: 'owner',
    addedAt: NOW,
    version: 1,
    ...overrides,
  };
}

export function sampleJob(overrides: Partial<Job> = {}): Job {
  return {
    id: newId(),
    type: 'project_export',
    projectId: '01J0000000000000000000000P',
    requestedBy: 'alice',
    format: 'json',
    status: 'queued',
    progress: { processed: 0 },
    attempts: 0,
    createdAt: NOW,
    updatedAt: NOW,
    version: 1,
    ttl: 2_000_000_000,
    ...overrides,
  };
}

/** A clock the test moves by hand (TTL and cursor expiry). */
export function manualClock(
  start = new Date('2026-01-10T12:00:00.000Z'),
): Clock & { advance(seconds: number): void } {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (seconds) => {
      now += seconds * 1000;
    },
  };
}

/** A fresh table on the run's DynamoDB Local and a mapper over it (no real backoff waits). */
export async function mapperFixture(options: Partial<MapperOptions> = {}) {
  // Loaded on use: unit tests import this module too, and must not load the stack's clients or the app.
  const [{ createTestTable, testConfig }, { memoryLogger }] = await Promise.all([
    import('./stack.ts'),
    import('./app.ts'),
  ]);
  const table = await createTestTable('mapper');
  const config = testConfig(table);
  const { client, doc } = createDynamoClients(config);
  const clock = manualClock();
  const logger = memoryLogger();
  const mapper = createMapper({
    doc,
    tableName: table,
    cursorSecret: config.cursorSecret,
    clock,
    logger,
    sleep: async () => {},
    ...options,
  });
  return { table, config, client, doc, clock, logger, mapper };
}

/**
 * Projects, memberships and tasks written straight through the mapper, the way the project
 * and task services store them (one transaction each), for suites whose routes do not create them.
 */
export function fixtureMapper(config: Config): Mapper {
  // Seeding is set-up, not the behaviour under test: bulk writes on a loaded machine get time.
  const seeding = { ...config, outbound: { ...config.outbound, requestTimeoutMs: 60_000, maxAttempts: 3 } };
  return createMapper({
    doc: createDynamoClients(seeding).doc,
    tableName: config.dynamodb.tableName,
    cursorSecret: config.cursorSecret,
  });
}

/**
 * A project with the given members (any roles; the first owner is `ownerId`), written in one
 * transaction the way the project service stores it. Returns its id.
 */
export async function seedProject(
  mapper: Mapper,
  members: Array<{ sub: string; role: ProjectRole }>,
  name?: string,
): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  const owners = members.filter((member) => member.role === 'owner');
  const project = mapper.tx.create(projectEntity, {
    id,
    name: name ?? `Project ${id}`,
    ownerId: owners[0]?.sub ?? members[0]?.sub ?? 'nobody',
    ownerCount: Math.max(1, owners.length),
    createdAt: now,
    updatedAt: now,
  });
  await mapper.transact([
    { label: 'project', request: project },
    ...members.map(({ sub, role }) => ({
      label: `member ${sub}`,
      request: mapper.tx.create(membershipEntity, { projectId: id, userId: sub, role, addedAt: now }),
    })),
  ]);
  return id;
}

/** A project owned by `ownerSub`, with the other members in the same transaction. Returns its id. */
export function createProject(
  mapper: Mapper,
  ownerSub: string,
  members: Array<{ sub: string; role: ProjectRole }> = [],
): Promise<string> {
  return seedProject(mapper, [{ sub: ownerSub, role: 'owner' }, ...members]);
}

/** Removes a member straight from the table (a "left the project" state without the API). */
export async function removeMember(mapper: Mapper, projectId: string, userId: string): Promise<void> {
  await mapper.delete(membershipEntity, { projectId, userId });
}

/** A new task's fields: a low-priority "T" to do in `projectId`, created by `mia` at `now`, unless `fields` say otherwise. */
export function taskDraft(projectId: string, now: string, fields: Partial<NewTask> = {}): NewTask {
  return {
    id: newId(),
    projectId,
    title: 'T',
    status: 'todo',
    priority: 'low',
    labels: [],
    createdBy: 'mia',
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

/**
 * A task written through the task repository, as the task service stores it (its copies in
 * the same transaction). `createdBy` must be a member who may create tasks, and an assignee a
 * member: the repository checks both, as it does for the API.
 */
export function createTask(
  mapper: Mapper,
  projectId: string,
  createdBy: string,
  overrides: Partial<Omit<Task, 'id' | 'projectId' | 'version'>> = {},
): Promise<Task> {
  const now = new Date().toISOString();
  return createTaskRepository(mapper)
    .create(
      taskDraft(projectId, now, { title: 'A task', priority: 'medium', createdBy, ...overrides }),
      {
        actor: { userId: createdBy, roles: rolesAllowedTo('task:create') },
        assigneeId: overrides.assigneeId,
      },
      withoutKey(),
    )
    .then(made);
}
