import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, TEST_PASSWORD, type TestApi } from '#test/support/api';
import { contractAt } from '#test/support/contract';
import { stackClients, stackContext } from '#test/support/stack';
import { startTestWorker } from '#test/support/worker';
import { createTasklaneClient } from '../../../clients/typescript/src/index.ts';
import { ensureUser } from '../../../scripts/local/bootstrap.ts';
import type { StreamPoller } from '../../../scripts/local/stream-poller.ts';

let api: TestApi;
let worker: StreamPoller;

beforeAll(async () => {
  api = await startTestApi();
  worker = await startTestWorker(api.config, api.table);
});
afterAll(async () => {
  await worker?.stop();
});

/** A confirmed account (made directly in the pool) and a client of the shipped package signed in as nobody yet. */
async function account(label: string) {
  const email = `${label}-${randomUUID()}@example.com`;
  const poolId = stackContext().environment.COGNITO_USER_POOL_ID ?? '';
  const sub = await ensureUser(stackClients.cognito(), poolId, { email, password: TEST_PASSWORD });
  let token: string | undefined;
  const client = createTasklaneClient({ baseUrl: api.baseUrl, fetch: api.fetch, accessToken: () => token });
  const contract = await contractAt(api);
  // What the client receives is checked against the document too, like every suite's responses.
  client.use({
    async onResponse({ request, response }) {
      const text = await response.clone().text();
      const isJson = /json/.test(response.headers.get('content-type') ?? '') && text.length > 0;
      const { pathname } = new URL(request.url);
      contract.check({
        method: request.method,
        path: pathname,
        status: response.status,
        headers: response.headers,
        body: isJson ? JSON.parse(text) : text,
        text,
      });
      // Returning nothing keeps the response as it is (the test server replaces the global Response class).
      return undefined;
    },
  });
  return {
    sub,
    email,
    client,
    async signIn() {
      const { data, error } = await client.POST('/v1/auth/login', {
        body: { email, password: TEST_PASSWORD },
      });
      if (error) throw new Error(`login failed: ${error.code}`);
      token = data.accessToken;
      return data;
    },
  };
}

/** The data of a successful call, or a failure that names the problem. */
function ok<T>(result: {
  data?: T;
  error?: { code: string; detail?: string } | undefined;
  response: Response;
}): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new Error(`${result.response.status} ${result.error?.code}: ${result.error?.detail}`);
  }
  return result.data;
}

