import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { ACTIVITY_ACTIONS, ACTIVITY_RESOURCES } from '#domain/vocabulary';
import { epochSeconds, timestamp, ulid, userId, version } from './common.ts';

export const changeSchema = z.object({
  entryKey: z.string().min(1).max(300),
  projectId: ulid,
  /** When the worker wrote this entry: the feed's order and its positions. */
  recordedAt: timestamp,
  resource: z.enum(ACTIVITY_RESOURCES),
  resourceId: userId,
  taskId: ulid.optional(),
  action: z.enum(ACTIVITY_ACTIONS),
  resourceVersion: version,
  /** A tombstone: the resource is gone (only its id is left). */
  deleted: z.boolean(),
  /** The resource as stored after the change; absent for tombstones. */
  data: z.record(z.string(), z.unknown()).optional(),
  ttl: epochSeconds,
});
export type Change = z.infer<typeof changeSchema>;

/** A project's change feed (`GET …/changes`), oldest first by `recordedAt`. */
export const changeEntity = defineEntity({
  name: 'Change',
  schema: changeSchema,
  keys: KEY_TEMPLATES.change,
});
