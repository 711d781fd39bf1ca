import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { timestamp, ulid } from './common.ts';

export const nextOccurrenceSchema = z.object({
  taskId: ulid,
  nextTaskId: ulid,
  createdAt: timestamp,
});
export type NextOccurrence = z.infer<typeof nextOccurrenceSchema>;

/**
 * `TASK#<id>` / `#NEXT`: the mark that a recurring task's next occurrence exists, created
 * (create-only) in the same transaction as that occurrence, so a redelivered or concurrent
 * completion record cannot create a second one.
 */
export const nextOccurrenceEntity = defineEntity({
  name: 'NextOccurrence',
  schema: nextOccurrenceSchema,
  keys: KEY_TEMPLATES.nextOccurrence,
});
