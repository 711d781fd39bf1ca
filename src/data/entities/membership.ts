import { z } from 'zod';
import { defineEntity } from '#data/mapper/entity';
import { KEY_TEMPLATES } from '#data/table';
import { timestamp, ulid, userId, version } from './common.ts';

export const PROJECT_ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export const membershipSchema = z.object({
  projectId: ulid,
  userId,
  role: z.enum(PROJECT_ROLES),
  email: z.email().optional(),
  addedAt: timestamp,
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
