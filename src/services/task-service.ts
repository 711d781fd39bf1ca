import type { Membership } from '#data/entities/membership';
import type { Task, TaskDraft } from '#data/entities/task';
import type { TaskDependencies } from '#data/repositories/tasks/task-dependencies';
import type { TaskListSpec, TaskRepository } from '#data/repositories/tasks/task-repository';
import type { TaskTree } from '#data/repositories/tasks/task-tree';
import { stateMoved } from '#data/repositories/write-failures';
import type { AuthUser } from '#domain/auth';
import { NotFoundError, PreconditionFailedError } from '#domain/errors';
import type { Created, CreateOptions } from '#domain/idempotency';
import { inboxProjectId } from '#domain/inbox';
import { rolesAllowedTo } from '#domain/roles';
import { type Clock, systemClock } from '#lib/clock';
import { newId } from '#lib/ids';
import { onCurrentVersion } from './current-version.ts';
import { authorize, type ProjectAccess, type TaskAccess } from './project-access.ts';
import { createTaskStructure } from './task-structure.ts';

export type { TaskDraft };

/** A partial change; `null` clears an optional field. */
export type TaskChanges = {
  [K in keyof TaskDraft]?: TaskDraft[K] | null | undefined;
};

export interface TaskServiceDeps {
  tasks: TaskRepository;
  /** Subtasks: parents, children, subtrees. */
  tree: TaskTree;
  /** Blocked-by lists: a completion moves the open blockers of the tasks it blocks; a delete leaves the lists. */
  dependencies: TaskDependencies;
  projectAccess: ProjectAccess;
  taskAccess: TaskAccess;
  clock?: Clock;
  /**
   * Runs after a task and its comments are deleted — the attachments module hooks its
   * cleanup here (attachment items and S3 objects of the task). Failures are the hook's to log.
   */
  onTaskDeleted?: (task: Task) => Promise<void>;
  /** Makes the caller's Inbox project unless it exists (the first personal task). */
  ensureInbox?: (user: AuthUser) => Promise<string>;
}

const notFound = () => new NotFoundError('The task does not exist.', 'task_not_found');

