import { createDynamoClients } from '#data/dynamodb-client';
import { createMapper } from '#data/mapper/mapper';
import { type ApiClient, expectResponse, type TestApi } from '#test/support/api';
import { memoryLogger } from '#test/support/app';
import { ProjectSchema } from '../../../src/http/schemas/project.ts';

/** A mapper over the test API's table, for arranging items no endpoint of this branch writes. */
export function tableMapper(api: TestApi) {
  const { doc } = createDynamoClients(api.config);
  return createMapper({
    doc,
    tableName: api.table,
    cursorSecret: api.config.cursorSecret,
    logger: memoryLogger(),
  });
}

/** Creates a project through the API and returns it (schema-checked). */
export async function createProject(client: ApiClient, name = 'Launch plan') {
  return expectResponse(await client.post('/v1/projects', { name }), 201, ProjectSchema);
}

/** Adds a member through the API. */
export async function addMember(client: ApiClient, projectId: string, userId: string, role: string) {
  const response = await client.post(`/v1/projects/${projectId}/members`, { userId, role });
  if (response.status !== 201)
    throw new Error(`add member: ${response.status} ${JSON.stringify(response.body)}`);
}
