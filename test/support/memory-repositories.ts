import { statusShard } from '#data/dynamodb/table';
import type { Activity } from '#data/entities/activity';
import type { Attachment } from '#data/entities/attachment';
import type { Change } from '#data/entities/change';
import { type Comment, commentSchema } from '#data/entities/comment';
import type { DependencyGuard } from '#data/entities/dependency-guard';
import { type Job, jobSchema } from '#data/entities/job';
import { type Membership, membershipSchema } from '#data/entities/membership';
import { type NewProject, type Project, projectSchema } from '#data/entities/project';
import type { SubtreePurge } from '#data/entities/subtree-purge';
import { type NewTask, type Task, taskSchema } from '#data/entities/task';
import { type Webhook, webhookSchema } from '#data/entities/webhook';
import {
  type WebhookDelivery,
  type WebhookDue,
  webhookDeliverySchema,
} from '#data/entities/webhook-delivery';
import {
  type CancellationCode,
  type TransactFailure,
  TransactionCancelledError,
  type WriteConflictCode,
  WriteConflictError,
} from '#data/mapper/errors';
import type { Page } from '#data/mapper/query-ops';
import { clearsOf } from '#data/mapper/update-builder';
import type { ActivityRepository } from '#data/repositories/activity-repository';
import {
  type AttachmentRepository,
  explainAttachmentConflict,
} from '#data/repositories/attachment-repository';
import {
  type CommentRepository,
  explainCommentConflict,
  explainCommentCreate,
  explainCommentRemove,
} from '#data/repositories/comment-repository';
import {
  IDEMPOTENCY_RETENTION_SECONDS,
  type IdempotencyRecords,
  replayFrom,
} from '#data/repositories/idempotency-repository';
import type { JobChanges, JobRepository } from '#data/repositories/job-repository';
import { liveMembership, purgesSubtrees } from '#data/repositories/live-membership';
import {
  explainMemberAdd,
  type MembershipRepository,
  type MembershipWriteGuard,
} from '#data/repositories/membership-repository';
import {
  explainProjectDelete,
  explainProjectUpdate,
  type ProjectRepository,
} from '#data/repositories/project-repository';
import { type TaskDependencies, withoutDependency } from '#data/repositories/tasks/task-dependencies';
import type { TaskExportReader } from '#data/repositories/tasks/task-export-reader';
import type { TaskLookup } from '#data/repositories/tasks/task-lookup';
import type {
  StructureWrites,
  TaskListSpec,
  TaskRepository,
  WriteGuards,
} from '#data/repositories/tasks/task-repository';
import type { TaskPosition, TaskTree } from '#data/repositories/tasks/task-tree';
import type { LiveProject, TaskViews } from '#data/repositories/tasks/task-views';
import {
  explainTaskChange,
  explainTaskFailure,
  mergedCounters,
  type TaskWriteLabel,
} from '#data/repositories/tasks/task-writes';
import {
  DUE_SHARDS,
  shardOf,
  type WebhookDeliveryRepository,
} from '#data/repositories/webhook-delivery-repository';
import {
  explainWebhookCreate,
  explainWebhookRemove,
  explainWebhookUpdate,
  type WebhookRepository,
} from '#data/repositories/webhook-repository';
import {
  type ExplainConflict,
  type ExplainFailure,
  explainCancellation,
  explainConflict,
  orStateMoved,
  stateMoved,
} from '#data/repositories/write-failures';
import type { ObjectStore } from '#data/s3/object-store';
import type { ObjectUploads } from '#data/s3/object-uploads';
import { createProjectIndex } from '#data/search/project-index';
import { rankHits, type SearchIndex } from '#data/search/search-index';
import type { AuthUser } from '#domain/auth';
import {
  type Created,
  type CreateOptions,
  made,
  receiptOf,
  type StoredResponse,
  withoutKey,
} from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import { LIMITS } from '#domain/vocabulary';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import { createProjectAccess, type ProjectAccess } from '#services/project-access';
import { taskDraft } from './fixtures.ts';

/** A signed-in caller as services see one. */
export function caller(sub: string): AuthUser {
  return { sub, username: sub, email: `${sub}@example.test`, groups: [] };
}

/**
 * The repositories the services take, over plain maps: the same interfaces as the DynamoDB
 * ones (the compiler checks them against `ReturnType<typeof create…Repository>`), the same
 * version locks, transaction guards and idempotency records. They do not copy src's rules:
 * a failed write is a labelled cancellation explained by the repository's own explainer
 * (write-failures.ts), access reads go through `liveMembership`, replays through `replayFrom`.
 * The contract suite (test/contracts) runs the same specs against these and against DynamoDB
 * Local. Reads are strongly consistent (the real ones the services rely on are too).
 */
