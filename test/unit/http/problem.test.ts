import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ChallengeRequiredError, InvalidCredentialsError } from '#domain/auth-errors';
import {
  ConflictError,
  type DomainError,
  MethodNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  ValidationError,
} from '#domain/errors';
import { PROBLEM_CODES, type ProblemCode } from '#domain/problem-codes';
import type { AppEnv } from '#http/context';
import { problemResponse } from '#http/problem';
import { PROBLEM_RESPONSES, statusOf } from '#http/schemas/problem';
import { offlineApp } from '#test/support/app';
import type { OpenApiDocument } from '#test/support/contract';

/** Codes the app answers before any operation is matched: for any path, so no operation lists them. */
const OUTSIDE_OPERATIONS: readonly ProblemCode[] = ['route_not_found', 'method_not_allowed'];

async function render(error: DomainError) {
  const app = new Hono<AppEnv>();
  app.get('/here', (c) => problemResponse(c, error));
  const response = await app.request('/here');
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe('the problem catalogue', () => {
  it('answers every catalogued code with the status of its kind, and nothing else', () => {
    expect(Object.keys(PROBLEM_RESPONSES).sort()).toEqual(Object.keys(PROBLEM_CODES).sort());
    for (const code of Object.keys(PROBLEM_CODES) as ProblemCode[]) {
      expect(statusOf(code), code).toBe(PROBLEM_RESPONSES[code][0]);
    }
  });

  it('is declared: every code is listed by some operation of the document, or answered outside them', async () => {
    const document = (await (await offlineApp().request('/openapi.json')).json()) as OpenApiDocument;
    const declared = new Set<string>();
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations)) {
        for (const response of Object.values(operation.responses)) {
          const schema = response.content?.['application/problem+json']?.schema as
            | { allOf?: Array<{ properties?: { code?: { enum?: string[] } } }> }
            | undefined;
          for (const part of schema?.allOf ?? [])
            for (const code of part.properties?.code?.enum ?? []) declared.add(code);
        }
      }
    }
    const undeclared = (Object.keys(PROBLEM_CODES) as ProblemCode[]).filter(
      (code) => !declared.has(code) && !OUTSIDE_OPERATIONS.includes(code),
    );
    expect(undeclared).toEqual([]);
  });

  it('refuses, at compile time, a code outside the catalogue or of another kind', () => {
    // @ts-expect-error: not a catalogued code
    const unknown = new ConflictError('x', 'no_such_code');
    // @ts-expect-error: task_not_found is a not_found code, not a conflict
    const otherKind = new ConflictError('x', 'task_not_found');
    expect([unknown.code, otherKind.code]).toEqual(['no_such_code', 'task_not_found']);
    expect(new NotFoundError('gone', 'task_not_found').code).toBe('task_not_found');
  });
});

describe('problemResponse', () => {
  it('decides status and title from the code alone', async () => {
    const { response, body } = await render(new NotFoundError('The task does not exist.', 'task_not_found'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(body).toMatchObject({
      type: 'urn:tasklane:problem:task_not_found',
      title: 'Not Found',
      status: 404,
      code: 'task_not_found',
      detail: 'The task does not exist.',
      instance: '/here',
    });
  });

  it('places a domain field in the body, and keeps the part an HTTP check named', async () => {
    const { response, body } = await render(
      new ValidationError([
        { field: 'assigneeId', message: 'is not a member of this project' },
        { message: 'was refused' },
        { in: 'query', field: 'limit', message: 'too big' },
      ]),
    );
    expect(response.status).toBe(422);
    expect(body.errors).toEqual([
      { path: 'body.assigneeId', message: 'is not a member of this project' },
      { path: 'body', message: 'was refused' },
      { path: 'query.limit', message: 'too big' },
    ]);
  });

  it('derives each header from the problem and its data', async () => {
    const header = async (error: DomainError, name: string) =>
      (await render(error)).response.headers.get(name);
    expect(await header(new UnauthorizedError('The access token has expired.'), 'www-authenticate')).toBe(
      'Bearer error="invalid_token", error_description="The access token has expired."',
    );
    expect(await header(new InvalidCredentialsError(), 'www-authenticate')).toBe('Bearer realm="tasklane"');
    expect(await header(new ServiceUnavailableError('down', 7), 'retry-after')).toBe('7');
    expect(await header(new TooManyRequestsError('slow down', 40, 'rate_limited'), 'retry-after')).toBe('40');
    expect(await header(new MethodNotAllowedError(['GET', 'PUT']), 'allow')).toBe('GET, PUT');
    expect(await header(new PayloadTooLargeError(1024), 'connection')).toBe('close');
  });

  it('adds the data of a problem to its body', async () => {
    const { response, body } = await render(
      new ConflictError('Only owner.', 'sole_owner', { data: { projects: [{ id: 'p1', name: 'P' }] } }),
    );
    expect(response.status).toBe(409);
    expect(body.projects).toEqual([{ id: 'p1', name: 'P' }]);
  });

  it('answers a challenge the API does not offer with 403 challenge_required', async () => {
    const { response, body } = await render(new ChallengeRequiredError('sign-in'));
    expect([response.status, body.code]).toEqual([403, 'challenge_required']);
  });
});
