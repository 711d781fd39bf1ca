import { KEY_TEMPLATES, META_SK, parseKey } from '#data/dynamodb/table';
import type { ProjectRepository } from '#data/repositories/project-repository';
import type { AppLogger } from '#lib/logger';
import type { EntityChange } from './stream/stream-dispatcher.ts';

export interface ProjectPurgeDeps {
  projects: ProjectRepository;
  /** Deletes a task's attachment files and records (the attachments service's `purgeTask`). */
  purgeTaskFiles(taskId: string): Promise<unknown>;
  logger: AppLogger;
}

/**
 * The stream handler of project deletes: the REMOVE record of a project's `#META` item (written
 * by DELETE /v1/projects/{id}, which has already taken every access away) purges what the
 * project held. Throwing fails the record, so the stream delivers it again; the purge is
 * idempotent and resumes where the last run stopped.
 */
export function createProjectPurge(deps: ProjectPurgeDeps) {
  return async function handleProjectChange(change: EntityChange): Promise<void> {
    if (change.eventName !== 'REMOVE' || change.keys.sk !== META_SK) return;
    const pk = change.keys.pk;
    const projectId = typeof pk === 'string' ? parseKey(KEY_TEMPLATES.project.pk, pk)?.id : undefined;
    if (!projectId) return;
    const started = Date.now();
    const purged = await deps.projects.purge(projectId, { purgeTaskFiles: deps.purgeTaskFiles });
    deps.logger.info('project purged', { projectId, ...purged, ms: Date.now() - started });
  };
}
