import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '#domain/errors';
import { ADMIN_GROUP } from '#domain/vocabulary';
import { withDeadline } from '#lib/deadline';
import { createAccessTokenVerifier } from '#services/auth/access-token-verifier';
import {
  type ApiResponse,
  clientFor,
  signedInUser,
  startTestApi,
  TEST_PASSWORD,
  type TestApi,
  type TestUser,
} from '#test/support/api';
import { tokenCheckSettings } from '#test/support/auth';
import { type FaultMode, type FaultProxy, startFaultProxy } from '#test/support/fault-proxy';
import { createProject, createTask, fixtureMapper } from '#test/support/fixtures';
import { stackClients, stackContext } from '#test/support/stack';
import { ensureUser } from '../../../scripts/local/bootstrap.ts';

/*
 * A real TCP fault proxy sits between the API and each stand-in (DynamoDB Local, cognito-local,
 * s3rver, the JWKS endpoint). Bounds on time are generous outer limits ("answered at all"); the
 * measured times are printed for the record, never asserted tightly.
 */

/** Short enough to keep the suite quick, long enough that a loaded 2-core machine meets it when nothing is faulted. */
const DEADLINE_MS = 3000;
/** Far above the deadline: reaching it means the request hung. */
const OUTER_BOUND_MS = 20_000;

type Dependency = 'dynamodb' | 'cognito' | 's3';
const FAULTS: FaultMode['kind'][] = ['refuse', 'blackhole', 'stall'];

const proxies = {} as Record<Dependency, FaultProxy>;
const measured: string[] = [];

beforeAll(async () => {
  const { endpoints } = stackContext();
  proxies.dynamodb = await startFaultProxy(endpoints.dynamodb);
  proxies.cognito = await startFaultProxy(endpoints.cognito);
  proxies.s3 = await startFaultProxy(endpoints.s3);
});
afterAll(async () => {
  await Promise.all(Object.values(proxies).map((proxy) => proxy.close()));
  console.info(`time to answer under faults:\n${measured.join('\n')}`);
});

async function passAll() {
  await Promise.all(Object.values(proxies).map((proxy) => proxy.setMode('pass')));
}

/** The API through the proxies, with the user-status cache off so every request asks Cognito. */
async function proxiedApi(limits: Record<string, string>) {
  return startTestApi({
    DYNAMODB_ENDPOINT: proxies.dynamodb.endpoint,
    COGNITO_ENDPOINT: proxies.cognito.endpoint,
    S3_ENDPOINT: proxies.s3.endpoint,
    USER_STATUS_CACHE_SECONDS: '0',
    ...limits,
  });
}

interface Scene {
  api: TestApi;
  owner: TestUser;
  projectId: string;
  taskId: string;
  attachmentId: string;
  loginEmail: string;
}

async function scene(api: TestApi): Promise<Scene> {
  // An admin too, for the cross-project view.
  const owner = await signedInUser(api, 'fault-owner', [ADMIN_GROUP]);
  const mapper = fixtureMapper(api.config);
  const projectId = await createProject(mapper, owner.sub);
  const taskId = (await createTask(mapper, projectId, owner.sub)).id;
  const created = await clientFor(api, owner).post(`/v1/tasks/${taskId}/attachments`, {
    filename: 'notes.txt',
    contentType: 'text/plain',
    size: 5,
  });
  expect(created.status).toBe(201);
  const attachmentId = (created.body as { id: string }).id;
  const loginEmail = `fault-login-${randomUUID()}@example.com`;
  await ensureUser(stackClients.cognito(), stackContext().environment.COGNITO_USER_POOL_ID ?? '', {
    email: loginEmail,
    password: TEST_PASSWORD,
  });
  return { api, owner, projectId, taskId, attachmentId, loginEmail };
}

interface RouteKind {
  name: string;
  needs: Dependency[];
  send(s: Scene): Promise<ApiResponse>;
}

