import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES } from '#domain/vocabulary';
import { epochSeconds, timestamp, ulid, version } from './common.ts';

/** One attempt to send a delivery: when, how long, and what came back (a status or an error). */
export const deliveryAttemptSchema = z.object({
  attempt: z.number().int().positive(),
  at: timestamp,
  durationMs: z.number().int().nonnegative(),
  responseStatus: z.number().int().optional(),
  error: z.string().max(500).optional(),
});
export type DeliveryAttempt = z.infer<typeof deliveryAttemptSchema>;

export const webhookDeliverySchema = z.object({
  /** Also the `webhook-id` header of every attempt: receivers deduplicate on it. */
  id: ulid,
  webhookId: ulid,
  projectId: ulid,
  type: z.enum(WEBHOOK_EVENT_TYPES),
  /** The activity entry announced (absent for a ping). */
  eventKey: z.string().max(300).optional(),
  /** The exact body every attempt sends (`{ type, timestamp, data }`). */
  payload: z.string().min(1),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.array(deliveryAttemptSchema),
  /** Retries of the schedule used so far (a manual retry starts the schedule again). */
  retriesUsed: z.number().int().nonnegative(),
  /** When the next attempt is due (pending deliveries only). */
  nextAttemptAt: timestamp.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version,
  ttl: epochSeconds,
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

/** The delivery log of an endpoint (`WEBHOOK#<webhookId>` / `DELIVERY#<id>`), expiring through TTL. */
export const webhookDeliveryEntity = defineEntity({
  name: 'WebhookDelivery',
  schema: webhookDeliverySchema,
  keys: KEY_TEMPLATES.webhookDelivery,
  serverOwned: ['webhookId', 'projectId', 'type', 'payload'],
});

export const webhookDueSchema = z.object({
  shard: z.number().int().nonnegative(),
  dueAt: timestamp,
  deliveryId: ulid,
  webhookId: ulid,
  ttl: epochSeconds,
});
export type WebhookDue = z.infer<typeof webhookDueSchema>;

/** A pending delivery's place in the due queue of the table (`WEBHOOK_DUE#<shard>` / `<dueAt>#<id>`). */
export const webhookDueEntity = defineEntity({
  name: 'WebhookDue',
  schema: webhookDueSchema,
  keys: KEY_TEMPLATES.webhookDue,
});