describe('a user working through the shipped TypeScript client', () => {
  it('signs in, runs a project with a teammate, tasks, a comment, an attachment and an export, and signs out', async () => {
    const alice = await account('client-alice');
    const bob = await account('client-bob');
    const tokens = await alice.signIn();
    expect(tokens.refreshToken).toEqual(expect.any(String));
    const api$ = alice.client;

    expect(ok(await api$.GET('/v1/me')).sub).toBe(alice.sub);

    const project = ok(await api$.POST('/v1/projects', { body: { name: 'Client launch' } }));
    expect(project).toMatchObject({ name: 'Client launch', role: 'owner' });
    const projectPath = { projectId: project.id };

    const member = ok(
      await api$.POST('/v1/projects/{projectId}/members', {
        params: { path: projectPath },
        body: { email: bob.email, role: 'member' },
      }),
    );
    expect(member).toMatchObject({ userId: bob.sub, role: 'member' });

    // Only the title is required: status, priority and labels take the server's defaults.
    const first = await api$.POST('/v1/projects/{projectId}/tasks', {
      params: { path: projectPath },
      body: { title: 'Defaults only' },
    });
    expect(ok(first)).toMatchObject({ status: 'todo', priority: 'medium', labels: [] });
    const created = [ok(first)];
    for (let index = 0; index < 4; index += 1) {
      created.push(
        ok(
          await api$.POST('/v1/projects/{projectId}/tasks', {
            params: { path: projectPath },
            body: {
              title: `Task ${index}`,
              status: index % 2 === 0 ? 'blocked' : 'todo',
              assigneeId: bob.sub,
              labels: ['launch'],
              dueDate: `2026-12-0${index + 1}`,
            },
          }),
        ),
      );
    }

    // Filters and cursor pages: two blocked tasks, one per page.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = ok(
        await api$.GET('/v1/projects/{projectId}/tasks', {
          params: {
            path: projectPath,
            query: { status: 'blocked', label: 'launch', limit: 1, ...(cursor ? { cursor } : {}) },
          },
        }),
      );
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((task) => task.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(
      created
        .filter((task) => task.status === 'blocked')
        .map((task) => task.id)
        .sort(),
    );

    // Update with the ETag; a stale ETag is a typed 412.
    const target = created[1];
    if (!target) throw new Error('no task');
    const taskPath = { projectId: project.id, taskId: target.id };
    const read = await api$.GET('/v1/projects/{projectId}/tasks/{taskId}', { params: { path: taskPath } });
    const etag = read.response.headers.get('etag') ?? '';
    expect(etag).toBe(`"${ok(read).version}"`);
    const updated = ok(
      await api$.PATCH('/v1/projects/{projectId}/tasks/{taskId}', {
        params: { path: taskPath, header: { 'if-match': etag } },
        body: { status: 'in_progress', priority: 'high' },
      }),
    );
    expect(updated).toMatchObject({ status: 'in_progress', priority: 'high', version: ok(read).version + 1 });
    const stale = await api$.PATCH('/v1/projects/{projectId}/tasks/{taskId}', {
      params: { path: taskPath, header: { 'if-match': etag } },
      body: { title: 'Too late' },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error?.code).toBe('precondition_failed');

    // The teammate sees the assignment and comments on it.
    await bob.signIn();
    const mine = ok(await bob.client.GET('/v1/me/tasks', { params: { query: { status: 'in_progress' } } }));
    expect(mine.items.map((task) => task.id)).toEqual([target.id]);
    const comment = ok(
      await bob.client.POST('/v1/tasks/{taskId}/comments', {
        params: { path: { taskId: target.id } },
        body: { body: 'On it.' },
      }),
    );
    const comments = ok(
      await api$.GET('/v1/tasks/{taskId}/comments', { params: { path: { taskId: target.id } } }),
    );
    expect(comments.items).toEqual([
      expect.objectContaining({ id: comment.id, authorId: bob.sub, body: 'On it.' }),
    ]);

    // An attachment: the presigned PUT, then complete, then the download URL gives the bytes back.
    const bytes = new TextEncoder().encode('launch notes\n');
    const upload = ok(
      await api$.POST('/v1/tasks/{taskId}/attachments', {
        params: { path: { taskId: target.id } },
        body: { filename: 'notes.txt', contentType: 'text/plain', size: bytes.byteLength },
      }),
    );
    expect(upload.status).toBe('pending');
    const put = await fetch(upload.upload.url, {
      method: upload.upload.method,
      headers: upload.upload.headers,
      body: bytes,
    });
    expect(put.status).toBe(200);
    const ready = ok(
      await api$.POST('/v1/tasks/{taskId}/attachments/{attachmentId}/complete', {
        params: { path: { taskId: target.id, attachmentId: upload.id } },
      }),
    );
    expect(ready.status).toBe('ready');
    expect(ready).not.toHaveProperty('objectKey');
    const downloaded = await fetch(ready.download?.url ?? '');
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(bytes);

    // An export: 202 with the job's Location, poll until it succeeded, download the file.
    const queued = await api$.POST('/v1/projects/{projectId}/exports', {
      params: { path: projectPath },
      body: {},
    });
    expect(queued.response.status).toBe(202);
    expect(queued.response.headers.get('location')).toBe(`/v1/jobs/${ok(queued).id}`);
    const deadline = Date.now() + 60_000;
    let job = ok(queued);
    while (job.status !== 'succeeded' && job.status !== 'failed') {
      if (Date.now() > deadline) throw new Error(`export still ${job.status}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = ok(await api$.GET('/v1/jobs/{jobId}', { params: { path: { jobId: job.id } } }));
    }
    expect(job).toMatchObject({
      status: 'succeeded',
      format: 'json',
      progress: { processed: created.length },
    });
    const file = await fetch(job.download?.url ?? '');
    const exported = JSON.stringify(await file.json());
    for (const task of created) expect(exported).toContain(task.id);

    // Sign out: the same token is refused from then on.
    const out = await api$.POST('/v1/auth/logout', {});
    expect(out.response.status).toBe(204);
    const after = await api$.GET('/v1/me');
    expect(after.response.status).toBe(401);
    expect(after.error?.code).toBe('token_revoked');
  });
});
