import { createHash } from 'node:crypto';
import { compileKey } from '#data/mapper/key-template';

/**
 * The single-table key design, in one place: physical attribute names, the one overloaded
 * GSI, every entity's key templates and the partition builders queries use.
 * `docs/access-patterns.md` lists each access pattern against these keys.
 *
 * Template syntax: `{field}` is a model field that must be present; `{field?}` renders
 * `~` when absent (`~` sorts after digits and letters, so undated tasks sort last).
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  gsi1: { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  ttlAttribute: 'ttl',
  /** Entity tag: a foreign item read where another entity was expected is a typed error. */
  entityTag: '_et',
} as const;

/** The admin "tasks by status" view is spread over this many partitions per status. */
export const STATUS_SHARDS = 8;

/** A stable shard in [0, STATUS_SHARDS) for a task id (the id's hash, so a ULID's time prefix doesn't skew it). */
export function statusShard(taskId: string): number {
  return createHash('sha1').update(taskId).digest().readUInt32BE(0) % STATUS_SHARDS;
}

/** Sort keys start with `#` for an entity's own record: `#` sorts before every `WORD#` prefix. */
export const META_SK = '#META';

/** Key templates per entity (pk/sk, and gsi1 where the entity is indexed). */
export const KEY_TEMPLATES = {
  project: { pk: 'PROJECT#{id}', sk: META_SK },
  membership: {
    pk: 'PROJECT#{projectId}',
    sk: 'MEMBER#{userId}',
    gsi1pk: 'USER#{userId}',
    gsi1sk: 'PROJECT#{projectId}',
  },
  task: {
    pk: 'PROJECT#{projectId}',
    sk: 'TASK#{id}',
    gsi1pk: 'PROJECT#{projectId}#DUE',
    gsi1sk: '{dueDate?}#{id}',
  },
  /** gsi1pk is `STATUS#<status>#<statusShard(id)>` (`partitions.statusShard`; see entities/task-ref.ts). */
  taskRef: { pk: 'TASK#{id}', sk: '#REF', gsi1sk: '{createdAt}#{id}' },
  taskAssignment: {
    pk: 'TASK#{id}',
    sk: '#ASSIGNEE',
    gsi1pk: 'ASSIGNEE#{assigneeId}',
    gsi1sk: '{status}#{dueDate?}#{id}',
  },
  /**
   * A copy of a subtask in its parent's partition, present only while the task has a parent:
   * the parent's direct children in one strongly consistent Query (and a parent's delete finds them).
   */
  subtaskLink: { pk: 'TASK#{parentTaskId}', sk: 'SUBTASK#{id}' },
  /** A project's dependency graph guard: every new dependency moves its version (serializes cycle checks). */
  dependencyGuard: { pk: 'PROJECT#{projectId}', sk: '#DEPENDENCIES' },
  /** Written with a recurring task's next occurrence, create-only: at most one next occurrence per task. */
  nextOccurrence: { pk: 'TASK#{taskId}', sk: '#NEXT' },
  /** Written with the delete of a task whose subtree is purged on the stream; deleted when the purge ends. */
  subtreePurge: { pk: 'TASK#{taskId}', sk: '#PURGE' },
  comment: { pk: 'TASK#{taskId}', sk: 'COMMENT#{id}' },
  attachment: { pk: 'TASK#{taskId}', sk: 'ATTACHMENT#{id}' },
  job: { pk: 'JOB#{id}', sk: META_SK },
  idempotency: { pk: 'IDEMPOTENCY#{callerSub}#{key}', sk: META_SK },
  revokedToken: { pk: 'REVOKED#{jti}', sk: META_SK },
  /** `scope` is `account` or `address`; `subject` a hash of the e-mail address or client address. */
  loginAttempts: { pk: 'ATTEMPTS#{scope}#{subject}', sk: META_SK },
  /**
   * One activity entry, in its project's history (newest first by `occurredAt`) and, for what
   * belongs to a task, in gsi1 under the task. `entryKey` is `<resource>.<resourceId>.v<version>`:
   * the same stream record always renders the same key, so a redelivery writes nothing new.
   */
  activity: {
    pk: 'PROJECT#{projectId}#ACTIVITY',
    sk: '{occurredAt}#{entryKey}',
    gsi1pk: 'TASK#{taskId}#ACTIVITY',
    gsi1sk: '{occurredAt}#{entryKey}',
  },
  /**
   * One change-feed entry, ordered by when the worker recorded it (`recordedAt`, taken just
   * before the write): a feed position never moves past an entry still being written.
   */
  change: { pk: 'PROJECT#{projectId}#CHANGES', sk: '{recordedAt}#{entryKey}' },
  /** Who deleted what: written in the delete's own transaction, read by the activity consumer. */
  deletion: { pk: 'PROJECT#{projectId}#DELETION', sk: '{resource}#{resourceId}#{resourceVersion}' },
  /** When the user last signed out everywhere (password change): older refresh tokens are refused. */
  accountSignOut: { pk: 'ACCOUNT#{sub}', sk: '#SIGNOUT' },
  /** A project's webhook endpoint, beside its members (an admin lists them in one query). */
  webhook: { pk: 'PROJECT#{projectId}', sk: 'WEBHOOK#{id}' },
  /**
   * One event sent to one endpoint. `id` is a ULID whose time is the event's and whose rest is
   * derived from the event and the endpoint, so a redelivered stream record makes the same id
   * (a conditional create makes nothing twice) and the log lists newest first.
   */
  webhookDelivery: { pk: 'WEBHOOK#{webhookId}', sk: 'DELIVERY#{id}' },
  /**
   * A delivery waiting for its next attempt, ordered by when it is due, spread over a few
   * partitions by delivery id (the local delivery worker polls them; on AWS the queue carries it).
   */
  webhookDue: { pk: 'WEBHOOK_DUE#{shard}', sk: '{dueAt}#{deliveryId}' },
  /** Where a project's search index blob is and its generation (docs/decisions/0007). */
  searchIndex: { pk: 'SEARCH#{projectId}', sk: META_SK },
} as const;

