import { commentEntity, commentSchema } from '#data/entities/comment';
import { projectEntity } from '#data/entities/project';
import { taskEntity, taskSchema } from '#data/entities/task';
import type { SearchChange, SearchIndexWriter } from '#data/search/search-index';
import type { AppLogger } from '#lib/logger';
import type { BatchedChangeHandler, EntityChange } from './stream/stream-dispatcher.ts';
import { StreamRecordError } from './stream/stream-dispatcher.ts';

/** The index's view of one stream record. */
export function searchChangeOf(change: EntityChange): SearchChange | undefined {
  const removed = change.eventName === 'REMOVE';
  const image = removed ? change.oldImage : change.newImage;
  if (change.entityTag === taskEntity.name) {
    const task = taskSchema.safeParse(image);
    if (!task.success) throw new StreamRecordError(`task record ${change.eventId} does not parse`);
    const { id, projectId, version } = task.data;
    return { kind: 'task', projectId, taskId: id, version, task: removed ? undefined : task.data };
  }
  if (change.entityTag === commentEntity.name) {
    const comment = commentSchema.safeParse(image);
    if (!comment.success) throw new StreamRecordError(`comment record ${change.eventId} does not parse`);
    const { id, taskId, projectId, version, body } = comment.data;
    return { kind: 'comment', projectId, taskId, commentId: id, version, body: removed ? undefined : body };
  }
  if (change.entityTag === projectEntity.name && removed) {
    const projectId = change.oldImage?.id;
    if (typeof projectId !== 'string')
      throw new StreamRecordError(`project record ${change.eventId} has no id`);
    return { kind: 'project-removed', projectId };
  }
  return undefined;
}

/**
 * Keeps the search index in step with the table. A batch's changes are gathered as its records
 * arrive and written once after it (`flush`): the embedded index rewrites a project's whole blob
 * per write, so one write per batch keeps a bulk of N tasks from costing N blob rewrites.
 * Idempotent: a change applies only when newer than what is indexed, so a redelivered batch or a
 * retry after a crash (before or during the flush) changes nothing twice.
 */
export function createSearchIndexing(deps: {
  writer: SearchIndexWriter;
  logger: AppLogger;
}): BatchedChangeHandler {
  let gathered: SearchChange[] = [];
  return {
    async handle(change) {
      const searchChange = searchChangeOf(change);
      if (searchChange) gathered.push(searchChange);
    },
    async flush() {
      const changes = gathered;
      gathered = [];
      if (changes.length === 0) return;
      await deps.writer.apply(changes);
      deps.logger.debug('search index updated', { changes: changes.length });
    },
  };
}