export interface MemoryTable {
  projects: Map<string, Project>;
  /** By `projectId/userId`. */
  memberships: Map<string, Membership>;
  tasks: Map<string, Task>;
  comments: Map<string, Comment>;
  attachments: Map<string, Attachment>;
  jobs: Map<string, Job>;
  /** Activity entries and change-feed entries, by `projectId|sortKey`. */
  activity: Map<string, Activity>;
  changes: Map<string, Change>;
  /** The dependency guard of each project, by project id. */
  dependencyGuards: Map<string, DependencyGuard>;
  /** The `#PURGE` marks of deleted tasks whose subtree is left to the stream worker, by task id. */
  subtreePurges: Map<string, SubtreePurge>;
  /** Idempotency records by `scope/key`. */
  records: Map<string, { requestHash: string; response: StoredResponse; ttl: number }>;
  objects: Map<string, { body: string; contentType: string }>;
  /** Webhook endpoints by `projectId/id`, their deliveries by `webhookId/id`. */
  webhooks: Map<string, Webhook>;
  deliveries: Map<string, WebhookDelivery>;
  /** The due queue: one item per pending delivery, by `shard|dueAt#deliveryId` (its table key). */
  deliveriesDue: Map<string, WebhookDue>;
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
    comments: new Map<string, Comment>(),
    attachments: new Map<string, Attachment>(),
    jobs: new Map<string, Job>(),
    activity: new Map<string, Activity>(),
    changes: new Map<string, Change>(),
    dependencyGuards: new Map<string, DependencyGuard>(),
    subtreePurges: new Map<string, SubtreePurge>(),
    records: new Map<string, { requestHash: string; response: StoredResponse; ttl: number }>(),
    objects: new Map<string, { body: string; contentType: string }>(),
    webhooks: new Map<string, Webhook>(),
    deliveries: new Map<string, WebhookDelivery>(),
    deliveriesDue: new Map<string, WebhookDue>(),
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

/**
 * Creates a task in `projectId` through the memory repository, as its creator (`mia` unless
 * `fields` names another) with a creating role: a low-priority "T" to do, at the table's time.
 */
export async function createTask(
  table: MemoryTable,
  projectId: string,
  fields: Partial<NewTask> = {},
  structure?: StructureWrites,
): Promise<Task> {
  const draft = taskDraft(projectId, table.clock.now().toISOString(), fields);
  const actor = { userId: draft.createdBy, roles: rolesAllowedTo('task:create') };
  return made(await memoryTaskRepository(table).create(draft, { actor }, withoutKey(), structure));
}

/** Stores a membership (version 1) without any guard: a change made by someone else. */
export function putMember(table: MemoryTable, projectId: string, userId: string, role: Membership['role']) {
  const addedAt = table.clock.now().toISOString();
  table.memberships.set(
    membershipId(projectId, userId),
    membershipSchema.parse({ projectId, userId, role, addedAt, version: 1 }),
  );
}

/** One item of a write transaction: its label, and why its condition fails now (undefined: it holds). */
interface Check<L extends string> {
  label: L;
  fails: () => CancellationCode | undefined;
}

/**
 * Checks every item like DynamoDB does (all conditions, then all or nothing) and, when one
 * fails, throws what the DynamoDB repository throws: its cancellation, explained by the
 * repository's own explainer.
 */
function transact<L extends string>(
  table: MemoryTable,
  checks: readonly Check<L>[],
  explain: ExplainFailure<L>,
  apply: () => void,
): void {
  writeHooks.get(table)?.();
  const failures = failuresOf(checks);
  if (failures.length > 0) throw explainCancellation(new TransactionCancelledError(failures), explain);
  apply();
}

function failuresOf<L extends string>(checks: readonly Check<L>[]): TransactFailure<L>[] {
  return checks.flatMap(({ label, fails }, index) => {
    const code = fails();
    if (!code) return [];
    const key = { pk: 'memory', sk: `${label}#${index}` };
    return [{ label, index, entity: 'memory', key, code, awsCode: 'ConditionalCheckFailed' }];
  });
}

/** A single conditional write: fails as the engine's WriteConflictError, explained by the repository. */
function write<T>(
  table: MemoryTable,
  fails: WriteConflictCode | undefined,
  explain: ExplainConflict | undefined,
  apply: () => T,
): T {
  writeHooks.get(table)?.();
  if (fails)
    throw explainConflict(
      new WriteConflictError(fails, 'memory', { pk: 'memory', sk: 'write' }, fails),
      explain,
    );
  return apply();
}

const recordKey = (scope: string, key: string) => `${scope}/${key}`;

/** The options' record while it lives (an expired record counts as absent, as on the table). */
function liveRecord(table: MemoryTable, options: CreateOptions<never> | CreateOptions<unknown>) {
  const receipt = receiptOf(options as CreateOptions<unknown>);
  if (!receipt) return undefined;
  const record = table.records.get(recordKey(receipt.scope, receipt.key));
  return record && record.ttl > epochSeconds(table.clock.now()) ? record : undefined;
}

/**
 * A create's transaction with the options' idempotency record (transactCreate): a key that
 * holds a record answers from it (`replayFrom`) whatever else would fail; otherwise the
 * checks run, and the record commits with the create.
 */
function transactCreate<L extends string, T>(
  table: MemoryTable,
  checks: readonly Check<L>[],
  options: CreateOptions<T>,
  created: T,
  explain: ExplainFailure<L>,
  apply: () => void,
): Created<T> {
  const receipt = receiptOf(options);
  const record = liveRecord(table, options);
  if (receipt && record) {
    writeHooks.get(table)?.();
    return replayFrom(
      { ...record, callerSub: receipt.scope, key: receipt.key, createdAt: '' },
      receipt.requestHash,
    );
  }
  transact(table, checks, explain, () => {
    apply();
    if (receipt)
      storeRecord(table, receipt.scope, receipt.key, receipt.requestHash, receipt.respond(created));
  });
  return { created };
}

function storeRecord(
  table: MemoryTable,
  scope: string,
  key: string,
  requestHash: string,
  response: StoredResponse,
) {
  const ttl = epochSeconds(table.clock.now()) + IDEMPOTENCY_RETENTION_SECONDS;
  table.records.set(recordKey(scope, key), { requestHash, response, ttl });
}

/** The recorded answer under the options' key, if any (recordedReplay). */
function recordedReplay<T>(table: MemoryTable, options: CreateOptions<T>): Created<never> | undefined {
  const receipt = receiptOf(options);
  const record = liveRecord(table, options);
  if (!receipt || !record) return undefined;
  return replayFrom(
    { ...record, callerSub: receipt.scope, key: receipt.key, createdAt: '' },
    receipt.requestHash,
  );
}

/** Idempotency records of work that is not one create (a bulk request). */
export function memoryIdempotencyRecords(table: MemoryTable): IdempotencyRecords {
  return {
    recordedReplay: async (options) => recordedReplay(table, options),
    async recordOutcome(options, outcome) {
      const receipt = receiptOf(options);
      if (!receipt) return { created: outcome };
      return transactCreate(
        table,
        [],
        options,
        outcome,
        () => undefined,
        () => undefined,
      );
    },
  };
}

/** Orders sort keys as DynamoDB does: by code unit (bytes), not by locale (`~` sorts after digits). */
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

/** Whether a stored item with this `ttl` is gone for readers (the engine hides expired items). */
const expired = (table: MemoryTable, item: { ttl?: number | undefined }) =>
  item.ttl !== undefined && item.ttl <= epochSeconds(table.clock.now());

/** A lock on an item's version: `not_found` when it is gone, `version_conflict` when it moved. */
function lockedOn(stored: { version: number } | undefined, version: number): CancellationCode | undefined {
  if (!stored) return 'not_found';
  return stored.version === version ? undefined : 'version_conflict';
}

export function memoryMembershipRepository(table: MemoryTable): MembershipRepository {
  const get = (projectId: string, userId: string) => table.memberships.get(membershipId(projectId, userId));
  type Label = Parameters<typeof explainMemberAdd>[0]['label'];

  function projectGuard(projectId: string, delta: MembershipWriteGuard['ownerDelta']): Check<Label> {
    return {
      label: 'project',
      fails: () => {
        const project = table.projects.get(projectId);
        if (!project) return 'not_found';
        return delta < 0 && project.ownerCount <= 1 ? 'condition_failed' : undefined;
      },
    };
  }

  function actorGuard(guard: MembershipWriteGuard, target: string): Check<Label>[] {
    const { actor } = guard;
    if (!actor || actor.userId === target) return [];
    return [{ label: 'actor', fails: () => lockedOn(get(actor.projectId, actor.userId), actor.version) }];
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
        { label: 'member', fails: () => lockedOn(get(current.projectId, current.userId), current.version) },
        projectGuard(current.projectId, guard.ownerDelta),
        ...actorGuard(guard, current.userId),
      ],
      () => undefined,
      () => {
        change();
        moveOwners(current.projectId, guard.ownerDelta);
      },
    );
  }

  async function findWithProject(projectId: string, userId: string, otherUserId?: string) {
    const project = table.projects.get(projectId);
    const membership = liveMembership(get(projectId, userId), project);
    const other =
      otherUserId === undefined ? undefined : liveMembership(get(projectId, otherUserId), project);
    return {
      ...(membership ? { membership } : {}),
      ...(project ? { project } : {}),
      ...(other ? { other } : {}),
    };
  }

  const ofUser = (userId: string) =>
    [...table.memberships.values()]
      .filter((membership) => membership.userId === userId)
      .sort((a, b) => byKey(a.projectId, b.projectId));

  return {
    async find(projectId, userId) {
      return (await findWithProject(projectId, userId)).membership;
    },
    findWithProject,
    async listByProject(projectId, page) {
      const members = [...table.memberships.values()]
        .filter((membership) => membership.projectId === projectId)
        .sort((a, b) => byKey(a.userId, b.userId));
      return pageOf(members, page.limit, page.cursor);
    },
    async listByUser(userId, page) {
      return pageOf(ofUser(userId), page.limit, page.cursor);
    },
    async listAllOfUser(userId) {
      return ofUser(userId).flatMap((found) => {
        const project = table.projects.get(found.projectId);
        const membership = liveMembership(found, project);
        return membership && project ? [{ membership, project }] : [];
      });
    },
    async add(input, guard, options) {
      const created = membershipSchema.parse({
        ...input,
        ...(guard.actor ? { updatedBy: guard.actor.userId } : {}),
        version: 1,
      });
      return orStateMoved(
        (async () =>
          transactCreate(
            table,
            [
              {
                label: 'member',
                fails: () => (get(input.projectId, input.userId) ? 'already_exists' : undefined),
              },
              projectGuard(input.projectId, guard.ownerDelta),
              ...actorGuard(guard, input.userId),
            ],
            options,
            created,
            explainMemberAdd,
            () => {
              table.memberships.set(membershipId(input.projectId, input.userId), created);
              moveOwners(input.projectId, guard.ownerDelta);
            },
          ))(),
      );
    },
    async recordedReplay(options) {
      return recordedReplay(table, options);
    },
    async changeRole(current, role, guard) {
      const next = {
        ...current,
        role,
        updatedBy: guard.actor?.userId ?? current.userId,
        version: current.version + 1,
      };
      const done = await orStateMoved(
        (async () =>
          lockedChange(current, guard, () =>
            table.memberships.set(membershipId(current.projectId, current.userId), next),
          ))(),
      );
      return stateMoved(done) ? done : { ...current, role, version: current.version + 1 };
    },
    async remove(current, guard) {
      const done = await orStateMoved(
        (async () =>
          lockedChange(current, guard, () =>
            table.memberships.delete(membershipId(current.projectId, current.userId)),
          ))(),
      );
      return stateMoved(done) ? done : 'removed';
    },
  };
}

