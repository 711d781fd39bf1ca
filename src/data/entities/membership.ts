import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { LIMITS, PROJECT_ROLES } from '#domain/vocabulary';
import { timestamp, ulid, userId, version } from './common.ts';

export type { ProjectRole } from '#domain/vocabulary';

export const membershipSchema = z.object({
  projectId: ulid,
  userId,
  role: z.enum(PROJECT_ROLES),
  email: z.email().max(LIMITS.email).optional(),
  addedAt: timestamp,
  /** Set by the engine on every update (a role change). */
  updatedAt: timestamp.optional(),
  /** Who added the member or last changed the role (server-owned; the activity's actor). */
  updatedBy: userId.optional(),
  version,
});
export type Membership = z.infer<typeof membershipSchema>;

/** A member of a project; in gsi1 under `USER#<userId>` for "my projects". */
export const membershipEntity = defineEntity({
  name: 'Membership',
  schema: membershipSchema,
  keys: KEY_TEMPLATES.membership,
  serverOwned: ['addedAt'],
});
