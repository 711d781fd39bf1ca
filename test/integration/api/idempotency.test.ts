import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '#data/dynamodb/client';
import { membershipEntity, type ProjectRole } from '#data/entities/index';
import type { Mapper } from '#data/mapper/mapper';
import { newId } from '#lib/ids';
import {
  type ApiClient,
  type ApiResponse,
  signedInUsers,
  startTestApi,
  type TestApi,
} from '#test/support/api';
import { type FaultProxy, startFaultProxy } from '#test/support/fault-proxy';
import { createTask, fixtureMapper, manualClock, seedProject } from '#test/support/fixtures';
import { stackContext, testConfig } from '#test/support/stack';

/*
 * Exactly-once creates under a real fault: a TCP proxy between the API's DynamoDB client and
 * DynamoDB Local lets a create's transaction commit and then drops its answer. Whatever the
 * API answers then, the client's retry under the same Idempotency-Key must find exactly one
 * resource and get the first response. Replays also re-check access, like a fresh request.
 */

let proxy: FaultProxy;
let api: TestApi;
let direct: Mapper;
let scanTable: () => Promise<Array<Record<string, unknown>>>;
const clock = manualClock(new Date());
const dynamoCalls: string[] = [];
type Users = Awaited<ReturnType<typeof signedInUsers<'owner' | 'actor' | 'joiner'>>>;
let users: Users;

beforeAll(async () => {
  proxy = await startFaultProxy(stackContext().endpoints.dynamodb);
  api = await startTestApi(
    { DYNAMODB_ENDPOINT: proxy.endpoint },
    {
      clock,
      // Counts the app's DynamoDB commands (initialize step: once per call, SDK retries not included).
      instrumentClient: (client) => {
        if (client instanceof DynamoDBClient) {
          client.middlewareStack.add(
            (next, context) => async (args) => {
              // The token-denylist read is cached across requests: not part of what a create costs.
              const key = JSON.stringify((args.input as { Key?: unknown }).Key ?? '');
              if (!key.includes('REVOKED#')) dynamoCalls.push(context.commandName ?? '?');
              return next(args);
            },
            { step: 'initialize', name: 'countDynamoCalls' },
          );
        }
        return client;
      },
    },
  );
  const config = testConfig(api.table);
  direct = fixtureMapper(config);
  const { doc } = createDynamoClients(config);
  scanTable = async () => {
    const items: Array<Record<string, unknown>> = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(
        new ScanCommand({ TableName: api.table, ConsistentRead: true, ExclusiveStartKey: start }),
      );
      items.push(...((page.Items ?? []) as Array<Record<string, unknown>>));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  };
  users = await signedInUsers(api, ['owner', 'actor', 'joiner']);
});
afterAll(async () => {
  await proxy?.close();
});

/**
 * A request ready to send: `created` finds what it made in the table; `write` is text found only
 * in the request that writes it (so the proxy loses that answer and no read's).
 */
interface Prepared {
  path: string;
  body: unknown;
  write: string;
  created: (item: Record<string, unknown>) => boolean;
}

/** One creating route: what to send, and how to count what it created in the table. */
interface CreatingRoute {
  name: string;
  /** The role the actor needs for it; a smaller one gets 403. */
  role: ProjectRole;
  /** Sets up a fresh project (and task) with the actor at `role`; returns the request to send. */
  prepare(role: ProjectRole): Promise<Prepared & { projectId: string }>;
}

async function projectWithActor(role: ProjectRole): Promise<string> {
  return seedProject(direct, [
    { sub: users.owner.sub, role: 'owner' },
    { sub: users.actor.sub, role },
  ]);
}

async function taskIn(projectId: string): Promise<string> {
  return (await createTask(direct, projectId, users.owner.sub, { title: 'Parent' })).id;
}

const tagged = (entity: string, match: Record<string, unknown>) => (item: Record<string, unknown>) =>
  item._et === entity && Object.entries(match).every(([field, value]) => item[field] === value);

