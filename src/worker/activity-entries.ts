import type { Activity, FieldChange } from '#data/entities/activity';
import { attachmentEntity } from '#data/entities/attachment';
import type { Change } from '#data/entities/change';
import { commentEntity } from '#data/entities/comment';
import { deletionEntity } from '#data/entities/deletion';
import { membershipEntity } from '#data/entities/membership';
import { projectEntity } from '#data/entities/project';
import { taskEntity } from '#data/entities/task';
import type { ActivityAction, ActivityResource } from '#domain/vocabulary';
import type { EntityChange } from './stream/stream-dispatcher.ts';

/** What one stream record means to the activity: everything but the times the worker adds. */
export interface ActivityDraft {
  entryKey: string;
  projectId: string;
  taskId?: string;
  resource: ActivityResource;
  resourceId: string;
  action: ActivityAction;
  actorId: string;
  occurredAt: string;
  resourceVersion: number;
  changes?: FieldChange[];
  /** For the change feed: the resource as stored, or absent for a deletion. */
  data?: Record<string, unknown>;
}

/** The entity tag of each resource the activity records (the stream filter reads these). */
export const ACTIVITY_ENTITY_TAGS = {
  task: taskEntity.name,
  comment: commentEntity.name,
  attachment: attachmentEntity.name,
  member: membershipEntity.name,
  project: projectEntity.name,
} as const satisfies Record<ActivityResource, string>;
export const DELETION_ENTITY_TAG = deletionEntity.name;

/** The resources the change feed carries (a project's own changes are in its activity only). */
export const FEED_RESOURCES: ReadonlySet<ActivityResource> = new Set([
  'task',
  'comment',
  'attachment',
  'member',
]);

/** The fields whose old and new values an update lists, per resource. */
const TRACKED_FIELDS: Record<ActivityResource, readonly string[]> = {
  task: ['title', 'description', 'status', 'priority', 'assigneeId', 'dueDate', 'labels'],
  comment: ['body'],
  attachment: [],
  member: ['role'],
  project: ['name', 'description'],
};

const DELETE_VERBS = {
  task: 'task.deleted',
  comment: 'comment.deleted',
  attachment: 'attachment.removed',
  member: 'member.removed',
} as const satisfies Record<string, ActivityAction>;

const ENTITIES = {
  task: taskEntity,
  comment: commentEntity,
  attachment: attachmentEntity,
  member: membershipEntity,
  project: projectEntity,
} as const;

type Model = Record<string, unknown>;

/** The field-level differences of `tracked` between two versions of a resource. */
export function fieldChanges(tracked: readonly string[], before: Model, after: Model): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of tracked) {
    const from = before[field];
    const to = after[field];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes.push({ field, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  }
  return changes;
}

function resourceOfTag(tag: string | undefined): ActivityResource | undefined {
  return (Object.keys(ACTIVITY_ENTITY_TAGS) as ActivityResource[]).find(
    (resource) => ACTIVITY_ENTITY_TAGS[resource] === tag,
  );
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The activity a stream record stands for, or undefined when it is none (a pending upload, an
 * owner-count bump, a removal whose deletion marker carries the activity instead). Pure: the
 * same record always gives the same draft, which is what makes recording it idempotent.
 */
export function activityOf(change: EntityChange): ActivityDraft | undefined {
  if (change.entityTag === DELETION_ENTITY_TAG) {
    if (change.eventName !== 'INSERT' || !change.newImage) return undefined;
    const deletion = deletionEntity.fromItem(change.newImage);
    const version = deletion.resourceVersion + 1;
    return {
      entryKey: `${deletion.resource}.${deletion.resourceId}.v${version}`,
      projectId: deletion.projectId,
      ...(deletion.taskId ? { taskId: deletion.taskId } : {}),
      resource: deletion.resource,
      resourceId: deletion.resourceId,
      action: DELETE_VERBS[deletion.resource],
      actorId: deletion.deletedBy,
      occurredAt: deletion.deletedAt,
      resourceVersion: version,
    };
  }
  const resource = resourceOfTag(change.entityTag);
  if (!resource || change.eventName === 'REMOVE' || !change.newImage) return undefined;
  const entity = ENTITIES[resource];
  const model = entity.fromItem(change.newImage) as Model;
  const old = change.oldImage ? (entity.fromItem(change.oldImage) as Model) : undefined;
  if (old && old.version === model.version) return undefined;
  const changes = old ? fieldChanges(TRACKED_FIELDS[resource], old, model) : undefined;
  const action = actionOf(resource, model, old, changes);
  if (!action) return undefined;
  const resourceId = str(resource === 'member' ? model.userId : model.id) ?? '';
  const version = Number(model.version);
  const taskId = resource === 'task' ? str(model.id) : str(model.taskId);
  const { ttl: _ttl, updatedBy: _by, ...data } = model;
  return {
    entryKey: `${resource}.${resourceId}.v${version}`,
    projectId: str(resource === 'project' ? model.id : model.projectId) ?? '',
    ...(taskId ? { taskId } : {}),
    resource,
    resourceId,
    action,
    actorId:
      str(model.updatedBy) ??
      str(model.createdBy) ??
      str(model.authorId) ??
      str(model.ownerId) ??
      str(model.userId) ??
      'unknown',
    occurredAt: str(model.updatedAt) ?? str(model.addedAt) ?? str(model.createdAt) ?? '',
    resourceVersion: version,
    ...(changes && changes.length > 0 ? { changes } : {}),
    data,
  };
}

function actionOf(
  resource: ActivityResource,
  model: Model,
  old: Model | undefined,
  changes: FieldChange[] | undefined,
): ActivityAction | undefined {
  const changed = (field: string) => changes?.some((change) => change.field === field) ?? false;
  switch (resource) {
    case 'task':
      if (!old) return 'task.created';
      if (changed('status')) return 'task.moved';
      if (changed('assigneeId')) return 'task.assigned';
      return 'task.updated';
    case 'comment':
      return old ? 'comment.updated' : 'comment.created';
    case 'attachment':
      // An attachment counts once its upload is complete.
      return model.status === 'ready' && old?.status !== 'ready' ? 'attachment.added' : undefined;
    case 'member':
      if (!old) return 'member.added';
      return changed('role') ? 'member.role_changed' : undefined;
    case 'project':
      return old ? 'project.updated' : 'project.created';
  }
}

/** The stored activity entry of a draft, kept `retentionSeconds`. */
export function activityEntry(draft: ActivityDraft, retentionSeconds: number): Activity {
  const { data: _data, ...entry } = draft;
  return { ...entry, ttl: Math.floor(Date.parse(draft.occurredAt) / 1000) + retentionSeconds };
}

/** The change-feed entry of a draft recorded at `recordedAt`, or undefined for what the feed does not carry. */
export function changeEntry(
  draft: ActivityDraft,
  recordedAt: Date,
  retentionSeconds: number,
): Change | undefined {
  if (!FEED_RESOURCES.has(draft.resource)) return undefined;
  return {
    entryKey: draft.entryKey,
    projectId: draft.projectId,
    recordedAt: recordedAt.toISOString(),
    resource: draft.resource,
    resourceId: draft.resourceId,
    ...(draft.taskId ? { taskId: draft.taskId } : {}),
    action: draft.action,
    resourceVersion: draft.resourceVersion,
    deleted: draft.data === undefined,
    ...(draft.data ? { data: draft.data } : {}),
    ttl: Math.floor(recordedAt.getTime() / 1000) + retentionSeconds,
  };
}