/** One request of each kind of route, and the dependencies it reaches. */
const ROUTE_KINDS: RouteKind[] = [
  {
    name: 'read (GET project)',
    needs: ['dynamodb', 'cognito'],
    send: (s) => clientFor(s.api, s.owner).get(`/v1/projects/${s.projectId}`),
  },
  {
    name: 'query (GET tasks)',
    needs: ['dynamodb', 'cognito'],
    send: (s) => clientFor(s.api, s.owner).get(`/v1/projects/${s.projectId}/tasks`),
  },
  {
    name: 'create (POST task)',
    needs: ['dynamodb', 'cognito'],
    send: (s) =>
      clientFor(s.api, s.owner).post(`/v1/projects/${s.projectId}/tasks`, { title: 'under fault' }),
  },
  {
    name: 'update (PATCH task)',
    needs: ['dynamodb', 'cognito'],
    send: (s) =>
      clientFor(s.api, s.owner).patch(
        `/v1/projects/${s.projectId}/tasks/${s.taskId}`,
        { title: 'renamed' },
        { 'if-match': '*' },
      ),
  },
  {
    name: 'cross-project view (GET admin tasks)',
    needs: ['dynamodb', 'cognito'],
    send: (s) => clientFor(s.api, s.owner).get('/v1/admin/tasks?status=todo'),
  },
  {
    name: 'file check (POST attachment complete)',
    needs: ['dynamodb', 'cognito', 's3'],
    send: (s) =>
      clientFor(s.api, s.owner).post(`/v1/tasks/${s.taskId}/attachments/${s.attachmentId}/complete`),
  },
  {
    name: 'structure (GET subtasks)',
    needs: ['dynamodb', 'cognito'],
    send: (s) => clientFor(s.api, s.owner).get(`/v1/tasks/${s.taskId}/subtasks`),
  },
  {
    name: 'history (GET project activity)',
    needs: ['dynamodb', 'cognito'],
    send: (s) => clientFor(s.api, s.owner).get(`/v1/projects/${s.projectId}/activity`),
  },
  {
    name: 'change feed (GET changes)',
    needs: ['dynamodb', 'cognito'],
    send: (s) => clientFor(s.api, s.owner).get(`/v1/projects/${s.projectId}/changes`),
  },
  {
    name: 'webhooks (GET project webhooks)',
    needs: ['dynamodb', 'cognito'],
    send: (s) => clientFor(s.api, s.owner).get(`/v1/projects/${s.projectId}/webhooks`),
  },
  {
    name: 'search (GET search)',
    needs: ['dynamodb', 'cognito'],
    send: (s) => clientFor(s.api, s.owner).get('/v1/search?q=fault'),
  },
  {
    name: 'sign-in (POST auth/login)',
    needs: ['cognito'],
    send: (s) => clientFor(s.api).post('/v1/auth/login', { email: s.loginEmail, password: TEST_PASSWORD }),
  },
  { name: 'readiness (GET ready)', needs: ['dynamodb'], send: (s) => clientFor(s.api).get('/ready') },
];

async function timed(send: () => Promise<ApiResponse>) {
  const started = performance.now();
  const response = await send();
  return { response, ms: Math.round(performance.now() - started) };
}

function expectBounded503(response: ApiResponse, label: string) {
  expect(response.status, label).toBe(503);
  expect(response.headers.get('retry-after'), label).toMatch(/^\d+$/);
  expect(response.headers.get('content-type'), label).toContain('application/problem+json');
  expect((response.body as { status?: number }).status, label).toBe(503);
}

/** Every route kind that needs `dependency`, in parallel, under `fault`; all must answer 503. */
async function everyRouteUnder(s: Scene, dependency: Dependency, fault: FaultMode['kind'], bound: string) {
  await proxies[dependency].setMode(fault);
  try {
    const kinds = ROUTE_KINDS.filter((kind) => kind.needs.includes(dependency));
    const results = await Promise.all(kinds.map((kind) => timed(() => kind.send(s))));
    results.forEach(({ response }, index) => {
      expectBounded503(response, `${kinds[index]?.name} with ${dependency} ${fault}`);
    });
    const times = results.map(({ ms }, index) => `${kinds[index]?.name} ${ms} ms`).join(', ');
    measured.push(`[${bound}] ${dependency} ${fault}: ${times}`);
  } finally {
    await proxies[dependency].setMode('pass');
  }
}

