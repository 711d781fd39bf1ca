import { randomBytes } from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { targetProblem } from '#data/outbound/webhook-transport';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#domain/errors';
import { made, withoutKey } from '#domain/idempotency';
import { WEBHOOK_SECRET_PREFIX } from '#domain/vocabulary';
import { newId } from '#lib/ids';
import { createSecretBox } from '#lib/secret-box';
import { createWebhookService, PREVIOUS_SECRET_VALID_MS } from '#services/webhook-service';
import { manualClock } from '#test/support/fixtures';
import {
  caller,
  type MemoryTable,
  memoryProjectAccess,
  memoryTable,
  memoryWebhookDeliveryRepository,
  memoryWebhookRepository,
  putProject,
} from '#test/support/memory-repositories';
import { signedHeaders } from '#worker/webhooks/webhook-signing';

const olive = caller('olive');
const adam = caller('adam');
const mia = caller('mia');
const outsider = caller('outsider');

/** IP literals: the real target rules check them without a DNS lookup. */
const PUBLIC_URL = 'https://93.184.215.14/hooks';
const METADATA_URL = 'https://169.254.169.254/latest/meta-data';
const PER_PROJECT = 2;

let table: MemoryTable;
let clock: ReturnType<typeof manualClock>;
let projectId: string;
const secrets = createSecretBox(randomBytes(32).toString('base64'));

function webhookService() {
  return createWebhookService({
    webhooks: memoryWebhookRepository(table),
    deliveries: memoryWebhookDeliveryRepository(table),
    projectAccess: memoryProjectAccess(table),
    secrets,
    targetProblem: (url) => targetProblem(url, { loopbackAllowed: false }),
    perProject: PER_PROJECT,
    retentionSeconds: 7 * 24 * 3600,
    clock,
  });
}

async function createEndpoint(user = olive, url = PUBLIC_URL) {
  return made(await webhookService().create(user, projectId, { url }, withoutKey()));
}

beforeEach(() => {
  clock = manualClock();
  table = memoryTable(clock);
  projectId = putProject(table, { id: newId() }, [
    { userId: olive.sub, role: 'owner' },
    { userId: adam.sub, role: 'admin' },
    { userId: mia.sub, role: 'member' },
  ]).id;
});

describe('managing webhook endpoints', () => {
  it('lets owners and admins create, list, change and delete endpoints', async () => {
    const service = webhookService();
    const { webhook } = await createEndpoint(adam);
    expect(webhook).toMatchObject({ url: PUBLIC_URL, enabled: true, eventTypes: ['*'], createdBy: 'adam' });

    const changed = await service.update(olive, projectId, webhook.id, { enabled: false, description: 'CI' });
    expect(changed).toMatchObject({ enabled: false, description: 'CI', version: 2 });
    expect((await service.list(olive, projectId)).map((found) => found.id)).toEqual([webhook.id]);

    await service.delete(adam, projectId, webhook.id);
    expect(await service.list(olive, projectId)).toEqual([]);
    await expect(service.get(olive, projectId, webhook.id)).rejects.toMatchObject({
      code: 'webhook_not_found',
    });
  });

  it('refuses a member (forbidden) and hides the project from an outsider (not found)', async () => {
    const service = webhookService();
    const { webhook } = await createEndpoint();

    for (const attempt of [
      () => service.create(mia, projectId, { url: PUBLIC_URL }, withoutKey()),
      () => service.list(mia, projectId),
      () => service.get(mia, projectId, webhook.id),
      () => service.rotateSecret(mia, projectId, webhook.id),
      () => service.delete(mia, projectId, webhook.id),
    ]) {
      await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
    }
    for (const attempt of [
      () => service.create(outsider, projectId, { url: PUBLIC_URL }, withoutKey()),
      () => service.list(outsider, projectId),
      () => service.get(outsider, projectId, webhook.id),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'project_not_found' });
    }
    expect(table.webhooks.size).toBe(1);
    expect((await service.get(olive, projectId, webhook.id)).version).toBe(1);
  });

  it('stops at the per-project limit, and a deleted endpoint gives its place back', async () => {
    const service = webhookService();
    const first = await createEndpoint();
    await createEndpoint();

    const refused = service.create(olive, projectId, { url: PUBLIC_URL }, withoutKey());
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toMatchObject({ code: 'webhook_limit_reached' });
    expect(await service.list(olive, projectId)).toHaveLength(PER_PROJECT);

    await service.delete(olive, projectId, first.webhook.id);
    await createEndpoint();
    expect(await service.list(olive, projectId)).toHaveLength(PER_PROJECT);
  });

  it('refuses a URL the endpoint may not reach, naming the url field, and writes nothing', async () => {
    const service = webhookService();
    const created = service.create(olive, projectId, { url: METADATA_URL }, withoutKey());
    await expect(created).rejects.toBeInstanceOf(ValidationError);
    await expect(created).rejects.toMatchObject({ fields: [{ field: 'url' }] });
    expect(table.webhooks.size).toBe(0);

    const { webhook } = await createEndpoint();
    await expect(
      service.update(olive, projectId, webhook.id, { url: 'http://93.184.215.14/plain' }),
    ).rejects.toMatchObject({ fields: [{ field: 'url' }] });
    expect((await service.get(olive, projectId, webhook.id)).url).toBe(PUBLIC_URL);
  });
});

