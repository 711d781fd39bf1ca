import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { timestamp, ulid, version } from './common.ts';

export const dependencyGuardSchema = z.object({
  projectId: ulid,
  createdAt: timestamp,
  updatedAt: timestamp,
  version,
});
export type DependencyGuard = z.infer<typeof dependencyGuardSchema>;

/**
 * One item per project, `PROJECT#<pid>` / `#DEPENDENCIES`, whose version every new dependency
 * moves in its own transaction (locked on the version its cycle check started from): two
 * dependencies that together would close a cycle cannot both commit.
 */
export const dependencyGuardEntity = defineEntity({
  name: 'DependencyGuard',
  schema: dependencyGuardSchema,
  keys: KEY_TEMPLATES.dependencyGuard,
});
