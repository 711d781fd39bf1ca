import { createHash } from 'node:crypto';

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
  /** gsi1pk is `STATUS#<status>#<statusShard(id)>`: built in code (see entities/task-ref.ts). */
  taskRef: { pk: 'TASK#{id}', sk: '#REF', gsi1sk: '{createdAt}#{id}' },
  taskAssignment: {
    pk: 'TASK#{id}',
    sk: '#ASSIGNEE',
    gsi1pk: 'ASSIGNEE#{assigneeId}',
    gsi1sk: '{status}#{dueDate?}#{id}',
  },
  comment: { pk: 'TASK#{taskId}', sk: 'COMMENT#{id}' },
  attachment: { pk: 'TASK#{taskId}', sk: 'ATTACHMENT#{id}' },
  job: { pk: 'JOB#{id}', sk: META_SK },
  idempotency: { pk: 'IDEMPOTENCY#{callerSub}#{key}', sk: META_SK },
  revokedToken: { pk: 'REVOKED#{jti}', sk: META_SK },
  /** `scope` is `account` or `address`; `subject` a hash of the e-mail address or client address. */
  loginAttempts: { pk: 'ATTEMPTS#{scope}#{subject}', sk: META_SK },
  /** When the user last signed out everywhere (password change): older refresh tokens are refused. */
  accountSignOut: { pk: 'ACCOUNT#{sub}', sk: '#SIGNOUT' },
} as const;

/** Sort-key prefixes and bounds for range conditions. */
export const SK_PREFIX = {
  member: 'MEMBER#',
  task: 'TASK#',
  comment: 'COMMENT#',
  attachment: 'ATTACHMENT#',
} as const;

/** Partition values for queries (each mirrors a template above). */
export const partitions = {
  project: (projectId: string) => `PROJECT#${projectId}`,
  task: (taskId: string) => `TASK#${taskId}`,
  /** gsi1: a user's memberships ("my projects"). */
  userProjects: (userId: string) => `USER#${userId}`,
  /** gsi1: a project's tasks ordered by due date (undated last). */
  projectTasksByDue: (projectId: string) => `PROJECT#${projectId}#DUE`,
  /** gsi1: one shard of the admin view of tasks in a status, ordered by creation. */
  statusShard: (status: string, shard: number) => `STATUS#${status}#${shard}`,
  /** gsi1: tasks assigned to a user, ordered by status then due date. */
  assignee: (userId: string) => `ASSIGNEE#${userId}`,
} as const;

/** Every item carries its entity's tag here; the stream worker dispatches on it. */
export const ENTITY_TAG_ATTRIBUTE = '_et';