/** Projects: the `#META` item with its owner, my-projects, the delete and the purge. */
export function memoryProjectRepository(table: MemoryTable): ProjectRepository {
  const memberships = memoryMembershipRepository(table);

  function owned(project: NewProject, owner: Omit<Membership, 'version'>) {
    const stored = projectSchema.parse({ ...project, version: 1 });
    const membership = membershipSchema.parse({ ...owner, version: 1 });
    const checks: Check<'project' | 'owner'>[] = [
      { label: 'project', fails: () => (table.projects.has(project.id) ? 'already_exists' : undefined) },
      {
        label: 'owner',
        fails: () =>
          table.memberships.has(membershipId(owner.projectId, owner.userId)) ? 'already_exists' : undefined,
      },
    ];
    const apply = () => {
      table.projects.set(stored.id, stored);
      table.memberships.set(membershipId(membership.projectId, membership.userId), membership);
    };
    return { created: { project: stored, membership }, checks, apply };
  }

  return {
    async create(project, owner, options) {
      const { created, checks, apply } = owned(project, owner);
      return transactCreate(table, checks, options, created, () => undefined, apply);
    },
    async createUnlessExists(project, owner) {
      const { checks, apply } = owned(project, owner);
      try {
        transact(table, checks, () => undefined, apply);
        return 'created';
      } catch (error) {
        if (table.projects.has(project.id)) return 'existing';
        throw error;
      }
    },
    async update(id, changes, expectedVersion, actorId) {
      const stored = table.projects.get(id);
      const fails = !stored
        ? 'not_found'
        : expectedVersion !== undefined && stored.version !== expectedVersion
          ? 'version_conflict'
          : undefined;
      return write(table, fails, explainProjectUpdate, () => {
        const next: Record<string, unknown> = { ...stored };
        // `null` clears a field and `undefined` leaves it (clearsOf).
        for (const [field, value] of Object.entries(changes)) {
          if (value === null) delete next[field];
          else if (value !== undefined) next[field] = value;
        }
        const updated = projectSchema.parse({
          ...next,
          updatedBy: actorId,
          updatedAt: table.clock.now().toISOString(),
          version: (stored?.version ?? 0) + 1,
        });
        table.projects.set(id, updated);
        return updated;
      });
    },
    async listForUser(userId, page) {
      const listed = await memberships.listByUser(userId, page);
      const items = listed.items.flatMap(({ projectId }) => {
        const project = table.projects.get(projectId);
        const membership = liveMembership(table.memberships.get(membershipId(projectId, userId)), project);
        return project && membership ? [{ project, membership }] : [];
      });
      return { items, nextCursor: listed.nextCursor };
    },
    async deleteProject(id, expectedVersion, owner) {
      const key = membershipId(id, owner.userId);
      transact(
        table,
        [
          {
            label: 'project',
            fails: () => {
              const project = table.projects.get(id);
              if (!project) return 'not_found';
              return expectedVersion === undefined || project.version === expectedVersion
                ? undefined
                : 'version_conflict';
            },
          },
          {
            label: 'owner',
            fails: () => {
              const membership = table.memberships.get(key);
              if (!membership) return 'not_found';
              return membership.role === 'owner' ? undefined : 'condition_failed';
            },
          },
        ],
        explainProjectDelete,
        () => {
          table.projects.delete(id);
          table.memberships.delete(key);
        },
      );
    },
    async purge(id, hooks) {
      let deletedItems = 0;
      for (const [key, membership] of table.memberships) {
        if (membership.projectId !== id) continue;
        table.memberships.delete(key);
        deletedItems += 1;
      }
      let tasks = 0;
      for (const task of [...table.tasks.values()].filter((stored) => stored.projectId === id)) {
        const attachments = [...table.attachments.values()].filter((stored) => stored.taskId === task.id);
        if (attachments.length > 0) await hooks.purgeTaskFiles(task.id);
        for (const attachment of attachments) table.attachments.delete(attachment.id);
        for (const comment of [...table.comments.values()].filter((stored) => stored.taskId === task.id)) {
          table.comments.delete(comment.id);
          deletedItems += 1;
        }
        table.tasks.delete(task.id);
        deletedItems += 1 + attachments.length;
        tasks += 1;
      }
      return { tasks, deletedItems };
    },
  };
}

