import { membershipEntity } from '#data/entities/membership';
import { type Task, taskEntity } from '#data/entities/task';
import { taskAssignmentEntity } from '#data/entities/task-assignment';
import type { TransactFailure } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import type { TransactPart, WriteRequest } from '#data/mapper/write-request';
import { ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '#domain/errors';
import type { Created, CreateOptions } from '#domain/idempotency';
import type { Role } from '#domain/roles';
import { transactCreate } from './idempotency-repository.ts';
import { taskCopies } from './task-layout.ts';
import { transactExplained } from './write-failures.ts';

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

type Labelled = TransactPart<'task' | 'copy' | 'actor' | 'assignee'>;

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
  return copies;
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

function explainTaskFailure({ label, code }: TransactFailure<Labelled['label']>): Error | undefined {
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
  return undefined;
}

/** The writes that store a new task: its canonical item (version 1) and its copies. */
export function taskCreation(
  mapper: Mapper,
  input: Omit<Task, 'version'>,
): { stored: Task; parts: Labelled[] } {
  const request = mapper.tx.create(taskEntity, input);
  const stored = request.model as Task;
  return { stored, parts: [taskPart(request), ...copiesOf(mapper, stored)] };
}

/** Labels the canonical-task write. */
export function taskPart(request: WriteRequest<unknown>): Labelled {
  return { label: 'task', request };
}
