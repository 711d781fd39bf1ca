import { z } from 'zod';
import { defineEntity } from '#data/mapper/entity';
import { KEY_TEMPLATES } from '#data/table';
import { epochSeconds, timestamp, userId } from './common.ts';

export const idempotencyRecordSchema = z.object({
  callerSub: userId,
  /** The client's Idempotency-Key header. */
  key: z.string().min(1).max(255),
  status: z.enum(['in_flight', 'completed']),
  /** Hash of method + path + body: the same key with another request is refused. */
  requestHash: z.string().min(1).max(128),
  response: z
    .object({
      status: z.number().int().min(100).max(599),
      headers: z.record(z.string(), z.string()),
      body: z.string(),
    })
    .optional(),
  createdAt: timestamp,
  ttl: epochSeconds,
});
export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;

/**
 * One Idempotency-Key of one caller (`IDEMPOTENCY#<sub>#<key>`). `create` claims the key
 * (an expired-but-present record counts as absent); TTL removes it later.
 */
export const idempotencyRecordEntity = defineEntity({
  name: 'IdempotencyRecord',
  schema: idempotencyRecordSchema,
  keys: KEY_TEMPLATES.idempotency,
});
