import { ProjectSchema } from '#http/schemas/project';
import { type ApiClient, expectResponse } from '#test/support/api';

/** Creates a project through the API and returns it (schema-checked). */
export async function postProject(client: ApiClient, name = 'Launch plan') {
  return expectResponse(await client.post('/v1/projects', { name }), 201, ProjectSchema);
}

/** Adds a member through the API. */
export async function postMember(client: ApiClient, projectId: string, userId: string, role: string) {
  const response = await client.post(`/v1/projects/${projectId}/members`, { userId, role });
  if (response.status !== 201)
    throw new Error(`add member: ${response.status} ${JSON.stringify(response.body)}`);
}
