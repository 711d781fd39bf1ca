import { membershipEntity } from '#data/entities/membership';
import { projectEntity } from '#data/entities/project';
import { subtaskLinkEntity } from '#data/entities/subtask-link';
import { subtreePurgeEntity } from '#data/entities/subtree-purge';
import { type NewTask, type Task, taskEntity } from '#data/entities/task';
import { taskAssignmentEntity } from '#data/entities/task-assignment';
import type { TransactFailure } from '#data/mapper/errors';
import type { Filter } from '#data/mapper/expressions';
import type { Mapper } from '#data/mapper/mapper';
import type { TransactPart, WriteRequest } from '#data/mapper/write-request';
import { transactCreate } from '#data/repositories/idempotency-repository';
import { transactExplained } from '#data/repositories/write-failures';
import { ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '#domain/errors';
import type { Created, CreateOptions } from '#domain/idempotency';
import type { Role } from '#domain/roles';
import { copyShape, taskCopies, taskWrites } from './task-layout.ts';

/**
 * What must still hold when a task write commits. `actor`: the caller is a member of the
 * task's project with one of `roles` — checked inside the transaction, so a member removed
 * (or demoted) between our membership read and the write cannot write. `assigneeId`: the new
 * assignee is a member of the project (checked the same way, so it cannot go stale either).
 */
export interface WriteGuards {
  actor: { userId: string; roles: readonly Role[] };
  assigneeId?: string | undefined;
}

/** The labels of a task write's items, which {@link explainTaskFailure} explains. */
export type TaskWriteLabel =
  | 'task'
  | 'copy'
  | 'actor'
  | 'assignee'
  | 'newParent'
  | 'parent'
  | 'ancestor'
  | 'subtree'
  | 'joined'
  | 'dependencyGuard';
type Labelled = TransactPart<TaskWriteLabel>;

/** How a write moves another task's counters (a parent's subtask counts, a blocked task's open blockers). */
export interface CounterChange {
  /** The task as read: every copy it has is counted on, and its copy shape is checked. */
  task: Task;
  deltas: Partial<
    Record<'subtaskCount' | 'completedSubtaskCount' | 'openBlockerCount' | 'subtreeRevision', number>
  >;
  /** `newParent`: the parent a task is put under (422 when it is gone); `parent`: any other task counted on. */
  role: 'newParent' | 'parent';
}

/**
 * What a write of a subtask must also do: move its parents' counters, and check that the
 * parent chain it was validated against (depth, no cycle) still stands when it commits.
 */
export interface StructureWrites {
  counters?: readonly CounterChange[];
  /**
   * Ancestors above the new parent as read: their `parentTaskId` must not have moved, and their
   * `subtreeRevision` moves (a task is placed below them).
   */
  ancestors?: readonly Task[];
  /** Descendants deleted with the task, each locked on the version read. */
  subtree?: readonly Task[];
  /**
   * The deleted task whose subtree is too large for its transaction: its `#PURGE` mark and its
   * project's `subtreePurges` +1 go in the transaction, and the stream worker purges the subtree.
   */
  purgeLater?: Task;
  /** A task moved under a new parent, as read: its subtree must not have grown since (`subtreeRevision`). */
  moved?: Task;
}

/** The condition that a task's subtree is as it was read (items written before the field lack it). */
export function subtreeUnchanged(task: Task): Filter {
  return task.subtreeRevision === 0
    ? { $or: [{ subtreeRevision: 0 }, { subtreeRevision: { exists: false } }] }
    : { subtreeRevision: task.subtreeRevision };
}

/** The writes of a stored task's copies (task-layout.ts); an `#ASSIGNEE` copy no longer due is deleted. */
export function copiesOf(mapper: Mapper, stored: Task, previous?: Task): Labelled[] {
  const copies: Labelled[] = taskCopies(stored).map(({ entity, model }) => ({
    label: 'copy',
    request: mapper.tx.put(entity, model),
  }));
  if (!stored.assigneeId && previous?.assigneeId) {
    copies.push({
      label: 'copy',
      request: mapper.tx.delete(taskAssignmentEntity, { id: stored.id }, { mustExist: false }),
    });
  }
  if (previous?.parentTaskId && previous.parentTaskId !== stored.parentTaskId) {
    copies.push({
      label: 'copy',
      request: mapper.tx.delete(
        subtaskLinkEntity,
        { parentTaskId: previous.parentTaskId, id: stored.id },
        { mustExist: false },
      ),
    });
  }
  return copies;
}

/**
 * The transaction items of the structure a write keeps: atomic increments on every copy of each
 * parent (they bump its version: the counts are part of its representation), the parent's copy
 * shape checked on its canonical item (a copy that appeared or went meanwhile cancels the write),
 * the ancestors' links checked (and their `subtreeRevision` moved), the deleted descendants' items
 * locked on their versions, the mark of a subtree left to the stream worker's purge.
 */
export function structureParts(mapper: Mapper, structure: StructureWrites | undefined): Labelled[] {
  const parts: Labelled[] = [];
  const counted = new Set((structure?.counters ?? []).map((change) => change.task.id));
  const countedAncestors = (structure?.ancestors ?? []).filter(({ id }) => counted.has(id));
  const counters = [
    ...(structure?.counters ?? []),
    ...countedAncestors.map((task) => ({ task, role: 'parent' as const, deltas: { subtreeRevision: 1 } })),
  ];
  for (const change of mergedCounters(counters)) {
    const deltas = Object.fromEntries(Object.entries(change.deltas).filter(([, delta]) => delta !== 0));
    if (Object.keys(deltas).length === 0) continue;
    for (const { entity, model } of taskWrites(change.task)) {
      parts.push({
        label: change.role,
        request: mapper.tx.increment(entity, model, deltas, {
          bumpVersion: true,
          ...(entity === taskEntity ? { condition: copyShape(change.task) } : {}),
        }),
      });
    }
  }
  // A counted parent's canonical item already carries the check (its copy shape names its parent).
  for (const ancestor of (structure?.ancestors ?? []).filter(({ id }) => !counted.has(id))) {
    parts.push({
      label: 'ancestor',
      request: mapper.tx.increment(
        taskEntity,
        { projectId: ancestor.projectId, id: ancestor.id },
        { subtreeRevision: 1 },
        { condition: { parentTaskId: ancestor.parentTaskId ?? { exists: false } } },
      ),
    });
  }
  const purged = structure?.purgeLater;
  if (purged) {
    parts.push(
      {
        label: 'subtree',
        request: mapper.tx.put(subtreePurgeEntity, {
          taskId: purged.id,
          projectId: purged.projectId,
          deletedAt: mapper.clock.now().toISOString(),
        }),
      },
      {
        label: 'subtree',
        request: mapper.tx.increment(projectEntity, { id: purged.projectId }, { subtreePurges: 1 }),
      },
    );
  }
  for (const descendant of structure?.subtree ?? []) {
    parts.push({
      label: 'subtree',
      request: mapper.tx.delete(
        taskEntity,
        { projectId: descendant.projectId, id: descendant.id },
        { expectedVersion: descendant.version },
      ),
    });
    for (const copy of taskCopies(descendant)) {
      parts.push({
        label: 'subtree',
        request: mapper.tx.delete(copy.entity, copy.model, { mustExist: false }),
      });
    }
  }
  return parts;
}

/** Membership condition checks for the guards (one check when the actor assigns themself). */
export function guardChecks(mapper: Mapper, projectId: string, guards: WriteGuards): Labelled[] {
  const { actor, assigneeId } = guards;
  const checks: Labelled[] = [
    {
      label: 'actor',
      request: mapper.tx.check(
        membershipEntity,
        { projectId, userId: actor.userId },
        { condition: { role: { in: [...actor.roles] } } },
      ),
    },
  ];
  if (assigneeId !== undefined && assigneeId !== actor.userId) {
    checks.push({
      label: 'assignee',
      request: mapper.tx.check(membershipEntity, { projectId, userId: assigneeId }),
    });
  }
  return checks;
}

/**
 * Sends the labelled requests as ONE transaction and turns a cancellation into a domain
 * error: the task's version moved (`precondition_failed`) or it is gone (`task_not_found`),
 * the caller lost their membership (`project_not_found`) or role (`role_forbids`), the
 * assignee is not a member (`validation_failed` on `assigneeId`). A create
 * with a receipt whose key is already recorded answers from the record (see transactCreate).
 */
export async function transactTaskWrite(mapper: Mapper, parts: Labelled[]): Promise<void> {
  await transactExplained(mapper, parts, explainTaskFailure);
}

/** `transactTaskWrite` for a create, exactly once under the options' key (see transactCreate). */
export function transactTaskCreate(
  mapper: Mapper,
  parts: Labelled[],
  created: Task,
  options: CreateOptions<Task>,
): Promise<Created<Task>> {
  return transactCreate(mapper, parts, options, created, explainTaskFailure);
}

/**
 * `explainTaskFailure` for a change of a task read before: its version having moved is no failure
 * but a concurrent change, which the change answers as STATE_MOVED for its caller to read again.
 */
export function explainTaskChange(failure: TransactFailure<TaskWriteLabel>): Error | undefined {
  return failure.label === 'task' && failure.code === 'version_conflict'
    ? undefined
    : explainTaskFailure(failure);
}

export function explainTaskFailure({ label, code }: TransactFailure<TaskWriteLabel>): Error | undefined {
  if (label === 'task' && code === 'version_conflict') return new PreconditionFailedError();
  if (label === 'task' && code === 'not_found') {
    return new NotFoundError('The task does not exist.', 'task_not_found');
  }
  if (label === 'actor') {
    if (code === 'not_found') return new NotFoundError('The project does not exist.', 'project_not_found');
    return new ForbiddenError('Your role does not allow this change.', 'role_forbids');
  }
  if (label === 'assignee') {
    return new ValidationError([{ field: 'assigneeId', message: 'is not a member of this project' }]);
  }
  if (label === 'newParent' && code === 'not_found') {
    return new ValidationError([{ field: 'parentTaskId', message: 'is not a task of this project' }]);
  }
  return undefined;
}

/** The writes that store a new task: its canonical item (version 1) and its copies. */
export function taskCreation(mapper: Mapper, input: NewTask): { stored: Task; parts: Labelled[] } {
  const request = mapper.tx.create(taskEntity, input);
  const stored = request.model as Task;
  return { stored, parts: [taskPart(request), ...copiesOf(mapper, stored)] };
}

/** One change per task (a parent may also be a blocked task): deltas added, `newParent` kept. */
export function mergedCounters(changes: readonly CounterChange[]): CounterChange[] {
  const byTask = new Map<string, CounterChange>();
  for (const change of changes) {
    const seen = byTask.get(change.task.id);
    if (!seen) {
      byTask.set(change.task.id, { ...change, deltas: { ...change.deltas } });
      continue;
    }
    for (const [field, delta] of Object.entries(change.deltas) as Array<
      [keyof CounterChange['deltas'], number]
    >) {
      seen.deltas[field] = (seen.deltas[field] ?? 0) + delta;
    }
    if (change.role === 'newParent') seen.role = 'newParent';
  }
  return [...byTask.values()];
}

/** Labels the canonical-task write. */
export function taskPart(request: WriteRequest<unknown>): Labelled {
  return { label: 'task', request };
}
