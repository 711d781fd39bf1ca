import { partitions, SK_PREFIX } from '#data/dynamodb/table';
import type { Membership } from '#data/entities/membership';
import { subtaskLinkEntity } from '#data/entities/subtask-link';
import { type NewTask, type Task, type TaskStatus, taskEntity } from '#data/entities/task';
import { taskAssignmentEntity } from '#data/entities/task-assignment';
import { taskRefEntity } from '#data/entities/task-ref';
import type { Filter, RangeCondition } from '#data/mapper/expressions';
import type { Mapper } from '#data/mapper/mapper';
import type { Page, QuerySpec } from '#data/mapper/query-ops';
import { getRequest } from '#data/mapper/read-ops';
import type { TransactPart } from '#data/mapper/write-request';
import { deletionMarker } from '#data/repositories/deletion-marker';
import { liveMembership, membershipReads, purgesSubtrees } from '#data/repositories/live-membership';
import {
  orStateMoved,
  type StateMoved,
  stateMoved,
  transactExplained,
} from '#data/repositories/write-failures';
import type { Created, CreateOptions } from '#domain/idempotency';
import {
  type CounterChange,
  copiesOf,
  explainTaskChange,
  guardChecks,
  type StructureWrites,
  structureParts,
  subtreeUnchanged,
  type TaskWriteLabel,
  taskCreation,
  taskPart,
  transactTaskCreate,
  type WriteGuards,
} from './task-writes.ts';

export type { CounterChange, StructureWrites, WriteGuards };

export interface TaskListSpec {
  status?: TaskStatus | undefined;
  assigneeId?: string | undefined;
  label?: string | undefined;
  /** Only tasks without a parent. */
  topLevel?: boolean | undefined;
  /** Only the direct subtasks of this task. */
  parentTaskId?: string | undefined;
  /** Inclusive bounds on the due date (YYYY-MM-DD). */
  dueBefore?: string | undefined;
  dueAfter?: string | undefined;
  sort: 'createdAt' | '-createdAt' | 'dueDate' | '-dueDate';
  limit: number;
  cursor?: string | undefined;
  caller: string;
}

/**
 * Tasks of a project. Every write is ONE transaction over the canonical item, its `#REF`
 * copy and its `#ASSIGNEE` copy, plus membership checks (see task-writes.ts), so the copies
 * never disagree and no write lands for a caller who just lost access.
 */
