import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { LIMITS } from '#domain/vocabulary';
import { epochSeconds, timestamp, userId } from './common.ts';

export const idempotencyRecordSchema = z.object({
  callerSub: userId,
  /** The client's Idempotency-Key header. */
  key: z.string().min(1).max(LIMITS.idempotencyKey),
  /** Hash of method + path + body: the same key with another request is refused. */
  requestHash: z.string().min(1).max(128),
  /** The first response, replayed for the same request. */
  response: z.object({
    status: z.number().int().min(100).max(599),
    headers: z.record(z.string(), z.string()),
    body: z.string(),
  }),
  createdAt: timestamp,
  ttl: epochSeconds,
});
export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;

/**
 * One Idempotency-Key of one caller (`IDEMPOTENCY#<sub>#<key>`), written in the same
 * transaction as the resource it created (an expired-but-present record counts as absent);
 * TTL removes it later.
 */
export const idempotencyRecordEntity = defineEntity({
  name: 'IdempotencyRecord',
  schema: idempotencyRecordSchema,
  keys: KEY_TEMPLATES.idempotency,
});
