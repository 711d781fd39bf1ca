import { createDynamoClients } from '#data/dynamodb-client';
import { membershipEntity, type ProjectRole, projectEntity } from '#data/entities/index';
import { createMapper, type Mapper } from '#data/mapper/mapper';
import { newId } from '#lib/ids';
import type { TestApi } from './api.ts';

/**
 * Projects and memberships written straight through the mapper, for task tests that must not
 * depend on the projects API (built in parallel). One transaction per project.
 */
export function testMapper(api: TestApi): Mapper {
  const { doc } = createDynamoClients(api.config);
  return createMapper({ doc, tableName: api.table, cursorSecret: api.config.cursorSecret });
}

export async function seedProject(
  mapper: Mapper,
  members: Array<{ sub: string; role: ProjectRole }>,
  name = 'Test project',
): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  const owner = members.find((member) => member.role === 'owner') ?? members[0];
  await mapper.transact([
    mapper.tx.create(projectEntity, {
      id,
      name,
      ownerId: owner?.sub ?? 'nobody',
      createdAt: now,
      updatedAt: now,
    }),
    ...members.map((member) =>
      mapper.tx.create(membershipEntity, {
        projectId: id,
        userId: member.sub,
        role: member.role,
        addedAt: now,
      }),
    ),
  ]);
  return id;
}

/** Removes a member (what the projects API will do), for "left the project" cases. */
export async function removeMember(mapper: Mapper, projectId: string, userId: string): Promise<void> {
  await mapper.delete(membershipEntity, { projectId, userId });
}
