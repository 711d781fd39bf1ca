import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type * as z from 'zod';
import { createApp } from '#app';
import type { Config } from '#config';
import { type ContainerOptions, createContainer } from '#container';
import { TokensSchema } from '#http/schemas/auth';
import { ProblemSchema } from '#http/schemas/problem';
import { ProjectSchema } from '#http/schemas/project';
import { ensureUser } from '../../scripts/local/bootstrap.ts';
import { contractAt } from './contract.ts';
import { createTestTable, stackClients, stackContext, testConfig } from './stack.ts';

/**
 * End-to-end support: the real app, called in-process through `app.request()` (no port, no
 * socket: the Node adapter has suites of its own), over a fresh table of the run's DynamoDB
 * Local, with users who sign in to the run's cognito-local.
 */
export interface TestApi {
  /** The origin requests name; nothing listens on it. */
  baseUrl: string;
  /** `fetch` for the app: absolute URLs on `baseUrl`, or paths. */
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  config: Config;
  table: string;
}

export async function startTestApi(
  overrides: Record<string, string> = {},
  options: ContainerOptions = {},
): Promise<TestApi> {
  const table = await createTestTable('api');
  const config = testConfig(table, overrides);
  return { ...inProcess(createApp(createContainer(config, options))), config, table };
}

/** What signing in and `clientFor` need of an API: its origin and an in-process fetch. */
export type ApiFetch = Pick<TestApi, 'baseUrl' | 'fetch'>;

/** Requests to `app` without a port (`app.request()`). */
export function inProcess(app: Pick<ReturnType<typeof createApp>, 'request'>): ApiFetch {
  return { baseUrl: 'http://tasklane.test', fetch: async (input, init) => app.request(input, init) };
}

export const TEST_PASSWORD = 'Tasklane-test-1';

export interface TestUser {
  sub: string;
  email: string;
  accessToken: string;
  refreshToken: string | undefined;
  idToken: string;
}

/** What POST /v1/auth/login (and refresh, and a password change) answers with. */
export type SignInTokens = z.infer<typeof TokensSchema>;

/** Signs `email` in through the API; throws unless it answers 200 with the declared tokens. */
export async function signIn(api: ApiFetch, email: string, password = TEST_PASSWORD): Promise<SignInTokens> {
  const response = await api.fetch('/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return TokensSchema.parse(await response.json());
}

/** Creates a confirmed Cognito user with a unique email and signs it in through the API. */
export async function signedInUser(api: ApiFetch, label: string, groups: string[] = []): Promise<TestUser> {
  const email = `${label}-${randomUUID()}@example.com`;
  const poolId = stackContext().environment.COGNITO_USER_POOL_ID ?? '';
  const sub = await ensureUser(stackClients.cognito(), poolId, { email, password: TEST_PASSWORD, groups });
  const tokens = await signIn(api, email);
  return {
    sub,
    email,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    idToken: tokens.idToken,
  };
}

/** Asserts the status and a problem+json body, and returns the problem. */
export async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return ProblemSchema.parse(await response.json());
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * A JSON client acting as one user (or anonymous). Every response is checked against the
 * API's OpenAPI document (`contract.ts`): a status, header or body the operation does not
 * declare fails the test that received it.
 */
export function clientFor(api: ApiFetch, user?: Pick<TestUser, 'accessToken'>) {
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await api.fetch(path, {
      method,
      headers: {
        ...(user ? { authorization: `Bearer ${user.accessToken}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const result: ApiResponse = {
      status: response.status,
      headers: response.headers,
      body:
        text.length > 0 && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text,
    };
    const contract = await contractAt(api);
    contract.check({ method, path: new URL(path, api.baseUrl).pathname, text, ...result });
    return result;
  };
  return {
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) =>
      send('POST', path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) =>
      send('PATCH', path, body, headers),
    put: (path: string, body: unknown, headers?: Record<string, string>) => send('PUT', path, body, headers),
    delete: (path: string, headers?: Record<string, string>) => send('DELETE', path, undefined, headers),
  };
}

export type ApiClient = ReturnType<typeof clientFor>;

/** A signed-in user with a client acting as them. */
export type SignedIn = TestUser & { client: ApiClient };

/** Asserts the status and that the body matches the route's declared response schema. */
export function expectResponse<S extends z.ZodType>(
  response: ApiResponse,
  status: number,
  schema: S,
): z.infer<S> {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  const parsed = schema.safeParse(response.body);
  if (!parsed.success) throw new Error(`response does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}

/** Signs users in by label (each in the Cognito groups given for it), in parallel; each comes with a client acting as them. */
export async function signedInUsers<const L extends string>(
  api: ApiFetch,
  labels: readonly L[],
  groups: Partial<Record<L, string[]>> = {},
): Promise<Record<L, SignedIn>> {
  const users = await Promise.all(labels.map((label) => signedInUser(api, label, groups[label])));
  return Object.fromEntries(
    users.map((user, index) => [labels[index], { ...user, client: clientFor(api, user) }]),
  ) as Record<L, SignedIn>;
}

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