/** The project delete alone (what the member service takes). */
export function memoryProjectDeletes(table: MemoryTable): Pick<ProjectRepository, 'deleteProject'> {
  return memoryProjectRepository(table);
}

/** The membership checks of a task write (guardChecks): the actor's role, a new assignee's membership. */
function taskGuardChecks(
  table: MemoryTable,
  projectId: string,
  guards: WriteGuards,
): Check<TaskWriteLabel>[] {
  const membership = (userId: string) => table.memberships.get(membershipId(projectId, userId));
  const { actor, assigneeId } = guards;
  const checks: Check<TaskWriteLabel>[] = [
    {
      label: 'actor',
      fails: () => {
        const found = membership(actor.userId);
        if (!found) return 'not_found';
        return actor.roles.includes(found.role) ? undefined : 'condition_failed';
      },
    },
  ];
  if (assigneeId !== undefined && assigneeId !== actor.userId) {
    checks.push({ label: 'assignee', fails: () => (membership(assigneeId) ? undefined : 'not_found') });
  }
  return checks;
}

/**
 * Tasks with the task repository's labelled items: the write is locked on the task's version,
 * the actor must still hold one of the roles, a new assignee must be a member, a parent's
 * counters move with its copy shape checked, and a failure is what `explainTaskFailure` says.
 */
