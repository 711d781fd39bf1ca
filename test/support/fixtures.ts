import type { Config } from '#config';
import { createDynamoClients } from '#data/dynamodb-client';
import {
  membershipEntity,
  type ProjectRole,
  projectEntity,
  type Task,
  taskAssignmentEntity,
  taskEntity,
  taskRefEntity,
} from '#data/entities/index';
import { createMapper, type Mapper } from '#data/mapper/mapper';
import { newId } from '#lib/ids';

/**
 * Projects, memberships and tasks written straight through the mapper, the way the project
 * and task services store them (one transaction each), for suites whose routes do not create them.
 */
export function fixtureMapper(config: Config): Mapper {
  return createMapper({
    doc: createDynamoClients(config).doc,
    tableName: config.dynamodb.tableName,
    cursorSecret: config.cursorSecret,
  });
}

/** A project owned by `ownerSub`, with the other members in one transaction. Returns its id. */
export async function createProject(
  mapper: Mapper,
  ownerSub: string,
  members: Array<{ sub: string; role: ProjectRole }> = [],
): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  const member = (userId: string, role: ProjectRole) =>
    mapper.tx.create(membershipEntity, { projectId: id, userId, role, addedAt: now });
  await mapper.transact([
    mapper.tx.create(projectEntity, {
      id,
      name: `Project ${id}`,
      ownerId: ownerSub,
      createdAt: now,
      updatedAt: now,
    }),
    member(ownerSub, 'owner'),
    ...members.map(({ sub, role }) => member(sub, role)),
  ]);
  return id;
}

/** A task as the task service stores it: canonical + #REF (+ #ASSIGNEE when assigned). */
export async function createTask(
  mapper: Mapper,
  projectId: string,
  createdBy: string,
  overrides: Partial<Omit<Task, 'id' | 'projectId' | 'version'>> = {},
): Promise<Task> {
  const now = new Date().toISOString();
  const task: Task = {
    id: newId(),
    projectId,
    title: 'A task',
    status: 'todo',
    priority: 'medium',
    labels: [],
    createdBy,
    createdAt: now,
    updatedAt: now,
    ...overrides,
    version: 1,
  };
  await mapper.transact([
    mapper.tx.create(taskEntity, task),
    mapper.tx.put(taskRefEntity, task),
    ...(task.assigneeId
      ? [mapper.tx.put(taskAssignmentEntity, { ...task, assigneeId: task.assigneeId })]
      : []),
  ]);
  return task;
}
