import type { Config } from '#config';
import { createDynamoClients } from '#data/dynamodb-client';
import { membershipEntity, type ProjectRole, projectEntity, type Task } from '#data/entities/index';
import { createMapper, type Mapper } from '#data/mapper/mapper';
import { taskCreation } from '#data/repositories/task-writes';
import { newId } from '#lib/ids';

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

/** A task as the task service stores it: canonical + #REF (+ #ASSIGNEE when assigned). */
export async function createTask(
  mapper: Mapper,
  projectId: string,
  createdBy: string,
  overrides: Partial<Omit<Task, 'id' | 'projectId' | 'version'>> = {},
): Promise<Task> {
  const now = new Date().toISOString();
  const { stored, parts } = taskCreation(mapper, {
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
  });
  await mapper.transact(parts);
  return stored;
}