export function memoryTaskRepository(table: MemoryTable): TaskRepository {
  const membership = (projectId: string, userId: string) =>
    table.memberships.get(membershipId(projectId, userId));

  /**
   * The structure a write keeps (structureParts): counters, ancestors' links checked and their
   * `subtreeRevision` moved, the subtree deleted or its `#PURGE` mark with the project's count.
   */
  function structureOf(structure: StructureWrites | undefined) {
    const checks: Check<TaskWriteLabel>[] = [];
    const applies: Array<() => void> = [];
    const counted = new Set((structure?.counters ?? []).map((change) => change.task.id));
    const countedAncestors = (structure?.ancestors ?? []).filter(({ id }) => counted.has(id));
    const counters = mergedCounters([
      ...(structure?.counters ?? []),
      ...countedAncestors.map((task) => ({ task, role: 'parent' as const, deltas: { subtreeRevision: 1 } })),
    ]);
    for (const change of counters) {
      const deltas = Object.entries(change.deltas).filter(([, delta]) => delta !== 0);
      if (deltas.length === 0) continue;
      checks.push({
        label: change.role,
        fails: () => {
          const stored = table.tasks.get(change.task.id);
          if (!stored) return 'not_found';
          const sameShape =
            stored.assigneeId === change.task.assigneeId && stored.parentTaskId === change.task.parentTaskId;
          return sameShape ? undefined : 'condition_failed';
        },
      });
      applies.push(() => {
        const stored = table.tasks.get(change.task.id);
        if (!stored) return;
        const next: Record<string, unknown> = { ...stored, version: stored.version + 1 };
        for (const [field, delta] of deltas) next[field] = ((next[field] as number | undefined) ?? 0) + delta;
        table.tasks.set(stored.id, taskSchema.parse(next));
      });
    }
    for (const ancestor of (structure?.ancestors ?? []).filter(({ id }) => !counted.has(id))) {
      checks.push({
        label: 'ancestor',
        fails: () => {
          const stored = table.tasks.get(ancestor.id);
          if (!stored) return 'not_found';
          return stored.parentTaskId === ancestor.parentTaskId ? undefined : 'condition_failed';
        },
      });
      // Not part of the representation: the version stays.
      applies.push(() => {
        const stored = table.tasks.get(ancestor.id);
        if (stored) table.tasks.set(stored.id, { ...stored, subtreeRevision: stored.subtreeRevision + 1 });
      });
    }
    const purged = structure?.purgeLater;
    if (purged) {
      checks.push({
        label: 'subtree',
        fails: () => (table.projects.has(purged.projectId) ? undefined : 'not_found'),
      });
      applies.push(() => {
        table.subtreePurges.set(purged.id, {
          taskId: purged.id,
          projectId: purged.projectId,
          deletedAt: table.clock.now().toISOString(),
        });
        const project = table.projects.get(purged.projectId);
        if (project) table.projects.set(project.id, { ...project, subtreePurges: project.subtreePurges + 1 });
      });
    }
    for (const descendant of structure?.subtree ?? []) {
      checks.push({
        label: 'subtree',
        fails: () => lockedOn(table.tasks.get(descendant.id), descendant.version),
      });
      applies.push(() => removeTask(descendant.id));
    }
    return {
      checks,
      apply: () => {
        for (const apply of applies) apply();
      },
    };
  }

  function removeTask(taskId: string) {
    table.tasks.delete(taskId);
    for (const comment of [...table.comments.values()].filter((stored) => stored.taskId === taskId)) {
      table.comments.delete(comment.id);
    }
  }

  return {
    async readWithMembership(projectId, taskId, userId) {
      const task = table.tasks.get(taskId);
      const project = table.projects.get(projectId);
      return {
        membership: liveMembership(membership(projectId, userId), project),
        task: task?.projectId === projectId ? task : undefined,
        purgesSubtrees: purgesSubtrees(project),
      };
    },
    async create(input, guards, options, structure) {
      const stored = taskSchema.parse({ ...input, version: 1 });
      const kept = structureOf(structure);
      return transactCreate(
        table,
        [
          { label: 'task', fails: () => (table.tasks.has(stored.id) ? 'already_exists' : undefined) },
          ...taskGuardChecks(table, stored.projectId, guards),
          ...kept.checks,
        ],
        options,
        stored,
        explainTaskFailure,
        () => {
          table.tasks.set(stored.id, stored);
          kept.apply();
        },
      );
    },
    async update(current, next, guards, structure) {
      const stored: Task = taskSchema.parse({
        ...next,
        version: current.version + 1,
        updatedAt: table.clock.now().toISOString(),
      });
      const kept = structureOf(structure);
      const moved = structure?.moved;
      const done = await orStateMoved(
        (async () =>
          transact(
            table,
            [
              {
                label: 'task',
                fails: () => {
                  const found = table.tasks.get(current.id);
                  const locked = lockedOn(found, current.version);
                  if (locked || !moved) return locked;
                  // subtreeUnchanged: the levels below the moved task are as its depth check read them.
                  return found?.subtreeRevision === moved.subtreeRevision ? undefined : 'condition_failed';
                },
              },
              ...taskGuardChecks(table, stored.projectId, guards),
              ...kept.checks,
            ],
            explainTaskChange,
            () => {
              table.tasks.set(stored.id, stored);
              kept.apply();
            },
          ))(),
      );
      return stateMoved(done) ? done : stored;
    },
    async remove(task, expectedVersion, guards, structure) {
      const kept = structureOf(structure);
      const done = await orStateMoved(
        (async () =>
          transact(
            table,
            [
              { label: 'task', fails: () => lockedOn(table.tasks.get(task.id), expectedVersion) },
              ...taskGuardChecks(table, task.projectId, { actor: guards.actor }),
              ...kept.checks,
            ],
            explainTaskChange,
            () => {
              removeTask(task.id);
              kept.apply();
            },
          ))(),
      );
      return stateMoved(done) ? done : undefined;
    },
    async list(projectId, spec: TaskListSpec) {
      const byDue = spec.sort === 'dueDate' || spec.sort === '-dueDate';
      const matches = [...table.tasks.values()].filter(
        (task) =>
          task.projectId === projectId &&
          (spec.status === undefined || task.status === spec.status) &&
          (spec.assigneeId === undefined || task.assigneeId === spec.assigneeId) &&
          (spec.label === undefined || task.labels.includes(spec.label)) &&
          (!spec.topLevel || task.parentTaskId === undefined) &&
          (spec.topLevel || spec.parentTaskId === undefined || task.parentTaskId === spec.parentTaskId) &&
          (spec.dueAfter === undefined || (task.dueDate !== undefined && task.dueDate >= spec.dueAfter)) &&
          (spec.dueBefore === undefined || (task.dueDate !== undefined && task.dueDate <= spec.dueBefore)) &&
          (!byDue ||
            task.dueDate !== undefined ||
            (spec.dueAfter === undefined && spec.dueBefore === undefined)),
      );
      const key = (task: Task) => (byDue ? `${task.dueDate ?? '~'}#${task.id}` : task.id);
      matches.sort((a, b) => byKey(key(a), key(b)));
      if (spec.sort.startsWith('-')) matches.reverse();
      return pageOf(matches, spec.limit, spec.cursor);
    },
  };
}

/** Comments of a task, with the repository's checks: the task still there, the author still allowed. */
export function memoryCommentRepository(table: MemoryTable): CommentRepository {
  return {
    async list(taskId, spec) {
      const comments = [...table.comments.values()]
        .filter((comment) => comment.taskId === taskId)
        .sort((a, b) => byKey(a.id, b.id));
      return pageOf(comments, spec.limit, spec.cursor);
    },
    async find(taskId, commentId) {
      const comment = table.comments.get(commentId);
      return comment?.taskId === taskId ? comment : undefined;
    },
    async create(input, roles, options) {
      const created = commentSchema.parse({ ...input, version: 1 });
      return transactCreate(
        table,
        [
          { label: 'comment', fails: () => (table.comments.has(input.id) ? 'already_exists' : undefined) },
          { label: 'task', fails: () => (table.tasks.has(input.taskId) ? undefined : 'not_found') },
          {
            label: 'author',
            fails: () => {
              const author = table.memberships.get(membershipId(input.projectId, input.authorId));
              if (!author) return 'not_found';
              return roles.includes(author.role) ? undefined : 'condition_failed';
            },
          },
        ],
        options,
        created,
        explainCommentCreate,
        () => table.comments.set(created.id, created),
      );
    },
    async update(comment, body) {
      const stored = table.comments.get(comment.id);
      const fails = !stored
        ? 'not_found'
        : stored.authorId === comment.authorId
          ? undefined
          : 'condition_failed';
      return write(table, fails, explainCommentConflict, () => {
        const updated = commentSchema.parse({
          ...stored,
          body,
          updatedBy: comment.authorId,
          updatedAt: table.clock.now().toISOString(),
          version: (stored?.version ?? 0) + 1,
        });
        table.comments.set(updated.id, updated);
        return updated;
      });
    },
    async remove(comment) {
      transact(
        table,
        [{ label: 'comment', fails: () => (table.comments.has(comment.id) ? undefined : 'not_found') }],
        explainCommentRemove,
        () => table.comments.delete(comment.id),
      );
    },
  };
}

/**
 * A project's activity and change feed: entries keyed as on the table (`occurredAt#entryKey`,
 * `recordedAt#entryKey`), so a redelivered record finds its entry and writes nothing.
 */
