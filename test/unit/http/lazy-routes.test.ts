import { describe, expect, it } from 'vitest';
import { ROUTE_TABLE } from '#http/route-table';
import { ProblemSchema } from '#http/schemas/problem';
import { offlineApp, offlineConfig } from '#test/support/app';
import { mintAccessToken, sharedTestKeys } from '#test/support/auth';
import { routeTable } from '../../../scripts/route-table.ts';

const PROJECT_ID = '01JD3Q8Y8R0W4N6M2K5T7V9XZA';
const bearer = () => ({ authorization: `Bearer ${mintAccessToken(sharedTestKeys(), { sub: 'user-1' })}` });

describe('routers built on first use', () => {
  it('are registered from a route table that lists every route of every router, in mounting order', async () => {
    // Stale when a route is added, moved or renamed: `npx tsx scripts/route-table.ts` rewrites it.
    expect(ROUTE_TABLE).toEqual(await routeTable());
  });

  it('validate the first request a fresh app serves, naming the invalid field', async () => {
    const response = await offlineApp().request(`/v1/projects/${PROJECT_ID}/tasks`, {
      method: 'POST',
      headers: { ...bearer(), 'content-type': 'application/json' },
      body: JSON.stringify({ title: '', unknownField: 1 }),
    });
    expect(response.status).toBe(422);
    const problem = ProblemSchema.parse(await response.json());
    expect(problem.errors?.map((error) => error.path)).toEqual(
      expect.arrayContaining(['body.title', 'body.unknownField']),
    );
  });

  it('answer an unknown method of a known path with 405 before any router is built', async () => {
    const response = await offlineApp().request(`/v1/projects/${PROJECT_ID}/tasks`, {
      method: 'PUT',
      headers: bearer(),
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('POST');
  });

  it('describe the same OpenAPI document whichever route served the first request', async () => {
    for (const config of [offlineConfig(), offlineConfig({ API_KEY_REQUIRED: 'true' })]) {
      const documentFirst = await (await offlineApp({ config }).request('/openapi.json')).text();
      const servedFirst = offlineApp({ config });
      await servedFirst.request(`/v1/projects/${PROJECT_ID}/webhooks`, { headers: bearer() });
      await servedFirst.request('/health');
      const documentLater = await (await servedFirst.request('/openapi.json')).text();
      expect(documentLater).toBe(documentFirst);
    }
  });
});
