import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { LIMITS } from '#domain/vocabulary';
import { timestamp, ulid, userId, version } from './common.ts';

export const projectSchema = z.object({
  id: ulid,
  name: z.string().min(1).max(LIMITS.projectName),
  description: z.string().max(LIMITS.projectDescription).optional(),
  ownerId: userId,
  /**
   * How many members hold the owner role. Changed in the same transaction as every owner
   * membership change, with `ownerCount > 1` as the condition of a decrement: concurrent
   * demotions serialize on this item and a project always keeps an owner. Items written
   * before the field existed had exactly their creator as owner, hence the default.
   */
  ownerCount: z.number().int().min(1).default(1),
  /** How many webhook endpoints the project has (absent: none yet), moved by each create and delete, bounded on create. */
  webhookCount: z.number().int().min(0).optional(),
  /** Set on a user's personal Inbox project (their `sub`): such a project cannot be deleted. */
  inboxOf: userId.optional(),
  /**
   * Subtrees of deleted tasks the stream worker is still purging (one per `TASK#<id>`/`#PURGE`
   * mark). While it is above zero, reads of this project's subtasks check that their ancestors
   * still exist (task-tree.ts `visible`); at zero they cost nothing more.
   */
  subtreePurges: z.number().int().min(0).default(0),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Who made the last change (server-owned; the activity's actor). */
  updatedBy: userId.optional(),
  version,
});
export type Project = z.infer<typeof projectSchema>;
/** What a project is created from: its counters start at their defaults. */
export type NewProject = Omit<z.input<typeof projectSchema>, 'version'>;

/** A project: `PROJECT#<id>` / `#META`, first in its partition, before its members and tasks. */
export const projectEntity = defineEntity({
  name: 'Project',
  schema: projectSchema,
  keys: KEY_TEMPLATES.project,
  serverOwned: ['ownerId', 'ownerCount', 'webhookCount', 'inboxOf', 'subtreePurges'],
});