export function memoryActivityRepository(table: MemoryTable): ActivityRepository {
  const activityKey = (entry: Activity) => `${entry.projectId}|${entry.occurredAt}#${entry.entryKey}`;
  const changeKey = (entry: Change) => `${entry.projectId}|${entry.recordedAt}#${entry.entryKey}`;
  const newestFirst = (entries: Activity[]) =>
    entries
      .filter((entry) => !expired(table, entry))
      .sort((a, b) => byKey(`${b.occurredAt}#${b.entryKey}`, `${a.occurredAt}#${a.entryKey}`));
  return {
    async record(activity, change) {
      writeHooks.get(table)?.();
      const failures = failuresOf<'activity' | 'change'>([
        {
          label: 'activity',
          fails: () => (table.activity.has(activityKey(activity)) ? 'already_exists' : undefined),
        },
        ...(change
          ? [
              {
                label: 'change' as const,
                fails: () => (table.changes.has(changeKey(change)) ? 'already_exists' : undefined),
              },
            ]
          : []),
      ]);
      if (failures.some(({ label, code }) => label === 'activity' && code === 'already_exists'))
        return 'duplicate';
      if (failures.length > 0) throw new TransactionCancelledError(failures);
      table.activity.set(activityKey(activity), activity);
      if (change) table.changes.set(changeKey(change), change);
      return 'recorded';
    },
    async listProject(projectId, spec) {
      const entries = [...table.activity.values()].filter(
        (entry) => entry.projectId === projectId && (!spec.action || entry.action === spec.action),
      );
      return pageOf(newestFirst(entries), spec.limit, spec.cursor);
    },
    async listTask(taskId, spec) {
      const entries = [...table.activity.values()].filter(
        (entry) => entry.taskId === taskId && (!spec.action || entry.action === spec.action),
      );
      return pageOf(newestFirst(entries), spec.limit, spec.cursor);
    },
    async listChanges(projectId, after, upTo, limit) {
      if (upTo <= after) return [];
      const position = (entry: Change) => `${entry.recordedAt}#${entry.entryKey}`;
      return [...table.changes.values()]
        .filter((entry) => entry.projectId === projectId && !expired(table, entry))
        .filter((entry) => position(entry) > after && position(entry) <= upTo)
        .sort((a, b) => byKey(position(a), position(b)))
        .slice(0, limit);
    },
  };
}

/** Attachment records of a task; a pending record past its TTL is gone for readers. */
export function memoryAttachmentRepository(table: MemoryTable): AttachmentRepository {
  const live = (taskId: string) =>
    [...table.attachments.values()]
      .filter((attachment) => attachment.taskId === taskId && !expired(table, attachment))
      .sort((a, b) => byKey(a.id, b.id));
  return {
    async create(attachment, options) {
      const created = { ...attachment, version: 1 } as Attachment;
      return transactCreate(
        table,
        [
          {
            label: 'created',
            fails: () => (table.attachments.has(attachment.id) ? 'already_exists' : undefined),
          },
        ],
        options,
        created,
        () => undefined,
        () => table.attachments.set(created.id, created),
      );
    },
    async find(taskId, id) {
      const found = table.attachments.get(id);
      return found?.taskId === taskId && !expired(table, found) ? found : undefined;
    },
    async list(taskId, page) {
      return pageOf(live(taskId), page.limit, page.cursor);
    },
    async markReady(attachment) {
      const stored = table.attachments.get(attachment.id);
      const fails = stored && !expired(table, stored) ? lockedOn(stored, attachment.version) : 'not_found';
      return orStateMoved(
        (async () =>
          write(table, fails as WriteConflictCode | undefined, explainAttachmentConflict, () => {
            const { ttl: _pendingTtl, ...rest } = stored as Attachment;
            const ready: Attachment = {
              ...rest,
              status: 'ready',
              updatedAt: table.clock.now().toISOString(),
              version: attachment.version + 1,
            };
            table.attachments.set(ready.id, ready);
            return ready;
          }))(),
      );
    },
    async removeAll(taskId) {
      const all = [...table.attachments.values()].filter((attachment) => attachment.taskId === taskId);
      for (const attachment of all) table.attachments.delete(attachment.id);
      return all.length;
    },
    async remove(attachment) {
      writeHooks.get(table)?.();
      table.attachments.delete(attachment.id);
    },
  };
}

export function memoryTaskLookup(table: MemoryTable): TaskLookup {
  return { byId: async (taskId) => table.tasks.get(taskId) };
}

/**
 * Dependencies with the repository's items: both tasks locked on their versions (`joined`), the
 * project's dependency guard locked on the version the cycle check read, the actor's role; the
 * clean-up after a delete re-reads each task and uses the repository's own `withoutDependency`.
 */
export function memoryTaskDependencies(table: MemoryTable): TaskDependencies {
  const tasks: TaskDependencies['tasks'] = async (projectId, ids) =>
    [...new Set(ids)].flatMap((id) => {
      const task = table.tasks.get(id);
      return task?.projectId === projectId ? [task] : [];
    });

  /** The task as a locked replace stores it: its version moved, `updatedAt` now. */
  const replaced = (current: Task, next: Task): Task =>
    taskSchema.parse({ ...next, version: current.version + 1, updatedAt: table.clock.now().toISOString() });

  return {
    guard: async (projectId) => table.dependencyGuards.get(projectId),
    tasks,
    async write(change, guards, guard) {
      const blocked = replaced(change.blocked.current, change.blocked.next);
      const blocker = replaced(change.blocker.current, change.blocker.next);
      const projectId = change.blocked.current.projectId;
      const now = table.clock.now().toISOString();
      const checks: Check<TaskWriteLabel>[] = [
        {
          label: 'joined',
          fails: () => lockedOn(table.tasks.get(blocked.id), change.blocked.current.version),
        },
        {
          label: 'joined',
          fails: () => lockedOn(table.tasks.get(blocker.id), change.blocker.current.version),
        },
      ];
      if (guard) {
        checks.push({
          label: 'dependencyGuard',
          fails: () => {
            const stored = table.dependencyGuards.get(projectId);
            if (!guard.current) return stored ? 'already_exists' : undefined;
            return lockedOn(stored, guard.current.version);
          },
        });
      }
      transact(table, [...checks, ...taskGuardChecks(table, projectId, guards)], explainTaskFailure, () => {
        table.tasks.set(blocked.id, blocked);
        table.tasks.set(blocker.id, blocker);
        if (!guard) return;
        const version = (guard.current?.version ?? 0) + 1;
        table.dependencyGuards.set(projectId, {
          projectId,
          createdAt: guard.current?.createdAt ?? now,
          updatedAt: now,
          version,
        });
      });
      return blocked;
    },
    async detach(deleted) {
      for (const otherId of new Set([...deleted.blockedBy, ...deleted.blocking])) {
        const [current] = await tasks(deleted.projectId, [otherId]);
        const next = current && withoutDependency(current, deleted);
        if (!current || !next) continue;
        transact(
          table,
          [{ label: 'joined', fails: () => lockedOn(table.tasks.get(current.id), current.version) }],
          explainTaskFailure,
          () => table.tasks.set(current.id, replaced(current, next)),
        );
      }
    },
  };
}

