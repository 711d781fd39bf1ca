import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { ProblemSchema } from '#http/schemas/problem';
import { TaskSchema } from '#http/schemas/task';
import {
  DeliveryPageSchema,
  WebhookListSchema,
  WebhookSchema,
  WebhookWithSecretSchema,
} from '#http/schemas/webhook';
import {
  expectResponse,
  postMember,
  postProject,
  type SignedIn,
  signedInUsers,
  startTestApi,
  type TestApi,
} from '#test/support/api';
import { eventually } from '#test/support/eventually';
import { startWebhookReceiver, verifiedBody } from '#test/support/webhook-receiver';
import { startTestWorker } from '#test/support/worker';
import type { StreamPoller } from '../../../scripts/local/stream-poller.ts';

/**
 * Webhooks end to end on the local stack: endpoints registered through the API, deliveries made
 * by the worker (the stream consumer and the due-queue poller of `npm start`) to a real receiver
 * on loopback that verifies every signature with the `standardwebhooks` package. The retry
 * schedule is compressed to seconds and an attempt is bounded to one second.
 */
let api: TestApi;
let worker: StreamPoller;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let users: Record<'owner' | 'admin' | 'member' | 'outsider', SignedIn>;
let projectId: string;

type Created = z.infer<typeof WebhookWithSecretSchema>;

const PER_PROJECT = 8;
/** The project's own setup (members added) reaches the stream too: tests that count requests take task creations only. */
const ONLY_CREATES = { eventTypes: ['task.created'] };

beforeAll(async () => {
  api = await startTestApi({
    WEBHOOK_RETRY_SCHEDULE_SECONDS: '1,1,1',
    WEBHOOK_ATTEMPT_TIMEOUT_MS: '1000',
    WEBHOOK_POLL_INTERVAL_MS: '50',
    WEBHOOKS_PER_PROJECT: String(PER_PROJECT),
  });
  worker = await startTestWorker(api.config, api.table);
  receiver = await startWebhookReceiver();
  users = await signedInUsers(api, ['owner', 'admin', 'member', 'outsider']);
  projectId = (await postProject(users.owner.client, 'Hooks')).id;
  await postMember(users.owner.client, projectId, users.admin.sub, 'admin');
  await postMember(users.owner.client, projectId, users.member.sub, 'member');
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await receiver?.stop();
});

const hooks = (project = projectId) => `/v1/projects/${project}/webhooks`;

async function register(
  path: string,
  body: Record<string, unknown> = {},
  project = projectId,
): Promise<Created> {
  const response = await users.admin.client.post(hooks(project), { url: receiver.url(path), ...body });
  return expectResponse(response, 201, WebhookWithSecretSchema);
}

async function createTask(title: string, project = projectId) {
  return expectResponse(
    await users.member.client.post(`/v1/projects/${project}/tasks`, { title }),
    201,
    TaskSchema,
  );
}

async function deliveriesOf(webhookId: string, project = projectId) {
  return expectResponse(
    await users.owner.client.get(`${hooks(project)}/${webhookId}/deliveries`),
    200,
    DeliveryPageSchema,
  ).items;
}

/** A project of its own, so one test's endpoints never see another test's events. */
async function freshProject(name: string): Promise<string> {
  const id = (await postProject(users.owner.client, name)).id;
  await postMember(users.owner.client, id, users.admin.sub, 'admin');
  await postMember(users.owner.client, id, users.member.sub, 'member');
  return id;
}

