import { beforeEach, describe, expect, it } from 'vitest';
import type { Webhook } from '#data/entities/webhook';
import type { WebhookDelivery } from '#data/entities/webhook-delivery';
import { made, withoutKey } from '#domain/idempotency';
import { epochSeconds } from '#lib/clock';
import { newId } from '#lib/ids';
import type { RepositoryWorld, WorldFactory } from './world.ts';

/**
 * Webhook endpoints (counted against a per-project limit on the project item) and their
 * deliveries (one due-queue item per pending delivery, moved under the delivery's version).
 */
export function webhookContract(makeWorld: WorldFactory) {
  describe('webhook repositories', () => {
    let world: RepositoryWorld;
    let projectId: string;
    beforeEach(async () => {
      world ??= await makeWorld();
      projectId = await world.seedProject([{ userId: 'olive', role: 'owner' }]);
    });

    const endpoint = (project = projectId): Omit<Webhook, 'version'> => {
      const now = world.clock.now().toISOString();
      return {
        id: newId(),
        projectId: project,
        url: 'https://93.184.215.14/hooks',
        eventTypes: ['*'],
        enabled: true,
        secret: 'v1.sealed.secret.value',
        createdBy: 'olive',
        createdAt: now,
        updatedAt: now,
      };
    };
    const pending = (webhook: Webhook, dueAt = world.clock.now().toISOString()) => ({
      id: newId(),
      webhookId: webhook.id,
      projectId: webhook.projectId,
      type: 'ping' as const,
      payload: '{"type":"ping"}',
      status: 'pending' as const,
      attempts: [],
      retriesUsed: 0,
      nextAttemptAt: dueAt,
      createdAt: dueAt,
      updatedAt: dueAt,
      ttl: epochSeconds(world.clock.now()) + 86_400,
    });
    const dueIds = async (at: Date) => (await world.deliveries.due(at, 100)).map((due) => due.deliveryId);

    it('creates at version 1 up to the limit; a removal gives the place back', async () => {
      const first = made(await world.webhooks.create(endpoint(), 2, withoutKey()));
      expect(first).toMatchObject({ version: 1, projectId });
      expect(await world.webhooks.find(projectId, first.id)).toEqual(first);
      made(await world.webhooks.create(endpoint(), 2, withoutKey()));
      await expect(world.webhooks.create(endpoint(), 2, withoutKey())).rejects.toMatchObject({
        code: 'webhook_limit_reached',
      });
      expect(await world.webhooks.listByProject(projectId)).toHaveLength(2);

      await world.webhooks.remove(projectId, first.id);
      expect(await world.webhooks.find(projectId, first.id)).toBeUndefined();
      await expect(world.webhooks.remove(projectId, first.id)).rejects.toMatchObject({
        code: 'webhook_not_found',
      });
      made(await world.webhooks.create(endpoint(), 2, withoutKey()));
      expect(await world.webhooks.listByProject(projectId)).toHaveLength(2);
    });

    it('refuses an endpoint of a project that does not exist', async () => {
      await expect(world.webhooks.create(endpoint(newId()), 2, withoutKey())).rejects.toMatchObject({
        code: 'project_not_found',
      });
    });

    it('updates on the version given, clearing fields given null; a stale version changes nothing', async () => {
      const webhook = made(
        await world.webhooks.create({ ...endpoint(), description: 'CI' }, 5, withoutKey()),
      );
      world.clock.advance(5);
      const changed = await world.webhooks.update(
        projectId,
        webhook.id,
        { enabled: false, description: null, previousSecret: 'v1.old.secret.value' },
        1,
      );
      expect(changed).toMatchObject({ enabled: false, previousSecret: 'v1.old.secret.value', version: 2 });
      expect(changed.description).toBeUndefined();
      expect(changed.updatedAt).toBe(world.clock.now().toISOString());
      await expect(world.webhooks.update(projectId, webhook.id, { enabled: true }, 1)).rejects.toThrow();
      expect(await world.webhooks.find(projectId, webhook.id)).toEqual(changed);
      await expect(world.webhooks.update(projectId, newId(), { enabled: true })).rejects.toMatchObject({
        code: 'webhook_not_found',
      });
    });

    it('records a delivery once, due at its time; progress moves its due item on its version only', async () => {
      const webhook = made(await world.webhooks.create(endpoint(), 5, withoutKey()));
      const input = pending(webhook);
      expect(await world.deliveries.record(input)).toBe('created');
      expect(await world.deliveries.record(input)).toBe('existing');
      const recorded = (await world.deliveries.find(webhook.id, input.id)) as WebhookDelivery;
      expect(recorded).toMatchObject({ status: 'pending', version: 1 });
      expect(await dueIds(world.clock.now())).toContain(input.id);

      const later = new Date(world.clock.now().getTime() + 60_000).toISOString();
      const moved = await world.deliveries.progress(recorded, {
        status: 'pending',
        attempts: [{ attempt: 1, at: recorded.createdAt, durationMs: 3, responseStatus: 500 }],
        retriesUsed: 1,
        nextAttemptAt: later,
      });
      expect(moved).toMatchObject({ version: 2, retriesUsed: 1, nextAttemptAt: later });
      expect(await dueIds(world.clock.now())).not.toContain(input.id);
      expect(await dueIds(new Date(later))).toContain(input.id);
      expect(
        await world.deliveries.progress(recorded, { status: 'failed', attempts: [], retriesUsed: 9 }),
      ).toBeUndefined();

      const settled = await world.deliveries.progress(moved as WebhookDelivery, {
        status: 'delivered',
        attempts: (moved as WebhookDelivery).attempts,
        retriesUsed: 1,
      });
      expect(settled).toMatchObject({ status: 'delivered', version: 3 });
      expect(await dueIds(new Date(later))).not.toContain(input.id);
      const stored = await world.deliveries.find(webhook.id, input.id);
      expect(stored).toMatchObject({ status: 'delivered', version: 3 });
      expect(stored?.nextAttemptAt).toBeUndefined();
    });

    it('lists an endpoint log newest first, page by page; a dropped due item is gone', async () => {
      const webhook = made(await world.webhooks.create(endpoint(), 5, withoutKey()));
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const delivery = pending(webhook);
        await world.deliveries.record(delivery);
        ids.push(delivery.id);
      }
      const first = await world.deliveries.list(webhook.id, { limit: 2 }, 'olive');
      const second = await world.deliveries.list(
        webhook.id,
        { limit: 2, cursor: first.nextCursor ?? undefined },
        'olive',
      );
      expect([...first.items, ...second.items].map((delivery) => delivery.id)).toEqual([...ids].reverse());
      expect(second.nextCursor).toBeNull();

      const due = (await world.deliveries.due(world.clock.now(), 100)).find(
        (item) => item.deliveryId === ids[0],
      );
      expect(due).toBeDefined();
      if (due) await world.deliveries.dropDue(due);
      expect(await dueIds(world.clock.now())).not.toContain(ids[0]);
    });
  });
}