/**
 * Subtasks in memory: parents and children read from the task map (the memory task repository
 * moves the counters). Walks follow `subtaskCount` as the DynamoDB tree does, so a parent whose
 * count says none costs no read and is treated as a leaf. `visible` and `finishPurge` keep the
 * repository's rules for a subtree left to the stream worker (the `#PURGE` marks in
 * `subtreePurges`, the project's count).
 */
export function memoryTaskTree(table: MemoryTable): TaskTree {
  const childrenOf = (parentId: string) =>
    [...table.tasks.values()]
      .filter((task) => task.parentTaskId === parentId)
      .sort((a, b) => byKey(a.id, b.id));
  const withSubtasks = (level: Task[]) => level.filter((parent) => parent.subtaskCount > 0);
  function dropComments(taskId: string) {
    for (const comment of [...table.comments.values()].filter((stored) => stored.taskId === taskId)) {
      table.comments.delete(comment.id);
    }
  }
  async function purgeSubtree(
    taskId: string,
    onTaskDeleted?: (task: Task) => Promise<void>,
  ): Promise<number> {
    let removed = 0;
    for (const child of childrenOf(taskId)) {
      table.tasks.delete(child.id);
      dropComments(child.id);
      await onTaskDeleted?.(child);
      removed += 1 + (await purgeSubtree(child.id, onTaskDeleted));
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
    async descendants(task, max = Number.POSITIVE_INFINITY) {
      const found: Task[] = [];
      let level: Task[] = [task];
      for (let depth = 0; depth < LIMITS.subtaskDepth && level.length > 0; depth++) {
        const next: Task[] = [];
        for (const parent of withSubtasks(level)) {
          next.push(...childrenOf(parent.id));
          if (found.length + next.length > max) return [...found, ...next];
        }
        found.push(...next);
        level = next;
      }
      return found;
    },
    async height(task) {
      let level: Task[] = [task];
      let height = 0;
      while (withSubtasks(level).length > 0 && height <= LIMITS.subtaskDepth) {
        const next = withSubtasks(level).flatMap((parent) => childrenOf(parent.id));
        if (next.length === 0) break;
        height += 1;
        level = next;
      }
      return height;
    },
    async visible(tasks, purging) {
      // As the repository: a subtask is reachable while every task above it, in its project,
      // exists, read at most LIMITS.subtaskDepth levels up (a longer chain counts as cut).
      const reachable = (task: TaskPosition): boolean => {
        let current: TaskPosition | undefined = task;
        for (let level = 0; current && level <= LIMITS.subtaskDepth; level++) {
          if (!current.parentTaskId) return true;
          const parent = table.tasks.get(current.parentTaskId);
          current = parent?.projectId === current.projectId ? parent : undefined;
        }
        return false;
      };
      return tasks.filter((task) => !purging(task.projectId) || reachable(task));
    },
    async finishPurge(task) {
      // The mark's delete and the count's −1 in one write: a second run finds no mark.
      writeHooks.get(table)?.();
      if (!table.subtreePurges.delete(task.id)) return false;
      const project = table.projects.get(task.projectId);
      // A project deleted meanwhile (its own purge takes what is left): the mark alone.
      if (project && project.subtreePurges > 0) {
        table.projects.set(project.id, { ...project, subtreePurges: project.subtreePurges - 1 });
      }
      return true;
    },
    async afterDeleted(tasks, onTaskDeleted) {
      for (const task of tasks) {
        dropComments(task.id);
        await onTaskDeleted?.(task);
      }
    },
    purgeSubtree,
  };
}

/**
 * The query side of search over the task map: each project's index built by src's own
 * `createProjectIndex` (MiniSearch) from its tasks now, hits ranked by src's `rankHits`. It
 * knows nothing of access: the search service decides which projects are asked.
 */
export function memorySearchIndex(table: MemoryTable): SearchIndex {
  return {
    async search(request) {
      const hits = request.projectIds.flatMap((projectId) => {
        const tasks = [...table.tasks.values()].filter((task) => task.projectId === projectId);
        const found = createProjectIndex(projectId, { tasks }).search(request.query);
        return request.accept ? found.filter((hit) => request.accept?.(hit.task)) : found;
      });
      const ranked = rankHits(hits);
      const end = request.offset + request.limit;
      return { hits: ranked.slice(request.offset, end), more: ranked.length > end };
    },
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
          byKey(`${a.status}#${a.dueDate ?? '~'}#${a.id}`, `${b.status}#${b.dueDate ?? '~'}#${b.id}`),
        );
      return pageOf(assigned, spec.limit, spec.cursor);
    },
    async membershipsOf(userId, projectIds) {
      const found = new Map<string, LiveProject>();
      for (const projectId of new Set(projectIds)) {
        const membership = table.memberships.get(membershipId(projectId, userId));
        const project = table.projects.get(projectId);
        if (membership && project)
          found.set(projectId, { membership, purgesSubtrees: purgesSubtrees(project) });
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
        .sort((a, b) => byKey(sortKey(a), sortKey(b)));
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
        .sort((a, b) => byKey(a.id, b.id));
      const { items, nextCursor } = pageOf(tasks, limit, cursor);
      return { items, nextCursor };
    },
  };
}