/** Polls each route kind until it answers without a 5xx (the first calls after a fault may still be slow). */
async function everyRouteRecovers(s: Scene) {
  for (const kind of ROUTE_KINDS) {
    let status = 0;
    for (let attempt = 0; attempt < 50; attempt++) {
      status = (await kind.send(s)).status;
      if (status < 500) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(status, `${kind.name} after recovery`).toBeLessThan(500);
  }
}

describe('dependency faults end in a bounded 503 (request deadline)', () => {
  let s: Scene;
  beforeAll(async () => {
    await passAll();
    // Per-attempt limits far above the deadline: only the request deadline can end these waits.
    s = await scene(
      await proxiedApi({
        REQUEST_DEADLINE_MS: String(DEADLINE_MS),
        OUTBOUND_CONNECT_TIMEOUT_MS: '10000',
        OUTBOUND_REQUEST_TIMEOUT_MS: '15000',
      }),
    );
  }, 120_000);

  for (const dependency of ['dynamodb', 'cognito', 's3'] as const) {
    for (const fault of FAULTS) {
      it(
        `answers 503 + Retry-After on every route when ${dependency} is ${fault}, then recovers`,
        async () => {
          await everyRouteUnder(s, dependency, fault, `deadline ${DEADLINE_MS} ms`);
          await everyRouteRecovers(s);
        },
        OUTER_BOUND_MS * 3,
      );
    }
  }

  it(
    'does not hold the requests of one user on one stuck identity lookup, nor cache its failure',
    async () => {
      await proxies.cognito.setMode('blackhole');
      try {
        const as = clientFor(s.api, s.owner);
        const first = timed(() => as.get(`/v1/projects/${s.projectId}`));
        await new Promise((resolve) => setTimeout(resolve, 300));
        const waiters = await Promise.all(
          Array.from({ length: 5 }, () => timed(() => as.get(`/v1/projects/${s.projectId}`))),
        );
        for (const { response } of [await first, ...waiters]) expectBounded503(response, 'coalesced waiter');
        measured.push(
          `[deadline ${DEADLINE_MS} ms] coalesced user-status waiters: ${waiters.map(({ ms }) => `${ms} ms`).join(', ')}`,
        );
      } finally {
        await proxies.cognito.setMode('pass');
      }
      expect((await clientFor(s.api, s.owner).get(`/v1/projects/${s.projectId}`)).status).toBe(200);
    },
    OUTER_BOUND_MS * 2,
  );
});

describe('per-call limits abort a silent dependency before the deadline', () => {
  let s: Scene;
  beforeAll(async () => {
    await passAll();
    // The deadline far away: the SDK's connect/request/silence limits must end the call themselves.
    s = await scene(
      await proxiedApi({
        REQUEST_DEADLINE_MS: '20000',
        OUTBOUND_CONNECT_TIMEOUT_MS: '500',
        OUTBOUND_REQUEST_TIMEOUT_MS: '1000',
      }),
    );
  }, 120_000);

  for (const dependency of ['dynamodb', 'cognito', 's3'] as const) {
    for (const fault of ['blackhole', 'stall'] as const) {
      it(
        `answers 503 when ${dependency} is ${fault}`,
        async () => {
          await everyRouteUnder(s, dependency, fault, 'request timeout 1000 ms x 2 attempts');
          await everyRouteRecovers(s);
        },
        OUTER_BOUND_MS * 3,
      );
    }
  }
});

describe('the JWKS fetch under faults', () => {
  it(
    'gives up at the request deadline when the key set endpoint is silent (503, not 401)',
    async () => {
      const env = stackContext().environment;
      const issuer = env.COGNITO_ISSUER ?? '';
      const jwksProxy = await startFaultProxy(stackContext().endpoints.cognito);
      try {
        const api = await proxiedApi({});
        const user = await signedInUser(api, 'fault-jwks');
        const verifier = createAccessTokenVerifier({
          ...tokenCheckSettings().verifier,
          issuer,
          jwksUri: `${jwksProxy.endpoint}${new URL(issuer).pathname}/.well-known/jwks.json`,
          clientId: env.COGNITO_CLIENT_ID ?? '',
          hardened: false,
          jwksTimeoutMs: 15_000,
        });
        for (const fault of ['blackhole', 'stall', 'refuse'] as const) {
          // Outwait the fetcher's fail-fast window after the previous failure, to time this fault itself.
          await new Promise((resolve) => setTimeout(resolve, 2100));
          await jwksProxy.setMode(fault);
          const started = performance.now();
          const error = await withDeadline(AbortSignal.timeout(DEADLINE_MS), () =>
            verifier.verify(user.accessToken),
          ).catch((caught: unknown) => caught);
          measured.push(
            `[deadline ${DEADLINE_MS} ms] JWKS ${fault}: ${Math.round(performance.now() - started)} ms`,
          );
          expect(error, fault).toBeInstanceOf(ServiceUnavailableError);
        }
        await jwksProxy.setMode('pass');
        // The fetcher backs off briefly after a failure; poll until the key set is read again.
        let verified: unknown;
        for (let attempt = 0; attempt < 100 && !verified; attempt++) {
          verified = await verifier.verify(user.accessToken).catch(async () => {
            await new Promise((resolve) => setTimeout(resolve, 100));
            return undefined;
          });
        }
        expect(verified).toMatchObject({ sub: user.sub });
      } finally {
        await jwksProxy.close();
      }
    },
    OUTER_BOUND_MS * 3,
  );
});
