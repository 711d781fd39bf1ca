import {
  ACTIVITY_ACTIONS,
  ALL_WEBHOOK_EVENTS,
  DELIVERY_STATUSES,
  LIMITS,
  WEBHOOK_DISABLED_REASONS,
  WEBHOOK_EVENT_TYPES,
} from '#domain/vocabulary';
import { IdSchema, pageOf, TimestampSchema } from './common.ts';
import { ProjectParamsSchema } from './project.ts';
import * as z from './zod.ts';

const url = z.string().min(1).max(LIMITS.webhookUrl).openapi({
  description:
    'Where events are POSTed: `https` to a public address (the local stack also allows `http` on loopback)',
  example: 'https://hooks.example.com/tasklane',
});
const eventTypes = z
  .array(z.enum([...ACTIVITY_ACTIONS, ALL_WEBHOOK_EVENTS]))
  .min(1)
  .max(ACTIVITY_ACTIONS.length + 1)
  .refine((types) => !types.includes(ALL_WEBHOOK_EVENTS) || types.length === 1, {
    message: `"${ALL_WEBHOOK_EVENTS}" stands alone`,
  })
  .openapi({
    description: `The activity actions to send, or ["${ALL_WEBHOOK_EVENTS}"] for every one`,
    example: ['task.created', 'task.updated'],
  });
const description = z.string().max(LIMITS.webhookDescription);

export const WebhookCreateSchema = z
  .strictObject({
    url,
    eventTypes: eventTypes.optional().openapi({ description: `Default ["${ALL_WEBHOOK_EVENTS}"]` }),
    description: description.optional(),
    enabled: z.boolean().optional().openapi({ description: 'Default true' }),
  })
  .openapi('WebhookCreate');

export const WebhookUpdateSchema = z
  .strictObject({
    url: url.optional(),
    eventTypes: eventTypes.optional(),
    description: description.nullable().optional().openapi({ description: 'null clears it' }),
    enabled: z
      .boolean()
      .optional()
      .openapi({ description: 'true enables a disabled endpoint again (and clears disabledReason)' }),
  })
  .openapi('WebhookUpdate', { minProperties: 1 });

export const WebhookSchema = z
  .object({
    id: IdSchema,
    projectId: IdSchema,
    url: z.string(),
    eventTypes: z.array(z.string()),
    description: z.string().optional(),
    enabled: z.boolean(),
    disabledReason: z.enum(WEBHOOK_DISABLED_REASONS).optional().openapi({
      description:
        'Why the endpoint was disabled by the service: `gone` (it answered 410) or `failing` (a delivery failed every attempt of its schedule)',
    }),
    previousSecretExpiresAt: TimestampSchema.optional().openapi({
      description: 'After a rotation: until then the old secret signs too (a second signature)',
    }),
    createdBy: z.string(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    version: z.number().int().positive(),
  })
  .openapi('Webhook');

export const WebhookListSchema = z.object({ items: z.array(WebhookSchema) }).openapi('WebhookList');

export const WebhookWithSecretSchema = WebhookSchema.extend({
  secret: z
    .string()
    .regex(/^whsec_/)
    .optional()
    .openapi({
      description:
        'The signing secret (Standard Webhooks `whsec_…`), shown only in this answer. A replay of the create under its Idempotency-Key leaves it out: rotate the secret to get one.',
    }),
}).openapi('WebhookWithSecret');

export const DeliveryAttemptSchema = z
  .object({
    attempt: z.number().int().positive(),
    at: TimestampSchema,
    durationMs: z.number().int().nonnegative(),
    responseStatus: z.number().int().optional().openapi({ description: 'The status the endpoint answered' }),
    error: z
      .string()
      .optional()
      .openapi({ description: 'Why there was no answer (timeout, refused, unsafe target)' }),
  })
  .openapi('WebhookDeliveryAttempt');

export const DeliverySchema = z
  .object({
    id: IdSchema.openapi({ description: 'The event id: the `webhook-id` header of every attempt' }),
    webhookId: IdSchema,
    type: z.enum(WEBHOOK_EVENT_TYPES),
    status: z.enum(DELIVERY_STATUSES),
    attempt: z.number().int().nonnegative().openapi({ description: 'Attempts made so far' }),
    lastAttempt: DeliveryAttemptSchema.optional(),
    attempts: z.array(DeliveryAttemptSchema),
    nextAttemptAt: TimestampSchema.optional().openapi({
      description: 'When the next attempt is due (pending only)',
    }),
    createdAt: TimestampSchema,
  })
  .openapi('WebhookDelivery');

export const DeliveryPageSchema = pageOf(DeliverySchema, 'WebhookDeliveryPage');

export const WebhookParamsSchema = ProjectParamsSchema.extend({
  webhookId: IdSchema.openapi({ param: { name: 'webhookId', in: 'path' } }),
});

export const DeliveryParamsSchema = WebhookParamsSchema.extend({
  deliveryId: IdSchema.openapi({ param: { name: 'deliveryId', in: 'path' } }),
});