const ROUTES: CreatingRoute[] = [
  {
    name: 'POST /v1/projects/{id}/tasks',
    role: 'member',
    async prepare(role) {
      const projectId = await projectWithActor(role);
      const title = `Once ${newId()}`;
      return {
        path: `/v1/projects/${projectId}/tasks`,
        body: { title },
        write: title,
        projectId,
        created: tagged('Task', { title }),
      };
    },
  },
  {
    name: 'POST /v1/tasks/{id}/comments',
    role: 'member',
    async prepare(role) {
      const projectId = await projectWithActor(role);
      const taskId = await taskIn(projectId);
      const body = `Once ${newId()}`;
      return {
        path: `/v1/tasks/${taskId}/comments`,
        body: { body },
        write: body,
        projectId,
        created: tagged('Comment', { body }),
      };
    },
  },
  {
    name: 'POST /v1/tasks/{id}/attachments',
    role: 'member',
    async prepare(role) {
      const projectId = await projectWithActor(role);
      const taskId = await taskIn(projectId);
      const filename = `once-${newId()}.pdf`;
      return {
        path: `/v1/tasks/${taskId}/attachments`,
        body: { filename, contentType: 'application/pdf', size: 1000 },
        write: filename,
        projectId,
        created: tagged('Attachment', { filename }),
      };
    },
  },
  {
    name: 'POST /v1/projects/{id}/exports',
    role: 'member',
    async prepare(role) {
      const projectId = await projectWithActor(role);
      return {
        path: `/v1/projects/${projectId}/exports`,
        body: { format: 'json' },
        write: 'project_export',
        projectId,
        created: tagged('Job', { projectId }),
      };
    },
  },
  {
    name: 'POST /v1/projects/{id}/members',
    role: 'admin',
    async prepare(role) {
      const projectId = await projectWithActor(role);
      return {
        path: `/v1/projects/${projectId}/members`,
        body: { userId: users.joiner.sub, role: 'member' },
        write: 'TransactWriteItems',
        projectId,
        created: tagged('Membership', { projectId, userId: users.joiner.sub }),
      };
    },
  },
];

const PROJECT_ROUTE = {
  name: 'POST /v1/projects',
  async prepare(): Promise<Prepared> {
    const name = `Once ${newId()}`;
    return { path: '/v1/projects', body: { name }, write: name, created: tagged('Project', { name }) };
  },
};

const countOf = async (created: (item: Record<string, unknown>) => boolean) =>
  (await scanTable()).filter(created).length;
const idOf = (response: ApiResponse) => {
  const body = response.body as { id?: string; userId?: string };
  return body.id ?? body.userId;
};
const actor = (): ApiClient => users.actor.client;

/** Sends with the key while the answers of the create's write are lost (it commits anyway). */
async function postLosingAnswers(request: Prepared, key: string | undefined, times?: number) {
  await proxy.setMode({ kind: 'lose-response', matching: request.write, ...(times ? { times } : {}) });
  try {
    return await actor().post(request.path, request.body, key ? { 'idempotency-key': key } : {});
  } finally {
    await proxy.setMode('pass');
  }
}

describe('a create whose answer is lost, retried with the same Idempotency-Key', () => {
  for (const route of [...ROUTES.map((r) => ({ ...r, prepare: () => r.prepare(r.role) })), PROJECT_ROUTE]) {
    it(`${route.name}: exactly one resource, and the retry gets the first response`, async () => {
      const request = await route.prepare();
      const key = `lost-${newId()}`;
      const first = await postLosingAnswers(request, key);
      expect(proxy.stats.droppedResponses).toBeGreaterThan(0);
      // The app never heard of the commit: it may only say "unavailable", never claim a conflict.
      expect(first.status).toBe(503);
      expect(await countOf(request.created)).toBe(1);

      const retry = await actor().post(request.path, request.body, { 'idempotency-key': key });
      expect([201, 202]).toContain(retry.status);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      const again = await actor().post(request.path, request.body, { 'idempotency-key': key });
      expect(again.body).toEqual(retry.body);
      expect(again.headers.get('location')).toBe(retry.headers.get('location'));
      expect(await countOf(request.created)).toBe(1);
      proxy.resetStats();
    });
  }

  it('inside the request: a retry after lost answers reports the create, never its own writes as a conflict', async () => {
    const request = await ROUTES[0]?.prepare('member');
    if (!request) throw new Error('no route');
    const key = `inner-${newId()}`;
    // Two lost answers spend the SDK's own retry; what retries next must not fail on the committed write.
    const first = await postLosingAnswers(request, key, 2);
    expect([201, 503]).toContain(first.status);
    expect(await countOf(request.created)).toBe(1);
    const retry = await actor().post(request.path, request.body, { 'idempotency-key': key });
    expect(retry.status).toBe(201);
    if (first.status === 201) expect(idOf(retry)).toBe(idOf(first));
    expect(await countOf(request.created)).toBe(1);
  });

  it('without a key too, a lost answer absorbed inside the request is reported as created', async () => {
    const request = await ROUTES[0]?.prepare('member');
    if (!request) throw new Error('no route');
    const first = await postLosingAnswers(request, undefined, 2);
    expect([201, 503]).toContain(first.status);
    expect(await countOf(request.created)).toBe(1);
  });

  it('long after the first attempt (past any in-flight lease), the retry still replays', async () => {
    const request = await ROUTES[0]?.prepare('member');
    if (!request) throw new Error('no route');
    const key = `later-${newId()}`;
    expect((await postLosingAnswers(request, key)).status).toBe(503);
    clock.advance(15 * 60);
    const retry = await actor().post(request.path, request.body, { 'idempotency-key': key });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await countOf(request.created)).toBe(1);
    const [task] = (await scanTable()).filter(request.created);
    expect(idOf(retry)).toBe(task?.id);
  });
});

