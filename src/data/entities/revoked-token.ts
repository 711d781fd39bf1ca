import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { epochSeconds, timestamp } from './common.ts';

export const revokedTokenSchema = z.object({
  jti: z.string().min(1).max(256),
  /** The token's own `exp`: after it the token is refused anyway, so the record can go. */
  ttl: epochSeconds,
  revokedAt: timestamp,
});
export type RevokedToken = z.infer<typeof revokedTokenSchema>;

/** A revoked access token (`REVOKED#<jti>`). */
export const revokedTokenEntity = defineEntity({
  name: 'RevokedToken',
  schema: revokedTokenSchema,
  keys: KEY_TEMPLATES.revokedToken,
});
