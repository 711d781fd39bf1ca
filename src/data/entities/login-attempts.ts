import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { epochSeconds, version } from './common.ts';

export const LOGIN_ATTEMPT_SCOPES = ['account', 'address'] as const;
export type LoginAttemptScope = (typeof LOGIN_ATTEMPT_SCOPES)[number];

export const loginAttemptsSchema = z.object({
  scope: z.enum(LOGIN_ATTEMPT_SCOPES),
  /** A SHA-256 of the e-mail address or client address: the table holds no addresses. */
  subject: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
  /** Failed attempts since the window opened. */
  failures: z.number().int().positive(),
  /** The end of the window (epoch seconds); the record is gone after it. */
  ttl: epochSeconds,
  version,
});
export type LoginAttempts = z.infer<typeof loginAttemptsSchema>;

/** Failed sign-ins or codes of one account or client address in one window (`ATTEMPTS#…`). */
export const loginAttemptsEntity = defineEntity({
  name: 'LoginAttempts',
  schema: loginAttemptsSchema,
  keys: KEY_TEMPLATES.loginAttempts,
});
