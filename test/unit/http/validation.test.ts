import { describe, expect, it } from 'vitest';
import { ProblemSchema } from '#http/schemas/problem';
import { offlineApp } from '#test/support/app';
import { mintAccessToken, sharedTestKeys } from '#test/support/auth';

const bearer = () => `Bearer ${mintAccessToken(sharedTestKeys(), { sub: 'user-1' })}`;

async function invalidPaths(response: Response) {
  expect(response.status).toBe(422);
  const problem = ProblemSchema.parse(await response.json());
  expect(problem.code).toBe('validation_failed');
  return (problem.errors ?? []).map((error) => error.path).sort();
}

describe('one 422 for every invalid part of a request', () => {
  it('lists the invalid path and query fields together', async () => {
    const response = await offlineApp().request('/v1/projects/not-an-id/tasks?limit=0&status=nope', {
      headers: { authorization: bearer() },
    });
    const paths = await invalidPaths(response);
    expect(paths).toContain('path.projectId');
    expect(paths).toContain('query.limit');
    expect(paths).toContain('query.status');
  });

  it('lists the invalid path and body fields together', async () => {
    const response = await offlineApp().request('/v1/projects/not-an-id/tasks/also-not-an-id', {
      method: 'PATCH',
      headers: { authorization: bearer(), 'content-type': 'application/json', 'if-match': '"1"' },
      body: JSON.stringify({ title: '', version: 4 }),
    });
    const paths = await invalidPaths(response);
    expect(paths).toEqual(['body.title', 'body.version', 'path.projectId', 'path.taskId']);
  });

  it('lists only the body when the path is valid', async () => {
    const response = await offlineApp().request(
      '/v1/projects/01J00000000000000000000000/tasks/01J00000000000000000000000',
      {
        method: 'PATCH',
        headers: { authorization: bearer(), 'content-type': 'application/json', 'if-match': '"1"' },
        body: JSON.stringify({ title: '' }),
      },
    );
    expect(await invalidPaths(response)).toEqual(['body.title']);
  });
});
