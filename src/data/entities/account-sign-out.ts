import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { epochSeconds, userId } from './common.ts';

export const accountSignOutSchema = z.object({
  sub: userId,
  /** Refresh tokens issued at or before this instant (epoch seconds) are refused. */
  signedOutAt: epochSeconds,
  /** SHA-256 of the refresh token handed out by the sign-out itself, which stays valid. */
  keptRefreshToken: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  ttl: epochSeconds,
});
export type AccountSignOut = z.infer<typeof accountSignOutSchema>;

/** A user's "signed out everywhere" mark (`ACCOUNT#<sub>` / `#SIGNOUT`). */
export const accountSignOutEntity = defineEntity({
  name: 'AccountSignOut',
  schema: accountSignOutSchema,
  keys: KEY_TEMPLATES.accountSignOut,
});