/** `STATUS#<status>#<shard>`: the taskRef's gsi1pk (its shard is computed, see entities/task-ref.ts). */
const STATUS_SHARD_PK = 'STATUS#{status}#{shard}';

/** A renderer for one template, compiled once (partition values are on every query's path). */
function renderer(source: string): (values: Record<string, string | number>) => string {
  const key = compileKey(source);
  return (values) => {
    const rendered = key.render(values);
    if (rendered === undefined) throw new Error(`key ${source}: missing ${key.fields.join(', ')}`);
    return rendered;
  };
}

/** The constant text a template starts with, before its first field: a range's `begins_with`. */
function prefixOf(source: string): string {
  const brace = source.indexOf('{');
  return brace === -1 ? source : source.slice(0, brace);
}

/**
 * The fields of a stored key, read back through the template that wrote it
 * (`parseKey(KEY_TEMPLATES.job.pk, 'JOB#01J…')` → `{ id: '01J…' }`); undefined when the key
 * was not written by this template. Fields are separated by the template's own text, so a
 * field value must not contain the text that follows it (ids and tags never contain `#`).
 */
export function parseKey(source: string, key: string): Record<string, string> | undefined {
  let pattern = parsers.get(source);
  if (!pattern) {
    pattern = keyPattern(source);
    parsers.set(source, pattern);
  }
  const match = pattern.exec(key);
  return match?.groups ? { ...match.groups } : undefined;
}

const parsers = new Map<string, RegExp>();

function keyPattern(source: string): RegExp {
  return new RegExp(
    `^${source
      .split(/(\{\w+\??\})/)
      .map((part) => {
        const field = /^\{(\w+)(\?)?\}$/.exec(part);
        return field ? `(?<${field[1]}>[^#]+)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('')}$`,
  );
}

/** Sort-key prefixes for range conditions, from the templates. */
export const SK_PREFIX = {
  member: prefixOf(KEY_TEMPLATES.membership.sk),
  task: prefixOf(KEY_TEMPLATES.task.sk),
  comment: prefixOf(KEY_TEMPLATES.comment.sk),
  subtask: prefixOf(KEY_TEMPLATES.subtaskLink.sk),
  attachment: prefixOf(KEY_TEMPLATES.attachment.sk),
  webhook: prefixOf(KEY_TEMPLATES.webhook.sk),
  webhookDelivery: prefixOf(KEY_TEMPLATES.webhookDelivery.sk),
  /** gsi1: a user's memberships, one per project. */
  userProject: prefixOf(KEY_TEMPLATES.membership.gsi1sk),
} as const;

const activityPk = renderer(KEY_TEMPLATES.activity.pk);
const taskActivityPk = renderer(KEY_TEMPLATES.activity.gsi1pk);
const changesPk = renderer(KEY_TEMPLATES.change.pk);
const projectPk = renderer(KEY_TEMPLATES.project.pk);
const taskPk = renderer(KEY_TEMPLATES.taskRef.pk);
const userProjectsPk = renderer(KEY_TEMPLATES.membership.gsi1pk);
const tasksByDuePk = renderer(KEY_TEMPLATES.task.gsi1pk);
const statusShardPk = renderer(STATUS_SHARD_PK);
const assigneePk = renderer(KEY_TEMPLATES.taskAssignment.gsi1pk);
const webhookPk = renderer(KEY_TEMPLATES.webhookDelivery.pk);
const webhookDuePk = renderer(KEY_TEMPLATES.webhookDue.pk);

/** Partition values for queries, rendered from the templates the items are written with. */
export const partitions = {
  project: (projectId: string) => projectPk({ id: projectId }),
  task: (taskId: string) => taskPk({ id: taskId }),
  /** gsi1: a user's memberships ("my projects"). */
  userProjects: (userId: string) => userProjectsPk({ userId }),
  /** gsi1: a project's tasks ordered by due date (undated last). */
  projectTasksByDue: (projectId: string) => tasksByDuePk({ projectId }),
  /** gsi1: one shard of the admin view of tasks in a status, ordered by creation. */
  statusShard: (status: string, shard: number) => statusShardPk({ status, shard }),
  /** gsi1: tasks assigned to a user, ordered by status then due date. */
  assignee: (userId: string) => assigneePk({ assigneeId: userId }),
  /** A project's activity, by `occurredAt`. */
  projectActivity: (projectId: string) => activityPk({ projectId }),
  /** gsi1: a task's activity (its comments and attachments included), by `occurredAt`. */
  taskActivity: (taskId: string) => taskActivityPk({ taskId }),
  /** A project's change feed, by `recordedAt`. */
  projectChanges: (projectId: string) => changesPk({ projectId }),
  /** A webhook endpoint's deliveries, by id (time-ordered). */
  webhookDeliveries: (webhookId: string) => webhookPk({ webhookId }),
  /** One partition of the deliveries waiting for an attempt, by due time. */
  webhookDue: (shard: number) => webhookDuePk({ shard }),
} as const;