/** Jobs with the repository's fence: a transition lands only on the version it read. */
export function memoryJobRepository(table: MemoryTable): JobRepository {
  return {
    async create(job, options) {
      const stored = jobSchema.parse({ ...job, version: 1 });
      return transactCreate(
        table,
        [{ label: 'created', fails: () => (table.jobs.has(stored.id) ? 'already_exists' : undefined) }],
        options,
        stored,
        () => undefined,
        () => table.jobs.set(stored.id, stored),
      );
    },
    async find(id) {
      const job = table.jobs.get(id);
      return job && !expired(table, job) ? job : undefined;
    },
    async transition(job, changes: JobChanges) {
      writeHooks.get(table)?.();
      const stored = table.jobs.get(job.id);
      if (!stored || expired(table, stored) || stored.version !== job.version) return undefined;
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

/**
 * A project's webhook endpoints, counted on the project item as on the table: a create past
 * `limit` or on a missing project is a cancelled `project` item, explained by the repository.
 */
export function memoryWebhookRepository(table: MemoryTable): WebhookRepository {
  const key = (projectId: string, id: string) => `${projectId}/${id}`;
  const recount = (projectId: string, by: number) => {
    const project = table.projects.get(projectId);
    if (project)
      table.projects.set(projectId, { ...project, webhookCount: (project.webhookCount ?? 0) + by });
  };
  return {
    async create(webhook, limit, options) {
      const stored = webhookSchema.parse({ ...webhook, version: 1 });
      return transactCreate(
        table,
        [
          {
            label: 'webhook' as const,
            fails: () =>
              table.webhooks.has(key(stored.projectId, stored.id)) ? 'already_exists' : undefined,
          },
          {
            label: 'project' as const,
            fails: () => {
              const project = table.projects.get(stored.projectId);
              if (!project) return 'not_found';
              return (project.webhookCount ?? 0) < limit ? undefined : 'condition_failed';
            },
          },
        ],
        options,
        stored,
        explainWebhookCreate(limit),
        () => {
          table.webhooks.set(key(stored.projectId, stored.id), stored);
          recount(stored.projectId, 1);
        },
      );
    },
    async find(projectId, id) {
      return table.webhooks.get(key(projectId, id));
    },
    async listByProject(projectId) {
      return [...table.webhooks.values()]
        .filter((webhook) => webhook.projectId === projectId)
        .sort((a, b) => byKey(a.id, b.id));
    },
    async update(projectId, id, changes, expectedVersion) {
      const stored = table.webhooks.get(key(projectId, id));
      const fails = !stored
        ? 'not_found'
        : expectedVersion !== undefined && stored.version !== expectedVersion
          ? 'version_conflict'
          : undefined;
      return write(table, fails, explainWebhookUpdate, () => {
        const { values, remove } = clearsOf<Webhook>(changes);
        const next: Record<string, unknown> = { ...stored, ...values };
        for (const field of remove) delete next[field];
        const updated = webhookSchema.parse({
          ...next,
          updatedAt: table.clock.now().toISOString(),
          version: (stored?.version ?? 0) + 1,
        });
        table.webhooks.set(key(projectId, id), updated);
        return updated;
      });
    },
    async remove(projectId, id) {
      transact(
        table,
        [
          {
            label: 'webhook' as const,
            fails: () => (table.webhooks.has(key(projectId, id)) ? undefined : 'not_found'),
          },
        ],
        explainWebhookRemove,
        () => {
          table.webhooks.delete(key(projectId, id));
          recount(projectId, -1);
        },
      );
    },
  };
}

/**
 * Webhook deliveries and the due queue: a pending delivery has exactly one due item, at its
 * `nextAttemptAt`, moved with it under the delivery's version lock (sharded by `shardOf`).
 */
export function memoryWebhookDeliveryRepository(table: MemoryTable): WebhookDeliveryRepository {
  const key = (webhookId: string, id: string) => `${webhookId}/${id}`;
  const dueKey = (deliveryId: string, dueAt: string) => `${shardOf(deliveryId)}|${dueAt}#${deliveryId}`;
  const putDue = (delivery: Pick<WebhookDelivery, 'id' | 'webhookId' | 'ttl'>, dueAt: string) =>
    table.deliveriesDue.set(dueKey(delivery.id, dueAt), {
      shard: shardOf(delivery.id),
      dueAt,
      deliveryId: delivery.id,
      webhookId: delivery.webhookId,
      ttl: delivery.ttl,
    });
  const live = (delivery: WebhookDelivery | undefined) =>
    delivery && !expired(table, delivery) ? delivery : undefined;
  return {
    async record(delivery) {
      writeHooks.get(table)?.();
      if (live(table.deliveries.get(key(delivery.webhookId, delivery.id)))) return 'existing';
      const stored = webhookDeliverySchema.parse({ ...delivery, version: 1 });
      table.deliveries.set(key(stored.webhookId, stored.id), stored);
      putDue(stored, delivery.nextAttemptAt);
      return 'created';
    },
    async find(webhookId, id) {
      return live(table.deliveries.get(key(webhookId, id)));
    },
    async list(webhookId, page) {
      const newestFirst = [...table.deliveries.values()]
        .filter((delivery) => delivery.webhookId === webhookId && !expired(table, delivery))
        .sort((a, b) => byKey(b.id, a.id));
      return pageOf(newestFirst, page.limit, page.cursor);
    },
    async due(now, limit) {
      const bound = `${now.toISOString()}#~`;
      const items = [...table.deliveriesDue.values()].filter(
        (due) => byKey(`${due.dueAt}#${due.deliveryId}`, bound) <= 0 && !expired(table, due),
      );
      return Array.from({ length: DUE_SHARDS }, (_, shard) =>
        items
          .filter((due) => due.shard === shard)
          .sort((a, b) => byKey(`${a.dueAt}#${a.deliveryId}`, `${b.dueAt}#${b.deliveryId}`))
          .slice(0, limit),
      )
        .flat()
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    },
    async progress(delivery, progress) {
      writeHooks.get(table)?.();
      const stored = table.deliveries.get(key(delivery.webhookId, delivery.id));
      if (!stored || stored.version !== delivery.version) return undefined;
      const { nextAttemptAt, ...rest } = progress;
      const moved = {
        ...delivery,
        ...rest,
        ...(nextAttemptAt ? { nextAttemptAt } : { nextAttemptAt: undefined }),
        version: delivery.version + 1,
      } as WebhookDelivery;
      const { nextAttemptAt: _dropped, ...settled } = moved;
      table.deliveries.set(
        key(delivery.webhookId, delivery.id),
        webhookDeliverySchema.parse({
          ...(nextAttemptAt ? moved : settled),
          updatedAt: table.clock.now().toISOString(),
        }),
      );
      const old = delivery.nextAttemptAt;
      if (old && old !== nextAttemptAt) table.deliveriesDue.delete(dueKey(delivery.id, old));
      if (nextAttemptAt && nextAttemptAt !== old) putDue(delivery, nextAttemptAt);
      return moved;
    },
    async dropDue(due) {
      table.deliveriesDue.delete(dueKey(due.deliveryId, due.dueAt));
    },
  };
}

/** The services' project gate over the doubles, wired as src/container.ts wires it over DynamoDB. */
export function memoryProjectAccess(table: MemoryTable): ProjectAccess {
  return createProjectAccess({ memberships: memoryMembershipRepository(table), tree: memoryTaskTree(table) });
}