describe('webhook endpoints', () => {
  it('registers an endpoint whose secret is shown once, never in reads, and delivers a verified task.created', async () => {
    const created = await register('/first', { eventTypes: ['task.created'], description: 'CI' });
    expect(created.secret).toMatch(/^whsec_/);
    expect(created).toMatchObject({ enabled: true, eventTypes: ['task.created'], description: 'CI' });

    const read = await users.owner.client.get(`${hooks()}/${created.id}`);
    expect(JSON.stringify(read.body)).not.toContain('secret');
    expectResponse(read, 200, WebhookSchema);
    const list = await users.owner.client.get(hooks());
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
    expect(expectResponse(list, 200, WebhookListSchema).items.map((item) => item.id)).toContain(created.id);

    const task = await createTask('Ship webhooks');
    const request = await eventually(() => {
      const found = receiver.at('/first').find((entry) => entry.body.includes(task.id));
      if (!found) throw new Error('not delivered yet');
      return found;
    });
    const event = verifiedBody(created.secret ?? '', request);
    expect(event.type).toBe('task.created');
    expect(event.data).toMatchObject({
      id: task.id,
      title: 'Ship webhooks',
      version: task.version,
      projectId,
    });
    expect(TaskSchema.safeParse(event.data).success).toBe(true);
    // Only the types it asked for: the update is not sent.
    await users.member.client.patch(`/v1/projects/${projectId}/tasks/${task.id}`, { title: 'Ship them' });
    const delivered = await eventually(async () => {
      const items = await deliveriesOf(created.id);
      expect(items.find((item) => item.type === 'task.created')?.status).toBe('delivered');
      return items;
    });
    expect(delivered.every((item) => item.type === 'task.created')).toBe(true);
    expect(delivered[0]?.id).toBe(request.id);
  });

  it('replays a create under its Idempotency-Key without the secret', async () => {
    const key = { 'idempotency-key': `hook-${Date.now()}` };
    const body = { url: receiver.url('/replayed') };
    const first = expectResponse(
      await users.admin.client.post(hooks(), body, key),
      201,
      WebhookWithSecretSchema,
    );
    const again = await users.admin.client.post(hooks(), body, key);
    const replay = expectResponse(again, 201, WebhookWithSecretSchema);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.id).toBe(first.id);
    expect(first.secret).toMatch(/^whsec_/);
    expect(replay.secret).toBeUndefined();
    await users.admin.client.delete(`${hooks()}/${first.id}`);
  });

  it('refuses unsafe targets with 422 naming body.url', async () => {
    for (const url of [
      'http://example.com/hook',
      'https://10.0.0.7/hook',
      'https://169.254.169.254/latest/meta-data',
      // Credentials in the URL (built here so no credential-shaped literal sits in the repository).
      Object.assign(new URL('https://example.com/hook'), { username: 'user', password: 'pass' }).href,
      'not a url',
    ]) {
      const response = await users.admin.client.post(hooks(), { url });
      const problem = expectResponse(response, 422, ProblemSchema);
      expect(
        problem.errors?.map((error) => error.path),
        url,
      ).toEqual(['body.url']);
    }
    const created = await register('/patched');
    const patched = await users.admin.client.patch(`${hooks()}/${created.id}`, {
      url: 'https://192.168.1.1/x',
    });
    expect(expectResponse(patched, 422, ProblemSchema).errors?.map((error) => error.path)).toEqual([
      'body.url',
    ]);
    await users.admin.client.delete(`${hooks()}/${created.id}`);
  });

  it('lets owners and admins manage endpoints; a member gets 403, an outsider 404', async () => {
    const created = await register('/roles');
    const member = await users.member.client.get(hooks());
    expect(expectResponse(member, 403, ProblemSchema).code).toBe('role_forbids');
    const memberCreate = await users.member.client.post(hooks(), { url: receiver.url('/roles') });
    expect(expectResponse(memberCreate, 403, ProblemSchema).code).toBe('role_forbids');
    const outsider = await users.outsider.client.get(`${hooks()}/${created.id}`);
    expect(expectResponse(outsider, 404, ProblemSchema).code).toBe('project_not_found');
    const missing = await users.owner.client.get(`${hooks()}/01JD3Q8Y8R0W4N6M2K5T7V9XZA`);
    expect(expectResponse(missing, 404, ProblemSchema).code).toBe('webhook_not_found');
    expect((await users.owner.client.delete(`${hooks()}/${created.id}`)).status).toBe(204);
    expect((await users.owner.client.get(`${hooks()}/${created.id}`)).status).toBe(404);
  });

  it('allows at most the configured number of endpoints per project', async () => {
    const project = await freshProject('Limit');
    for (let index = 0; index < PER_PROJECT; index++) await register(`/limit-${index}`, {}, project);
    const over = await users.admin.client.post(hooks(project), { url: receiver.url('/limit-over') });
    expect(expectResponse(over, 409, ProblemSchema).code).toBe('webhook_limit_reached');
    const list = expectResponse(await users.admin.client.get(hooks(project)), 200, WebhookListSchema);
    expect(list.items).toHaveLength(PER_PROJECT);
    // Deleting one frees its place.
    expect((await users.admin.client.delete(`${hooks(project)}/${list.items[0]?.id}`)).status).toBe(204);
    await register('/limit-again', {}, project);
  });
});

