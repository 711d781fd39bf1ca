import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { LIMITS, TASK_PRIORITIES, TASK_STATUSES } from '#domain/vocabulary';
import { isoDate, timestamp, ulid, userId, version } from './common.ts';

export type { TaskPriority, TaskStatus } from '#domain/vocabulary';

/** The counters and dependency lists of a task: server-owned, moved only by their own writes. */
export const TASK_COUNTERS = [
  'subtaskCount',
  'completedSubtaskCount',
  'openBlockerCount',
  'blockedBy',
  'blocking',
  'occurrence',
  'subtreeRevision',
] as const;

export const taskSchema = z.object({
  id: ulid,
  projectId: ulid,
  title: z.string().min(1).max(LIMITS.taskTitle),
  description: z.string().max(LIMITS.taskDescription).optional(),
  status: z.enum(TASK_STATUSES),
  priority: z.enum(TASK_PRIORITIES),
  assigneeId: userId.optional(),
  dueDate: isoDate.optional(),
  labels: z.array(z.string().min(1).max(LIMITS.label)).max(LIMITS.labelsPerTask),
  /** The parent task (same project); absent on a top-level task. */
  parentTaskId: ulid.optional(),
  /** Direct subtasks, and those of them that are done: moved by transactional increments only. */
  subtaskCount: z.number().int().min(0).default(0),
  completedSubtaskCount: z.number().int().min(0).default(0),
  /** Tasks of the same project this one waits on, and tasks that wait on this one. */
  blockedBy: z.array(ulid).max(LIMITS.blockersPerTask).default([]),
  blocking: z.array(ulid).max(LIMITS.blockedPerTask).default([]),
  /**
   * Moves each time a task is placed anywhere below this one (created or moved in). Not part of
   * the representation: a move locks on it, so a subtree that grew after its depth was checked
   * cannot be moved deeper than the nesting bound.
   */
  subtreeRevision: z.number().int().min(0).default(0),
  /** Blockers not done yet: moved by transactional increments when a blocker's status crosses `done`. */
  openBlockerCount: z.number().int().min(0).default(0),
  /** An RRULE (the supported subset, see domain/recurrence.ts): completing the task creates the next one. */
  recurrence: z.string().min(1).max(LIMITS.recurrenceRule).optional(),
  /** The IANA time zone the recurrence counts dates in (UTC when absent). */
  timeZone: z.string().min(1).max(64).optional(),
  /** Which occurrence of its series this task is (1 for the first): what COUNT is checked against. */
  occurrence: z.number().int().min(1).default(1),
  createdBy: userId,
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Who made the last change (server-owned; the activity's actor). */
  updatedBy: userId.optional(),
  version,
});
export type Task = z.infer<typeof taskSchema>;

/** The server-owned counters and lists of a task. */
export type TaskStructure = Pick<Task, (typeof TASK_COUNTERS)[number]>;

const taskStructureSchema = taskSchema.pick(
  Object.fromEntries(TASK_COUNTERS.map((field) => [field, true])) as {
    [K in (typeof TASK_COUNTERS)[number]]: true;
  },
);

/**
 * A new task's counters and lists (no subtasks, no dependencies, first occurrence), as the
 * schema defaults them: what anything that builds a stored task by hand (fixtures, seeds) spreads.
 */
export function newTaskStructure(): TaskStructure {
  return taskStructureSchema.parse({});
}
/** What a task is created from: the counters start at zero. */
export type NewTask = Omit<z.input<typeof taskSchema>, 'version'>;

/** The fields a client writes: the task service takes these (the HTTP body schemas output them). */
export const taskDraftSchema = taskSchema.pick({
  title: true,
  description: true,
  status: true,
  priority: true,
  assigneeId: true,
  dueDate: true,
  labels: true,
  parentTaskId: true,
  recurrence: true,
  timeZone: true,
});
export type TaskDraft = z.infer<typeof taskDraftSchema>;

/**
 * The canonical task, in its project's partition (`TASK#<id>`, by creation) and in gsi1
 * under `PROJECT#<pid>#DUE` (by due date, undated last). The authority for reads that
 * must see the latest write (strongly consistent base-table reads).
 */
export const taskEntity = defineEntity({
  name: 'Task',
  schema: taskSchema,
  keys: KEY_TEMPLATES.task,
  serverOwned: TASK_COUNTERS,
});
