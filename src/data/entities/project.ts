import { z } from 'zod';
import { defineEntity } from '#data/mapper/entity';
import { KEY_TEMPLATES } from '#data/table';
import { timestamp, ulid, userId, version } from './common.ts';

export const projectSchema = z.object({
  id: ulid,
  name: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  ownerId: userId,
  createdAt: timestamp,
  updatedAt: timestamp,
  version,
});
export type Project = z.infer<typeof projectSchema>;

/** A project: `PROJECT#<id>` / `#META`, first in its partition, before its members and tasks. */
export const projectEntity = defineEntity({
  name: 'Project',
  schema: projectSchema,
  keys: KEY_TEMPLATES.project,
  serverOwned: ['ownerId'],
});