export function createTaskRepository(mapper: Mapper) {
  return {
    /**
     * Pattern 3: the caller's membership, the project and the task in ONE strongly consistent
     * BatchGet. A membership whose project is gone (a delete in progress) grants nothing;
     * `purgesSubtrees` says whether the task's ancestors must be checked (task-tree.ts `visible`).
     */
    async readWithMembership(
      projectId: string,
      taskId: string,
      userId: string,
    ): Promise<{ membership: Membership | undefined; task: Task | undefined; purgesSubtrees: boolean }> {
      const [membership, project, task] = await mapper.batchGet(
        [...membershipReads(projectId, userId), getRequest(taskEntity, { projectId, id: taskId })] as const,
        { consistent: true },
      );
      return {
        membership: liveMembership(membership, project),
        task,
        purgesSubtrees: purgesSubtrees(project),
      };
    },

    /** Creates the task (version 1) and its copies (with `structure`), exactly once under the options' key. */
    create(
      input: NewTask,
      guards: WriteGuards,
      options: CreateOptions<Task>,
      structure?: StructureWrites,
    ): Promise<Created<Task>> {
      const { stored, parts } = taskCreation(mapper, input);
      return transactTaskCreate(
        mapper,
        [...parts, ...guardChecks(mapper, stored.projectId, guards), ...structureParts(mapper, structure)],
        stored,
        options,
      );
    },

    /**
     * Replaces `current` with `next`, locked on `current.version`; returns the stored task, or
     * STATE_MOVED when the task or a guard moved since it was read (read again and decide again).
     */
    async update(
      current: Task,
      next: Task,
      guards: WriteGuards,
      structure?: StructureWrites,
    ): Promise<Task | StateMoved> {
      const request = mapper.tx.replace(
        taskEntity,
        { ...next, version: current.version },
        structure?.moved ? { condition: subtreeUnchanged(structure.moved) } : {},
      );
      const stored = request.model as Task;
      const outcome = await orStateMoved(
        transactExplained(
          mapper,
          [
            taskPart(request),
            ...copiesOf(mapper, stored, current),
            ...guardChecks(mapper, stored.projectId, guards),
            ...structureParts(mapper, structure),
          ],
          explainTaskChange,
        ),
      );
      return stateMoved(outcome) ? outcome : stored;
    },

    /**
     * Deletes the task and its copies (locked on `expectedVersion`), with `structure` (its
     * parent's counters, the descendants deleted at once), then its comments. Comments are
     * unbounded, so they go after the transaction: once `#REF` is gone no one can reach them
     * (and comment creation checks `#REF` in its own transaction). STATE_MOVED when the task or
     * a guard moved since it was read.
     */
    async remove(
      task: Task,
      expectedVersion: number,
      guards: WriteGuards,
      structure?: StructureWrites,
    ): Promise<StateMoved | undefined> {
      const parts: TransactPart<TaskWriteLabel>[] = [
        taskPart(
          mapper.tx.delete(taskEntity, { projectId: task.projectId, id: task.id }, { expectedVersion }),
        ),
        { label: 'copy', request: mapper.tx.delete(taskRefEntity, { id: task.id }, { mustExist: false }) },
        {
          label: 'copy',
          request: mapper.tx.delete(taskAssignmentEntity, { id: task.id }, { mustExist: false }),
        },
        {
          label: 'copy',
          request: deletionMarker(mapper, {
            projectId: task.projectId,
            taskId: task.id,
            resource: 'task',
            resourceId: task.id,
            resourceVersion: expectedVersion,
            deletedBy: guards.actor.userId,
          }),
        },
        ...(task.parentTaskId
          ? [
              {
                label: 'copy' as const,
                request: mapper.tx.delete(
                  subtaskLinkEntity,
                  { parentTaskId: task.parentTaskId, id: task.id },
                  { mustExist: false },
                ),
              },
            ]
          : []),
        ...guardChecks(mapper, task.projectId, { actor: guards.actor }),
        ...structureParts(mapper, structure),
      ];
      const outcome = await orStateMoved(transactExplained(mapper, parts, explainTaskChange));
      if (stateMoved(outcome)) return outcome;
      await deleteComments(mapper, task.id);
      return undefined;
    },

    /** Patterns 5–7: one page of a project's tasks, by creation (base table) or due date (gsi1). */
    list(projectId: string, spec: TaskListSpec): Promise<Page<Task>> {
      const byDue = spec.sort === 'dueDate' || spec.sort === '-dueDate';
      const filter = compact({
        status: spec.status,
        assigneeId: spec.assigneeId,
        labels: spec.label === undefined ? undefined : { contains: spec.label },
        parentTaskId: spec.topLevel ? { exists: false } : spec.parentTaskId,
        dueDate: byDue ? undefined : dueFilter(spec),
      });
      const query: QuerySpec = {
        partition: byDue ? partitions.projectTasksByDue(projectId) : partitions.project(projectId),
        range: byDue ? dueRange(spec) : { beginsWith: SK_PREFIX.task },
        forward: !spec.sort.startsWith('-'),
        limit: spec.limit,
        cursor: spec.cursor,
        caller: spec.caller,
      };
      if (byDue) query.index = 'gsi1';
      if (filter) query.filter = filter;
      return mapper.query(taskEntity, query);
    },
  };
}

export type TaskRepository = ReturnType<typeof createTaskRepository>;

/** Comments live in the task's partition. */
async function deleteComments(mapper: Mapper, taskId: string): Promise<void> {
  await mapper.deletePartition(partitions.task(taskId), { beginsWith: SK_PREFIX.comment });
}

/** gsi1sk of the due-date view is `<due|~>#<tid>`: bounds are inclusive, undated tasks excluded. */
function dueRange(spec: TaskListSpec): RangeCondition | undefined {
  if (spec.dueAfter && spec.dueBefore) return { between: [spec.dueAfter, `${spec.dueBefore}#~`] };
  if (spec.dueBefore) return { lt: `${spec.dueBefore}#~` };
  if (spec.dueAfter) return { between: [spec.dueAfter, '9999'] };
  return undefined;
}

function dueFilter(spec: TaskListSpec): Filter[string] {
  if (!spec.dueAfter && !spec.dueBefore) return undefined;
  return {
    ...(spec.dueAfter ? { gte: spec.dueAfter } : {}),
    ...(spec.dueBefore ? { lte: spec.dueBefore } : {}),
  };
}

function compact(filter: Filter): Filter | undefined {
  const present = Object.entries(filter).filter(([, value]) => value !== undefined);
  return present.length > 0 ? Object.fromEntries(present) : undefined;
}