describe('a replay re-checks access, like a fresh request', () => {
  for (const route of ROUTES) {
    it(`${route.name}: removed → 404, demoted → 403`, async () => {
      const request = await route.prepare(route.role);
      const key = `access-${newId()}`;
      const first = await actor().post(request.path, request.body, { 'idempotency-key': key });
      expect([201, 202]).toContain(first.status);
      const membership = { projectId: request.projectId, userId: users.actor.sub };

      await direct.delete(membershipEntity, membership);
      const removed = await actor().post(request.path, request.body, { 'idempotency-key': key });
      expect(removed.status).toBe(404);
      expect(removed.headers.get('idempotent-replayed')).toBeNull();

      await direct.create(membershipEntity, {
        ...membership,
        role: 'viewer',
        addedAt: new Date().toISOString(),
      });
      const demoted = await actor().post(request.path, request.body, { 'idempotency-key': key });
      expect(demoted.status).toBe(403);
      expect(demoted.headers.get('idempotent-replayed')).toBeNull();
      expect(await countOf(request.created)).toBe(1);
    });
  }
});

describe('a malformed Idempotency-Key', () => {
  const malformed = {
    empty: '',
    'too long': 'k'.repeat(256),
    'with a space': 'two words',
    'with a tab': 'a\tb',
  };
  for (const route of [...ROUTES.map((r) => ({ ...r, prepare: () => r.prepare(r.role) })), PROJECT_ROUTE]) {
    it(`${route.name}: 400 problem+json naming the header, and nothing created`, async () => {
      const request = await route.prepare();
      for (const [label, key] of Object.entries(malformed)) {
        const response = await actor().post(request.path, request.body, { 'idempotency-key': key });
        expect(response.status, label).toBe(400);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect((response.body as { errors?: Array<{ path: string }> }).errors).toEqual([
          expect.objectContaining({ path: 'header.idempotency-key' }),
        ]);
      }
      expect(await countOf(request.created)).toBe(0);
    });
  }
});

describe('what an idempotent create costs', () => {
  /** The DynamoDB commands one request sends. */
  async function callsOf(
    send: () => Promise<ApiResponse>,
  ): Promise<{ response: ApiResponse; calls: string[] }> {
    dynamoCalls.length = 0;
    const response = await send();
    return { response, calls: [...dynamoCalls] };
  }

  it('the same DynamoDB round trips as a plain create; a replay no more', async () => {
    const routes = [
      ...ROUTES.map((r) => ({ name: r.name, prepare: () => r.prepare(r.role) })),
      PROJECT_ROUTE,
    ];
    for (const route of routes) {
      const plain = await route.prepare();
      const keyed = await route.prepare();
      const key = `cost-${newId()}`;
      const withoutKey = await callsOf(() => actor().post(plain.path, plain.body));
      const withKey = await callsOf(() => actor().post(keyed.path, keyed.body, { 'idempotency-key': key }));
      const replay = await callsOf(() => actor().post(keyed.path, keyed.body, { 'idempotency-key': key }));
      expect([201, 202], route.name).toContain(withKey.response.status);
      expect(replay.response.headers.get('idempotent-replayed'), route.name).toBe('true');
      expect(withKey.calls.length, `${route.name}: ${withKey.calls.join(', ')}`).toBe(
        withoutKey.calls.length,
      );
      expect(replay.calls.length, `${route.name}: ${replay.calls.join(', ')}`).toBeLessThanOrEqual(
        withoutKey.calls.length,
      );
    }
  });
});
