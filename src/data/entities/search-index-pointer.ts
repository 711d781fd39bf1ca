import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { epochSeconds, timestamp, ulid, version } from './common.ts';

export const searchIndexPointerSchema = z.object({
  projectId: ulid,
  /** The bucket key of the current index blob; absent once the project is removed. */
  objectKey: z.string().min(1).optional(),
  /** How many tasks the index holds (for limits and metrics). */
  tasks: z.number().int().nonnegative(),
  /** The project was removed: late stream records of it are ignored until the TTL. */
  deleted: z.boolean().optional(),
  updatedAt: timestamp,
  version,
  ttl: epochSeconds.optional(),
});
export type SearchIndexPointer = z.infer<typeof searchIndexPointerSchema>;

/**
 * A project's search index: which blob is current and its generation (`version`, the lock
 * every index write takes). Readers compare the generation with what they cache.
 */
export const searchIndexPointerEntity = defineEntity({
  name: 'SearchIndex',
  schema: searchIndexPointerSchema,
  keys: KEY_TEMPLATES.searchIndex,
});
