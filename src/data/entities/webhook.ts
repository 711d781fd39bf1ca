import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { ACTIVITY_ACTIONS, ALL_WEBHOOK_EVENTS, LIMITS, WEBHOOK_DISABLED_REASONS } from '#domain/vocabulary';
import { timestamp, ulid, userId, version } from './common.ts';

/** A signing secret as stored: AES-256-GCM ciphertext (base64url `iv.tag.data`), never the secret itself. */
const sealedSecret = z.string().min(1).max(512);

export const webhookSchema = z.object({
  id: ulid,
  projectId: ulid,
  url: z.string().min(1).max(LIMITS.webhookUrl),
  eventTypes: z.array(z.enum([...ACTIVITY_ACTIONS, ALL_WEBHOOK_EVENTS])).min(1),
  description: z.string().max(LIMITS.webhookDescription).optional(),
  enabled: z.boolean(),
  disabledReason: z.enum(WEBHOOK_DISABLED_REASONS).optional(),
  /** The current signing secret, sealed. */
  secret: sealedSecret,
  /** After a rotation: the previous secret, still signing beside the new one until `previousSecretExpiresAt`. */
  previousSecret: sealedSecret.optional(),
  previousSecretExpiresAt: timestamp.optional(),
  createdBy: userId,
  createdAt: timestamp,
  updatedAt: timestamp,
  version,
});
export type Webhook = z.infer<typeof webhookSchema>;

/** A project's webhook endpoint (`PROJECT#<projectId>` / `WEBHOOK#<id>`). */
export const webhookEntity = defineEntity({
  name: 'Webhook',
  schema: webhookSchema,
  keys: KEY_TEMPLATES.webhook,
  serverOwned: ['projectId'],
});