describe('signing secrets', () => {
  it('shows the secret once at create: reads carry only the sealed form', async () => {
    const service = webhookService();
    const { webhook, secret } = await createEndpoint();
    expect(secret).toMatch(new RegExp(`^${WEBHOOK_SECRET_PREFIX}[A-Za-z0-9+/]{32}$`));

    const reads = [
      await service.get(olive, projectId, webhook.id),
      ...(await service.list(olive, projectId)),
    ];
    for (const read of reads) {
      expect(JSON.stringify(read)).not.toContain(secret?.slice(WEBHOOK_SECRET_PREFIX.length));
      expect(secrets.open(read.secret)).toBe(secret);
    }
  });

  it('rotates to a new secret shown once; the previous one keeps verifying for a day', async () => {
    const service = webhookService();
    const { webhook, secret: first } = await createEndpoint();
    const rotated = await service.rotateSecret(olive, projectId, webhook.id);

    expect(rotated.secret).toBeDefined();
    expect(rotated.secret).not.toBe(first);
    expect(secrets.open(rotated.webhook.secret)).toBe(rotated.secret);
    expect(rotated.webhook.previousSecretExpiresAt).toBe(
      new Date(clock.now().getTime() + PREVIOUS_SECRET_VALID_MS).toISOString(),
    );
    const stored = await service.get(olive, projectId, webhook.id);
    expect(JSON.stringify(stored)).not.toContain(rotated.secret?.slice(WEBHOOK_SECRET_PREFIX.length));

    // A receiver still holding the first secret verifies a delivery signed with both.
    const body = '{"type":"ping"}';
    // Signed at the real time: the receiver's library checks the timestamp against its own clock.
    const sentAt = new Date();
    const headers = signedHeaders('msg_1', sentAt, body, [
      secrets.open(stored.secret),
      secrets.open(stored.previousSecret ?? ''),
    ]);
    expect(() => new StandardWebhook(first ?? '').verify(body, headers)).not.toThrow();
    expect(() => new StandardWebhook(rotated.secret ?? '').verify(body, headers)).not.toThrow();
    const stranger = `${WEBHOOK_SECRET_PREFIX}${randomBytes(24).toString('base64')}`;
    expect(() => new StandardWebhook(stranger).verify(body, headers)).toThrow();
  });

  it('refuses a rotation of an endpoint that is gone', async () => {
    await expect(webhookService().rotateSecret(olive, projectId, newId())).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe('deliveries', () => {
  it('queues a ping due now, and lists it in the endpoint log', async () => {
    const service = webhookService();
    const { webhook } = await createEndpoint();
    const ping = await service.test(adam, projectId, webhook.id);
    expect(ping).toMatchObject({ type: 'ping', status: 'pending', nextAttemptAt: clock.now().toISOString() });
    expect(JSON.parse(ping.payload)).toMatchObject({ type: 'ping', data: { webhookId: webhook.id } });

    const log = await service.listDeliveries(olive, projectId, webhook.id, { limit: 10 });
    expect(log.items.map((delivery) => delivery.id)).toEqual([ping.id]);
    expect(
      (await memoryWebhookDeliveryRepository(table).due(clock.now(), 10)).map((due) => due.deliveryId),
    ).toEqual([ping.id]);
  });

  it('retries a failed delivery now, with its retry schedule from the start and its attempts kept', async () => {
    const service = webhookService();
    const deliveries = memoryWebhookDeliveryRepository(table);
    const { webhook } = await createEndpoint();
    const ping = await service.test(olive, projectId, webhook.id);
    const attempt = { attempt: 1, at: clock.now().toISOString(), durationMs: 12, responseStatus: 500 };
    await deliveries.progress(ping, { status: 'failed', attempts: [attempt], retriesUsed: 5 });
    expect(await deliveries.due(clock.now(), 10)).toEqual([]);

    clock.advance(3600);
    const retried = await service.retryDelivery(olive, projectId, webhook.id, ping.id);
    expect(retried).toMatchObject({
      id: ping.id,
      status: 'pending',
      retriesUsed: 0,
      attempts: [attempt],
      nextAttemptAt: clock.now().toISOString(),
    });
    expect((await deliveries.due(clock.now(), 10)).map((due) => due.deliveryId)).toEqual([ping.id]);
    expect(await deliveries.find(webhook.id, ping.id)).toMatchObject({ status: 'pending', retriesUsed: 0 });
  });

  it('refuses a retry on a disabled endpoint, of an unknown delivery, and by a member', async () => {
    const service = webhookService();
    const { webhook } = await createEndpoint();
    const ping = await service.test(olive, projectId, webhook.id);

    await expect(service.retryDelivery(olive, projectId, webhook.id, newId())).rejects.toMatchObject({
      code: 'delivery_not_found',
    });
    await expect(service.retryDelivery(mia, projectId, webhook.id, ping.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await service.update(olive, projectId, webhook.id, { enabled: false });
    await expect(service.retryDelivery(olive, projectId, webhook.id, ping.id)).rejects.toMatchObject({
      code: 'webhook_disabled',
    });
    await expect(service.test(olive, projectId, webhook.id)).rejects.toMatchObject({
      code: 'webhook_disabled',
    });
  });
});
