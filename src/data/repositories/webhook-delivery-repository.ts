import { createHash } from 'node:crypto';
import { partitions, SK_PREFIX } from '#data/dynamodb/table';
import {
  type WebhookDelivery,
  type WebhookDue,
  webhookDeliveryEntity,
  webhookDueEntity,
} from '#data/entities/webhook-delivery';
import { TransactionCancelledError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import type { Page } from '#data/mapper/query-ops';
import type { TransactPart } from '#data/mapper/write-request';

/** Partitions the due queue is spread over (by delivery id), so no one partition is hot. */
export const DUE_SHARDS = 4;

/** The due-queue shard of a delivery. */
export const shardOf = (deliveryId: string) =>
  createHash('sha1').update(deliveryId).digest().readUInt32BE(0) % DUE_SHARDS;

/** The fields an attempt or a retry moves. */
export type DeliveryProgress = Pick<WebhookDelivery, 'status' | 'attempts' | 'retriesUsed'> & {
  /** When the next attempt is due; absent once the delivery is settled. */
  nextAttemptAt?: string | undefined;
};

type Part = TransactPart<'delivery' | 'due-old' | 'due-new'>;

/**
 * Webhook deliveries (the log of an endpoint) and their places in the due queue. A pending
 * delivery always has exactly one due item, at its `nextAttemptAt`: both move in one
 * transaction, so a worker that stops anywhere leaves the delivery due again.
 */
export function createWebhookDeliveryRepository(mapper: Mapper) {
  const dueItem = (
    delivery: Pick<WebhookDelivery, 'id' | 'webhookId' | 'ttl'>,
    dueAt: string,
  ): WebhookDue => ({
    shard: shardOf(delivery.id),
    dueAt,
    deliveryId: delivery.id,
    webhookId: delivery.webhookId,
    ttl: delivery.ttl,
  });

  /** The delivery's change at its read version, its old due item out and the new one in. */
  async function move(
    delivery: WebhookDelivery,
    progress: DeliveryProgress,
  ): Promise<WebhookDelivery | undefined> {
    const { nextAttemptAt, ...rest } = progress;
    const parts: Part[] = [
      {
        label: 'delivery',
        request: mapper.tx.update(
          webhookDeliveryEntity,
          { webhookId: delivery.webhookId, id: delivery.id },
          { ...rest, ...(nextAttemptAt ? { nextAttemptAt } : {}) },
          { expectedVersion: delivery.version, remove: nextAttemptAt ? [] : ['nextAttemptAt'] },
        ),
      },
    ];
    const old = delivery.nextAttemptAt;
    if (old && old !== nextAttemptAt) {
      parts.push({
        label: 'due-old',
        request: mapper.tx.delete(
          webhookDueEntity,
          { shard: shardOf(delivery.id), dueAt: old, deliveryId: delivery.id },
          { mustExist: false },
        ),
      });
    }
    if (nextAttemptAt && nextAttemptAt !== old) {
      parts.push({
        label: 'due-new',
        request: mapper.tx.put(webhookDueEntity, dueItem(delivery, nextAttemptAt)),
      });
    }
    try {
      await mapper.transact(parts);
    } catch (error) {
      if (error instanceof TransactionCancelledError && error.failureOf('delivery')) return undefined;
      throw error;
    }
    return {
      ...delivery,
      ...rest,
      ...(nextAttemptAt ? { nextAttemptAt } : { nextAttemptAt: undefined }),
      version: delivery.version + 1,
    } as WebhookDelivery;
  }

  return {
    /**
     * Records a delivery, due at its `nextAttemptAt`. `'existing'` when its id is recorded already
     * (a redelivered stream record): nothing is written twice.
     */
    async record(
      delivery: Omit<WebhookDelivery, 'version'> & { nextAttemptAt: string },
    ): Promise<'created' | 'existing'> {
      try {
        await mapper.transact([
          { label: 'delivery', request: mapper.tx.create(webhookDeliveryEntity, delivery) },
          {
            label: 'due',
            request: mapper.tx.put(webhookDueEntity, dueItem(delivery, delivery.nextAttemptAt)),
          },
        ]);
        return 'created';
      } catch (error) {
        if (
          error instanceof TransactionCancelledError &&
          error.failureOf('delivery')?.code === 'already_exists'
        ) {
          return 'existing';
        }
        throw error;
      }
    },

    find(webhookId: string, id: string): Promise<WebhookDelivery | undefined> {
      return mapper.get(webhookDeliveryEntity, { webhookId, id }, { consistent: true });
    },

    /** An endpoint's deliveries, newest first. */
    list(
      webhookId: string,
      page: { limit: number; cursor?: string | undefined },
      caller: string,
    ): Promise<Page<WebhookDelivery>> {
      return mapper.query(webhookDeliveryEntity, {
        partition: partitions.webhookDeliveries(webhookId),
        range: { beginsWith: SK_PREFIX.webhookDelivery },
        forward: false,
        limit: page.limit,
        cursor: page.cursor,
        caller,
        consistent: true,
      });
    },

    /** Deliveries due at `now` or before, oldest due first, at most `limit` from each shard. */
    async due(now: Date, limit: number): Promise<WebhookDue[]> {
      const pages = await Promise.all(
        Array.from({ length: DUE_SHARDS }, (_, shard) =>
          mapper.query(webhookDueEntity, {
            partition: partitions.webhookDue(shard),
            range: { lte: `${now.toISOString()}#~` },
            limit,
          }),
        ),
      );
      return pages.flatMap((page) => page.items).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    },

    /**
     * Moves the delivery on (an attempt claimed, made, or a retry asked for) if it is still at the
     * version it was read at; undefined when another writer moved it first.
     */
    progress: move,

    /** Drops a due item whose delivery is gone or settled (nothing left to attempt). */
    async dropDue(due: WebhookDue): Promise<void> {
      await mapper.delete(
        webhookDueEntity,
        { shard: due.shard, dueAt: due.dueAt, deliveryId: due.deliveryId },
        { mustExist: false },
      );
    },
  };
}

export type WebhookDeliveryRepository = ReturnType<typeof createWebhookDeliveryRepository>;
