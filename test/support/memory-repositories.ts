import { type Job, jobSchema } from '#data/entities/job';
import { type Membership, membershipSchema } from '#data/entities/membership';
import { type Project, projectSchema } from '#data/entities/project';
import { type Task, taskSchema } from '#data/entities/task';
import type { WriteConflictCode } from '#data/mapper/errors';
import type { Page } from '#data/mapper/query-ops';
import type { ObjectStore } from '#data/object-store';
import type { ObjectUploads } from '#data/object-uploads';
import type { JobChanges, JobRepository } from '#data/repositories/job-repository';
import type { MembershipRepository, MembershipWriteGuard } from '#data/repositories/membership-repository';
import type { ProjectRepository } from '#data/repositories/project-repository';
import type { TaskDependencies } from '#data/repositories/task-dependencies';
import type { TaskExportReader } from '#data/repositories/task-export-reader';
import type { TaskLookup } from '#data/repositories/task-lookup';
import type { TaskListSpec, TaskRepository, WriteGuards } from '#data/repositories/task-repository';
import type { TaskTree } from '#data/repositories/task-tree';
import type { LiveProject, TaskViews } from '#data/repositories/task-views';
import { statusShard } from '#data/table';
import type { AuthUser } from '#domain/auth';
import {
  ConcurrentChangeError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '#domain/errors';
import { type CreateOptions, receiptOf } from '#domain/idempotency';
import { type Clock, systemClock } from '#lib/clock';

/** A signed-in caller as services see one. */
export function caller(sub: string): AuthUser {
  return { sub, username: sub, email: `${sub}@example.test`, groups: [] };
}

/**
 * The repositories the services take, over plain maps: the same interfaces as the DynamoDB
 * ones (the compiler checks them against `ReturnType<typeof create…Repository>`), the same
 * version locks, transaction guards and cancellation errors — so service rules run in unit
 * tests without the local stack. Reads are strongly consistent (the real ones the services
 * rely on are too). Idempotency receipts are not modelled: passing one fails the test.
 */
export interface MemoryTable {
  projects: Map<string, Project>;
  /** By `projectId/userId`. */
  memberships: Map<string, Membership>;
  tasks: Map<string, Task>;
  jobs: Map<string, Job>;
  objects: Map<string, { body: string; contentType: string }>;
  clock: Clock;
  /**
   * Runs `change` right before the next write transaction is checked: a concurrent writer
   * landing between a service's read and its write.
   */
  beforeNextWrite(change: () => void): void;
  /** Runs `change` before every write transaction from now on (a writer that never stops). */
  beforeEveryWrite(change: () => void): void;
  /** Write transactions attempted so far (committed or cancelled). */
  writeAttempts: number;
}

export function memoryTable(clock: Clock = systemClock): MemoryTable {
  const once: Array<() => void> = [];
  const always: Array<() => void> = [];
  const table = {
    projects: new Map<string, Project>(),
    memberships: new Map<string, Membership>(),
    tasks: new Map<string, Task>(),
    jobs: new Map<string, Job>(),
    objects: new Map<string, { body: string; contentType: string }>(),
    clock,
    beforeNextWrite: (change: () => void) => void once.push(change),
    beforeEveryWrite: (change: () => void) => void always.push(change),
    writeAttempts: 0,
  };
  writeHooks.set(table, () => {
    table.writeAttempts += 1;
    for (const change of once.splice(0)) change();
    for (const change of always) change();
  });
  return table;
}

const writeHooks = new WeakMap<MemoryTable, () => void>();

/** The key of `MemoryTable.memberships`. */
export const membershipId = (projectId: string, userId: string) => `${projectId}/${userId}`;

/** A project and its members, stored as the project service stores them (version 1, owner count). */
export function putProject(
  table: MemoryTable,
  project: Pick<Project, 'id'> & Partial<Project>,
  members: Array<{ userId: string; role: Membership['role'] }>,
): Project {
  const now = table.clock.now().toISOString();
  const owners = members.filter((member) => member.role === 'owner').length;
  const stored = projectSchema.parse({
    name: `Project ${project.id}`,
    ownerId: members[0]?.userId ?? 'nobody',
    ownerCount: Math.max(1, owners),
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...project,
  });
  table.projects.set(stored.id, stored);
  for (const { userId, role } of members) putMember(table, stored.id, userId, role);
  return stored;
}

/** Stores a membership (version 1) without any guard: a change made by someone else. */
export function putMember(table: MemoryTable, projectId: string, userId: string, role: Membership['role']) {
  const addedAt = table.clock.now().toISOString();
  table.memberships.set(
    membershipId(projectId, userId),
    membershipSchema.parse({ projectId, userId, role, addedAt, version: 1 }),
  );
}

/** One item of a write transaction: why it fails now (undefined when its condition holds), and what that means. */
interface Check {
  fails: () => WriteConflictCode | undefined;
  /** The domain error the real repository gives this failure; default: a concurrent change. */
  explain?: (code: WriteConflictCode) => Error | undefined;
}

/**
 * Checks every item like DynamoDB does (all conditions, then all or nothing) and fails like the
 * DynamoDB repositories do: the first failed item's domain error, or a ConcurrentChangeError.
 */
function transact(table: MemoryTable, checks: Check[], apply: () => void): void {
  writeHooks.get(table)?.();
  for (const check of checks) {
    const code = check.fails();
    if (code) throw check.explain?.(code) ?? new ConcurrentChangeError();
  }
  apply();
}

function noReceipts(options: CreateOptions<never>): void {
  if (receiptOf(options))
    throw new Error('idempotency receipts are not modelled by the in-memory repositories');
}

/** One page of `items` (already in order) after the position `cursor` holds; cursors are offsets. */
function pageOf<T>(items: T[], limit: number, cursor: string | undefined): Page<T> {
  const start = cursor === undefined ? 0 : Number(cursor);
  const taken = items.slice(start, start + limit);
  const end = start + taken.length;
  return {
    items: taken,
    nextCursor: end < items.length ? String(end) : null,
  };
}

export function memoryMembershipRepository(table: MemoryTable): MembershipRepository {
  const get = (projectId: string, userId: string) => table.memberships.get(membershipId(projectId, userId));

  function projectGuard(projectId: string, delta: MembershipWriteGuard['ownerDelta']): Check {
    return {
      fails: () => {
        const project = table.projects.get(projectId);
        if (!project) return 'not_found';
        return delta < 0 && project.ownerCount <= 1 ? 'condition_failed' : undefined;
      },
    };
  }

  function actorGuard(guard: MembershipWriteGuard, target: string): Check[] {
    const { actor } = guard;
    if (!actor || actor.userId === target) return [];
    return [
      {
        fails: () => {
          const current = get(actor.projectId, actor.userId);
          if (!current) return 'not_found';
          return current.version === actor.version ? undefined : 'version_conflict';
        },
      },
    ];
  }

  function lockedOn(current: Membership): Check {
    return {
      fails: () => {
        const stored = get(current.projectId, current.userId);
        if (!stored) return 'not_found';
        return stored.version === current.version ? undefined : 'version_conflict';
      },
    };
  }

  function moveOwners(projectId: string, delta: number): void {
    const project = table.projects.get(projectId);
    if (project && delta !== 0) {
      table.projects.set(projectId, { ...project, ownerCount: project.ownerCount + delta });
    }
  }

  /** A change of an existing membership, locked on the version read, with the project and actor guards. */
  function lockedChange(current: Membership, guard: MembershipWriteGuard, change: () => void): void {
    transact(
      table,
      [
        lockedOn(current),
        projectGuard(current.projectId, guard.ownerDelta),
        ...actorGuard(guard, current.userId),
      ],
      () => {
        change();
        moveOwners(current.projectId, guard.ownerDelta);
      },
    );
  }

  async function findWithProject(projectId: string, userId: string, otherUserId?: string) {
    const project = table.projects.get(projectId);
    // A membership counts only while its project exists (live-membership.ts).
    const membership = project ? get(projectId, userId) : undefined;
    const other = otherUserId === undefined || !project ? undefined : get(projectId, otherUserId);
    return {
      ...(membership ? { membership } : {}),
      ...(project ? { project } : {}),
      ...(other ? { other } : {}),
    };
  }

  const ofUser = (userId: string) =>
    [...table.memberships.values()]
      .filter((membership) => membership.userId === userId)
      .sort((a, b) => a.projectId.localeCompare(b.projectId));

  return {
    async find(projectId, userId) {
      return table.projects.has(projectId) ? get(projectId, userId) : undefined;
    },
    findWithProject,
    async listByProject(projectId, page) {
      const members = [...table.memberships.values()]
        .filter((membership) => membership.projectId === projectId)
        .sort((a, b) => a.userId.localeCompare(b.userId));
      return pageOf(members, page.limit, page.cursor);
    },
    async listByUser(userId, page) {
      return pageOf(ofUser(userId), page.limit, page.cursor);
    },
    async listAllOfUser(userId) {
      return ofUser(userId).flatMap((membership) => {
        const project = table.projects.get(membership.projectId);
        return project ? [{ membership, project }] : [];
      });
    },
    async add(input, guard, options) {
      noReceipts(options);
      const created = membershipSchema.parse({ ...input, version: 1 });
      transact(
        table,
        [
          {
            fails: () => (get(input.projectId, input.userId) ? 'already_exists' : undefined),
            explain: () => new ConflictError('This user is already a member.', 'already_member'),
          },
          projectGuard(input.projectId, guard.ownerDelta),
          ...actorGuard(guard, input.userId),
        ],
        () => {
          table.memberships.set(membershipId(input.projectId, input.userId), created);
          moveOwners(input.projectId, guard.ownerDelta);
        },
      );
      return { created };
    },
    async recordedReplay(options) {
      noReceipts(options);
      return undefined;
    },
    async changeRole(current, role, guard) {
      const next = { ...current, role, version: current.version + 1 };
      lockedChange(current, guard, () =>
        table.memberships.set(membershipId(current.projectId, current.userId), next),
      );
      return next;
    },
    async remove(current, guard) {
      lockedChange(current, guard, () =>
        table.memberships.delete(membershipId(current.projectId, current.userId)),
      );
    },
  };
}

/** The project delete of the DynamoDB repository: the project, locked on its version if one is given, and the deleting owner's membership. */
export function memoryProjectDeletes(table: MemoryTable): Pick<ProjectRepository, 'deleteProject'> {
  return {
    async deleteProject(id, expectedVersion, owner) {
      const key = membershipId(id, owner.userId);
      transact(
        table,
        [
          {
            fails: () => {
              const project = table.projects.get(id);
              if (!project) return 'not_found';
              return expectedVersion === undefined || project.version === expectedVersion
                ? undefined
                : 'version_conflict';
            },
            explain: (code) =>
              code === 'version_conflict'
                ? new PreconditionFailedError()
                : new NotFoundError('The project does not exist.', 'project_not_found'),
          },
          {
            fails: () => (table.memberships.get(key)?.role === 'owner' ? undefined : 'condition_failed'),
            explain: () => new ForbiddenError('Only an owner may delete the project.', 'role_forbids'),
          },
        ],
        () => {
          table.projects.delete(id);
          table.memberships.delete(key);
        },
      );
    },
  };
}

/**
 * Tasks with the task repository's guards: the write is locked on the task's version, the actor
 * must still hold one of the roles, a new assignee must be a member — failing as the DynamoDB
 * repository fails (412 version, 404 task or project, 403 role, 422 assignee).
 */
export function memoryTaskRepository(table: MemoryTable): TaskRepository {
  function guard(projectId: string, guards: WriteGuards, lockedTask?: { id: string; version: number }) {
    writeHooks.get(table)?.();
    if (lockedTask) {
      const stored = table.tasks.get(lockedTask.id);
      if (!stored) throw new NotFoundError('The task does not exist.', 'task_not_found');
      if (stored.version !== lockedTask.version) throw new PreconditionFailedError();
    }
    const actor = table.memberships.get(membershipId(projectId, guards.actor.userId));
    if (!actor) throw new NotFoundError('The project does not exist.', 'project_not_found');
    if (!guards.actor.roles.includes(actor.role)) {
      throw new ForbiddenError('Your role does not allow this change.', 'role_forbids');
    }
    const { assigneeId } = guards;
    if (
      assigneeId !== undefined &&
      assigneeId !== guards.actor.userId &&
      !table.memberships.has(membershipId(projectId, assigneeId))
    ) {
      throw new ValidationError([{ field: 'assigneeId', message: 'is not a member of this project' }]);
    }
  }

  return {
    async readWithMembership(projectId, taskId, userId) {
      const project = table.projects.get(projectId);
      const task = table.tasks.get(taskId);
      return {
        membership: project ? table.memberships.get(membershipId(projectId, userId)) : undefined,
        task: task?.projectId === projectId ? task : undefined,
        purgesSubtrees: (project?.subtreePurges ?? 0) > 0,
      };
    },
    async create(input, guards, options) {
      noReceipts(options);
      if (table.tasks.has(input.id)) throw new ConcurrentChangeError();
      const stored = taskSchema.parse({ ...input, version: 1 });
      guard(stored.projectId, guards);
      table.tasks.set(stored.id, stored);
      return { created: stored };
    },
    async update(current, next, guards) {
      const stored = taskSchema.parse({
        ...next,
        version: current.version + 1,
        updatedAt: table.clock.now().toISOString(),
      });
      guard(current.projectId, guards, current);
      table.tasks.set(stored.id, stored);
      return stored;
    },
    async remove(task, expectedVersion, guards) {
      guard(task.projectId, { actor: guards.actor }, { id: task.id, version: expectedVersion });
      table.tasks.delete(task.id);
    },
    async list(projectId, spec: TaskListSpec) {
      const byDue = spec.sort === 'dueDate' || spec.sort === '-dueDate';
      const matches = [...table.tasks.values()].filter(
        (task) =>
          task.projectId === projectId &&
          (spec.status === undefined || task.status === spec.status) &&
          (spec.assigneeId === undefined || task.assigneeId === spec.assigneeId) &&
          (spec.label === undefined || task.labels.includes(spec.label)) &&
          (spec.dueAfter === undefined || (task.dueDate !== undefined && task.dueDate >= spec.dueAfter)) &&
          (spec.dueBefore === undefined || (task.dueDate !== undefined && task.dueDate <= spec.dueBefore)) &&
          (!byDue ||
            task.dueDate !== undefined ||
            (spec.dueAfter === undefined && spec.dueBefore === undefined)),
      );
      const key = (task: Task) => (byDue ? `${task.dueDate ?? '~'}#${task.id}` : task.id);
      matches.sort((a, b) => key(a).localeCompare(key(b)));
      if (spec.sort.startsWith('-')) matches.reverse();
      return pageOf(matches, spec.limit, spec.cursor);
    },
  };
}

export function memoryTaskLookup(table: MemoryTable): TaskLookup {
  return { byId: async (taskId) => table.tasks.get(taskId) };
}

/** Dependencies in memory: reads only (dependencies are tested on DynamoDB Local). */
export function memoryTaskDependencies(table: MemoryTable): TaskDependencies {
  return {
    guard: async () => undefined,
    tasks: async (projectId, ids) =>
      ids.flatMap((id) => {
        const task = table.tasks.get(id);
        return task?.projectId === projectId ? [task] : [];
      }),
    write: async () => {
      throw new Error('dependency writes are not kept in memory');
    },
    detach: async () => undefined,
  };
}

/**
 * Subtasks in memory: parents and children read from the task map. It keeps no counters (the
 * memory task repository ignores structure writes): subtask counts are tested on DynamoDB Local.
 */
export function memoryTaskTree(table: MemoryTable): TaskTree {
  const childrenOf = (parentId: string) =>
    [...table.tasks.values()]
      .filter((task) => task.parentTaskId === parentId)
      .sort((a, b) => a.id.localeCompare(b.id));
  async function purgeSubtree(taskId: string): Promise<number> {
    let removed = 0;
    for (const child of childrenOf(taskId)) {
      table.tasks.delete(child.id);
      removed += 1 + (await purgeSubtree(child.id));
    }
    return removed;
  }
  return {
    children: async (parentId) => childrenOf(parentId),
    subtasks: async (parentId, spec) => pageOf(childrenOf(parentId), spec.limit, spec.cursor),
    find: async (projectId, taskId) => {
      const task = table.tasks.get(taskId);
      return task?.projectId === projectId ? task : undefined;
    },
    descendants: async () => [],
    height: async () => 0,
    visible: async (tasks, purging) =>
      tasks.filter((task) => {
        if (!purging(task.projectId)) return true;
        let parentId = task.parentTaskId;
        while (parentId !== undefined) {
          const parent = table.tasks.get(parentId);
          if (!parent) return false;
          parentId = parent.parentTaskId;
        }
        return true;
      }),
    finishPurge: async () => false,
    afterDeleted: async () => undefined,
    purgeSubtree,
  };
}

/**
 * The cross-project views. `statusShard` pages like a DynamoDB Query with a Limit: a page that
 * fills `limit` always carries a cursor, even when nothing follows it.
 */
export function memoryTaskViews(table: MemoryTable): TaskViews {
  return {
    async assignedTo(userId, spec) {
      const assigned = [...table.tasks.values()]
        .filter((task) => task.assigneeId === userId && (!spec.status || task.status === spec.status))
        .sort((a, b) =>
          `${a.status}#${a.dueDate ?? '~'}#${a.id}`.localeCompare(`${b.status}#${b.dueDate ?? '~'}#${b.id}`),
        );
      return pageOf(assigned, spec.limit, spec.cursor);
    },
    async membershipsOf(userId, projectIds) {
      const found = new Map<string, LiveProject>();
      for (const projectId of new Set(projectIds)) {
        const membership = table.memberships.get(membershipId(projectId, userId));
        const project = table.projects.get(projectId);
        if (membership && project) {
          found.set(projectId, { membership, purgesSubtrees: (project.subtreePurges ?? 0) > 0 });
        }
      }
      return found;
    },
    async existingProjects(projectIds) {
      return new Set(projectIds.filter((id) => table.projects.has(id)));
    },
    async statusShard(status, shard, spec) {
      const sortKey = (task: Task) => `${task.createdAt}#${task.id}`;
      const inShard = [...table.tasks.values()]
        .filter((task) => task.status === status && statusShard(task.id) === shard)
        .filter((task) => spec.after === undefined || sortKey(task) > spec.after)
        .sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
      const items = inShard.slice(0, spec.limit);
      const filled = items.length === spec.limit;
      return {
        items,
        nextCursor: filled ? `after:${items.length}` : null,
      };
    },
  };
}

/** Every task of a project in creation order (ULIDs sort by time), as the export reads them. */
export function memoryTaskExportReader(table: MemoryTable): TaskExportReader {
  return {
    async page(projectId, limit, cursor) {
      const tasks = [...table.tasks.values()]
        .filter((task) => task.projectId === projectId)
        .sort((a, b) => a.id.localeCompare(b.id));
      const { items, nextCursor } = pageOf(tasks, limit, cursor);
      return { items, nextCursor };
    },
  };
}

/** Jobs with the repository's fence: a transition lands only on the version it read. */
export function memoryJobRepository(table: MemoryTable): JobRepository {
  return {
    async create(job, options) {
      noReceipts(options);
      const stored = jobSchema.parse({ ...job, version: 1 });
      table.jobs.set(stored.id, stored);
      return { created: stored };
    },
    async find(id) {
      return table.jobs.get(id);
    },
    async transition(job, changes: JobChanges) {
      writeHooks.get(table)?.();
      const stored = table.jobs.get(job.id);
      if (!stored || stored.version !== job.version) return undefined;
      const next: Record<string, unknown> = { ...stored };
      // As in the job repository, `null` clears a field and `undefined` leaves it.
      for (const [field, value] of Object.entries(changes)) {
        if (value === null) delete next[field];
        else if (value !== undefined) next[field] = value;
      }
      const updated = jobSchema.parse({
        ...next,
        version: stored.version + 1,
        updatedAt: table.clock.now().toISOString(),
      });
      table.jobs.set(job.id, updated);
      return updated;
    },
  };
}

/**
 * A bucket in memory, as the object store and as the uploads. `failUploads` makes every upload fail with the given error after reading
 * its first part (a store that stops answering mid-file).
 */
export function memoryObjectStore(
  table: MemoryTable,
): ObjectStore & ObjectUploads & { failUploads(error?: Error): void } {
  let uploadFailure: Error | undefined;
  const url = (key: string) => `memory://bucket/${encodeURIComponent(key)}`;
  const expiresAt = (seconds: number) => new Date(table.clock.now().getTime() + seconds * 1000).toISOString();
  return {
    failUploads(error) {
      uploadFailure = error;
    },
    async presignUpload(key, contentType, _size, expiresInSeconds) {
      return {
        url: url(key),
        method: 'PUT',
        headers: { 'Content-Type': contentType },
        expiresAt: expiresAt(expiresInSeconds),
      };
    },
    async presignDownload(key, _filename, expiresInSeconds) {
      return { url: url(key), expiresAt: expiresAt(expiresInSeconds) };
    },
    async head(key) {
      const object = table.objects.get(key);
      return object ? { size: Buffer.byteLength(object.body), contentType: object.contentType } : undefined;
    },
    async getText(key) {
      return table.objects.get(key)?.body;
    },
    async put(key, body, contentType) {
      table.objects.set(key, {
        body: typeof body === 'string' ? body : Buffer.from(body).toString(),
        contentType,
      });
    },
    async upload(key, parts, contentType, options = {}) {
      let body = '';
      for await (const part of parts) {
        if (uploadFailure) throw uploadFailure;
        if (options.signal?.aborted) throw options.signal.reason;
        body += typeof part === 'string' ? part : Buffer.from(part).toString();
      }
      table.objects.set(key, { body, contentType });
    },
    async deleteMany(keys) {
      for (const key of keys) table.objects.delete(key);
    },
    async delete(key) {
      table.objects.delete(key);
    },
  };
}