describe('webhook deliveries', () => {
  it('retries a 500 with the same webhook-id and is delivered once the endpoint answers 200', async () => {
    const project = await freshProject('Retry');
    receiver.answer('/flaky', (index) => (index === 0 ? 500 : 200));
    const created = await register('/flaky', ONLY_CREATES, project);
    const task = await createTask('Flaky', project);
    const log = await eventually(async () => {
      const items = await deliveriesOf(created.id, project);
      const delivery = items.find((item) => item.type === 'task.created');
      expect(delivery?.status).toBe('delivered');
      return delivery;
    });
    expect(log?.attempts.map((attempt) => attempt.responseStatus)).toEqual([500, 200]);
    const requests = receiver.at('/flaky');
    expect(requests).toHaveLength(2);
    expect(new Set(requests.map((request) => request.id))).toEqual(new Set([log?.id]));
    for (const request of requests) expect(verifiedBody(created.secret ?? '', request).data.id).toBe(task.id);
  });

  it('disables an endpoint at once when it answers 410 Gone', async () => {
    const project = await freshProject('Gone');
    receiver.answer('/gone', () => 410);
    const created = await register('/gone', ONLY_CREATES, project);
    await createTask('Gone', project);
    const webhook = await eventually(async () => {
      const read = expectResponse(
        await users.admin.client.get(`${hooks(project)}/${created.id}`),
        200,
        WebhookSchema,
      );
      expect(read.enabled).toBe(false);
      return read;
    });
    expect(webhook.disabledReason).toBe('gone');
    expect(receiver.at('/gone')).toHaveLength(1);
    const [delivery] = await deliveriesOf(created.id, project);
    expect(delivery).toMatchObject({ status: 'failed', attempt: 1 });
    // A ping to a disabled endpoint is refused until it is enabled again.
    const ping = await users.admin.client.post(`${hooks(project)}/${created.id}/test`);
    expect(expectResponse(ping, 409, ProblemSchema).code).toBe('webhook_disabled');
    const enabled = await users.admin.client.patch(`${hooks(project)}/${created.id}`, { enabled: true });
    expect(expectResponse(enabled, 200, WebhookSchema)).not.toHaveProperty('disabledReason');
  });

  it('bounds an attempt to an endpoint that hangs, and retries it', async () => {
    const project = await freshProject('Hang');
    receiver.answer('/hang', (index) => (index === 0 ? 'hang' : 200));
    const created = await register('/hang', ONLY_CREATES, project);
    await createTask('Hang', project);
    const delivery = await eventually(async () => {
      const found = (await deliveriesOf(created.id, project)).find((item) => item.type === 'task.created');
      expect(found?.status).toBe('delivered');
      return found;
    });
    const [first, second] = delivery?.attempts ?? [];
    expect(first?.error).toMatch(/no answer within 1000 ms/);
    expect(first?.durationMs).toBeLessThan(5000);
    expect(second?.responseStatus).toBe(200);
  });

  it('disables an endpoint that fails every attempt of the schedule, and says so', async () => {
    const project = await freshProject('Failing');
    receiver.answer('/failing', () => 503);
    const created = await register('/failing', { eventTypes: ['task.created'] }, project);
    await createTask('Failing', project);
    const webhook = await eventually(async () => {
      const read = expectResponse(
        await users.admin.client.get(`${hooks(project)}/${created.id}`),
        200,
        WebhookSchema,
      );
      expect(read.enabled).toBe(false);
      return read;
    }, 90_000);
    expect(webhook.disabledReason).toBe('failing');
    // The first attempt and the three retries of the schedule.
    expect(receiver.at('/failing')).toHaveLength(4);
    const [delivery] = await deliveriesOf(created.id, project);
    expect(delivery?.status).toBe('failed');
    expect(delivery?.attempts.map((attempt) => attempt.responseStatus)).toEqual([503, 503, 503, 503]);
  });

  it('sends a ping on test, and resends a delivery on retry with the same webhook-id', async () => {
    const project = await freshProject('Ping');
    const created = await register('/ping', ONLY_CREATES, project);
    const ping = await users.admin.client.post(`${hooks(project)}/${created.id}/test`);
    expect(ping.status).toBe(202);
    const request = await eventually(() => {
      const [found] = receiver.at('/ping');
      if (!found) throw new Error('no ping yet');
      return found;
    });
    expect(verifiedBody(created.secret ?? '', request)).toMatchObject({
      type: 'ping',
      data: { webhookId: created.id, projectId: project },
    });
    await eventually(async () =>
      expect((await deliveriesOf(created.id, project))[0]?.status).toBe('delivered'),
    );
    const retried = await users.admin.client.post(
      `${hooks(project)}/${created.id}/deliveries/${request.id}/retry`,
    );
    expect(retried.status).toBe(202);
    await eventually(() => expect(receiver.at('/ping')).toHaveLength(2));
    expect(receiver.at('/ping')[1]?.id).toBe(request.id);
    const missing = await users.admin.client.post(
      `${hooks(project)}/${created.id}/deliveries/01JD3Q8Y8R0W4N6M2K5T7V9XZA/retry`,
    );
    expect(expectResponse(missing, 404, ProblemSchema).code).toBe('delivery_not_found');
  });

  it('signs with the old and the new secret for 24 hours after a rotation', async () => {
    const project = await freshProject('Rotate');
    const created = await register('/rotate', ONLY_CREATES, project);
    const rotated = expectResponse(
      await users.admin.client.post(`${hooks(project)}/${created.id}/rotate-secret`),
      200,
      WebhookWithSecretSchema,
    );
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    const validUntil = Date.parse(rotated.previousSecretExpiresAt ?? '');
    expect(validUntil - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
    await createTask('Rotated', project);
    const request = await eventually(() => {
      const [found] = receiver.at('/rotate');
      if (!found) throw new Error('not delivered yet');
      return found;
    });
    expect(request.signature.split(' ')).toHaveLength(2);
    expect(verifiedBody(rotated.secret ?? '', request).type).toBe('task.created');
    expect(verifiedBody(created.secret ?? '', request).type).toBe('task.created');
  });
});