/** Task rules: who may do what (through roles.ts), If-Match versions, assignee membership. */
export function createTaskService(deps: TaskServiceDeps) {
  const { tasks, projectAccess, taskAccess, tree } = deps;
  const clock = deps.clock ?? systemClock;
  const structure = createTaskStructure(tree, deps.dependencies);

  /** After a task's delete: it leaves the dependency lists of others, then the hook runs. */
  async function afterTaskDeleted(task: Task): Promise<void> {
    await deps.dependencies.detach(task);
    await deps.onTaskDeleted?.(task);
  }

  /**
   * One BatchGet (membership + project + task), then the role check; not found for what the
   * caller may not see, and for a task below a deleted one (no read more unless its project has
   * a subtree purge in flight).
   */
  async function load(user: AuthUser, projectId: string, taskId: string) {
    const { membership, task, purgesSubtrees } = await tasks.readWithMembership(projectId, taskId, user.sub);
    const member = authorize(membership, 'task:read');
    if (!task) throw notFound();
    // Below a deleted task whose subtree the stream worker is still purging: gone already.
    if ((await tree.visible([task], () => purgesSubtrees)).length === 0) throw notFound();
    return { member, task };
  }

  /** The version to lock the write on: the client's (If-Match), or the one just read. */
  function checkVersion(task: Task, expected: number | undefined): number {
    if (expected === undefined) return task.version;
    if (task.version !== expected) throw new PreconditionFailedError();
    return expected;
  }

  /** The project of a task addressed by id alone; `task_not_found` when the caller may not see it. */
  async function projectOf(user: AuthUser, taskId: string): Promise<string> {
    return (await taskAccess.require(user.sub, taskId, 'task:read')).task.projectId;
  }

  /**
   * The caller's membership of their Inbox, making the Inbox on first use (the first personal
   * task). Concurrent first uses all find it made: exactly one transaction creates it.
   */
  async function inboxMembership(user: AuthUser, projectId: string): Promise<Membership | undefined> {
    const membership = await projectAccess.find(user.sub, projectId);
    if (membership || !deps.ensureInbox) return membership;
    await deps.ensureInbox(user);
    return projectAccess.find(user.sub, projectId);
  }

  /** Creates a task in `projectId` as `member` (undefined: not a member). */
  async function createAs(
    user: AuthUser,
    projectId: string,
    member: Membership | undefined,
    draft: TaskDraft,
    options: CreateOptions<Task>,
  ): Promise<Created<Task>> {
    authorize(member, 'task:create');
    const now = clock.now().toISOString();
    const placed = await structure.forCreate(projectId, draft);
    return tasks.create(
      {
        ...withoutUndefined(draft),
        id: newId(),
        projectId,
        createdBy: user.sub,
        createdAt: now,
        updatedAt: now,
        updatedBy: user.sub,
      },
      { actor: { userId: user.sub, roles: rolesAllowedTo('task:create') }, assigneeId: draft.assigneeId },
      options,
      placed,
    );
  }

  const service = {
    /** Under an Idempotency-Key, the same request again answers the first response (after the same access check). */
    async create(
      user: AuthUser,
      projectId: string,
      draft: TaskDraft,
      options: CreateOptions<Task>,
    ): Promise<Created<Task>> {
      return createAs(user, projectId, await projectAccess.find(user.sub, projectId), draft, options);
    },

    async get(user: AuthUser, projectId: string, taskId: string): Promise<Task> {
      return (await load(user, projectId, taskId)).task;
    },

    async getById(user: AuthUser, taskId: string): Promise<Task> {
      return (await taskAccess.require(user.sub, taskId, 'task:read')).task;
    },

    /**
     * The membership check and the first page run in parallel; the page is dropped unless
     * allowed, and keeps only reachable tasks (it may then be shorter than `limit`).
     */
    async list(user: AuthUser, projectId: string, spec: Omit<TaskListSpec, 'caller'>) {
      const [access, page] = await Promise.allSettled([
        projectAccess.requireReachable(user.sub, projectId, 'task:read'),
        tasks.list(projectId, { ...spec, caller: user.sub }),
      ]);
      if (access.status === 'rejected') throw access.reason;
      if (page.status === 'rejected') throw page.reason;
      return { items: await access.value.reachable(page.value.items), nextCursor: page.value.nextCursor };
    },

    async update(
      user: AuthUser,
      projectId: string,
      taskId: string,
      changes: TaskChanges,
      expectedVersion: number | undefined,
    ): Promise<Task> {
      // Without If-Match the named fields are merged into the current version, read again after a concurrent write.
      return onCurrentVersion(async () => {
        const { member, task } = await load(user, projectId, taskId);
        authorize(member, 'task:update');
        checkVersion(task, expectedVersion);
        const next: Record<string, unknown> = { ...task, updatedBy: user.sub };
        for (const [field, value] of Object.entries(changes)) {
          if (value === null) delete next[field];
          else if (value !== undefined) next[field] = value;
        }
        const newAssignee =
          changes.assigneeId && changes.assigneeId !== task.assigneeId ? changes.assigneeId : undefined;
        return tasks.update(
          task,
          next as Task,
          { actor: { userId: user.sub, roles: rolesAllowedTo('task:update') }, assigneeId: newAssignee },
          await structure.forUpdate(task, next as Task),
        );
      });
    },

    /**
     * Members delete their own tasks, admins any; comments go with the task, then the hook runs.
     * Its descendants go with it: a few in the same transaction; a larger subtree is hidden by
     * that transaction (its project's `subtreePurges`) and purged by the stream worker from the
     * task's removal, off the request path.
     */
    async delete(
      user: AuthUser,
      projectId: string,
      taskId: string,
      expectedVersion: number | undefined,
    ): Promise<void> {
      const { task, removal } = await onCurrentVersion(async () => {
        const { member, task } = await load(user, projectId, taskId);
        const action = task.createdBy === user.sub ? 'task:delete-own' : 'task:delete-any';
        authorize(member, action);
        const version = checkVersion(task, expectedVersion);
        const removal = await structure.forDelete(task);
        const outcome = await tasks.remove(
          task,
          version,
          { actor: { userId: user.sub, roles: rolesAllowedTo(action) } },
          removal.writes,
        );
        return stateMoved(outcome) ? outcome : { task, removal };
      });
      await afterTaskDeleted(task);
      await tree.afterDeleted(removal.subtree, afterTaskDeleted);
    },

    /** The direct subtasks of a task the caller may see, oldest first. */
    async subtasks(user: AuthUser, taskId: string, page: { limit: number; cursor?: string | undefined }) {
      const [access, found] = await Promise.allSettled([
        taskAccess.require(user.sub, taskId, 'task:read'),
        tree.subtasks(taskId, { ...page, caller: user.sub }),
      ]);
      if (access.status === 'rejected') throw access.reason;
      if (found.status === 'rejected') throw found.reason;
      return { items: found.value.items, nextCursor: found.value.nextCursor };
    },

    /** Every client-owned field at once: optional fields the draft leaves out are cleared. */
    replace(
      user: AuthUser,
      projectId: string,
      taskId: string,
      draft: TaskDraft,
      expectedVersion: number | undefined,
    ) {
      return service.update(user, projectId, taskId, asReplacement(draft), expectedVersion);
    },

    /** The same rules as `update`, for a task addressed by id alone. */
    async updateById(
      user: AuthUser,
      taskId: string,
      changes: TaskChanges,
      expectedVersion: number | undefined,
    ) {
      return service.update(user, await projectOf(user, taskId), taskId, changes, expectedVersion);
    },

    async replaceById(user: AuthUser, taskId: string, draft: TaskDraft, expectedVersion: number | undefined) {
      return service.replace(user, await projectOf(user, taskId), taskId, draft, expectedVersion);
    },

    async deleteById(user: AuthUser, taskId: string, expectedVersion: number | undefined): Promise<void> {
      return service.delete(user, await projectOf(user, taskId), taskId, expectedVersion);
    },

    /** A personal task, in the caller's Inbox project (made by the first one). */
    async createPersonal(
      user: AuthUser,
      draft: TaskDraft,
      options: CreateOptions<Task>,
    ): Promise<Created<Task>> {
      const projectId = inboxProjectId(user.sub);
      return createAs(user, projectId, await inboxMembership(user, projectId), draft, options);
    },

    /**
     * The caller's Inbox tasks, with the filters and cursors of any project's task list. Before
     * the first personal task there is no Inbox, and nothing in it: a read never makes it.
     */
    async listPersonal(user: AuthUser, spec: Omit<TaskListSpec, 'caller'>) {
      const projectId = inboxProjectId(user.sub);
      const [access, page] = await Promise.allSettled([
        projectAccess.requireReachable(user.sub, projectId, 'task:read'),
        tasks.list(projectId, { ...spec, caller: user.sub }),
      ]);
      if (access.status === 'rejected') {
        if (access.reason instanceof NotFoundError) return { items: [], nextCursor: null };
        throw access.reason;
      }
      if (page.status === 'rejected') throw page.reason;
      return { items: await access.value.reachable(page.value.items), nextCursor: page.value.nextCursor };
    },
  };
  return service;
}

const REPLACED_OPTIONAL_FIELDS = [
  'description',
  'assigneeId',
  'dueDate',
  'parentTaskId',
  'recurrence',
  'timeZone',
] as const;

/** A full draft as changes: each optional field it leaves out becomes null (cleared). */
function asReplacement(draft: TaskDraft): TaskChanges {
  const changes: TaskChanges = { ...draft };
  for (const field of REPLACED_OPTIONAL_FIELDS) changes[field] = draft[field] ?? null;
  return changes;
}

export type TaskService = ReturnType<typeof createTaskService>;

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
