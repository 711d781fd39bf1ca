import type { SearchSourceReader } from '#data/repositories/search-source-reader';
import type { SearchIndexWriter } from '#data/search/search-index';
import type { AppLogger } from '#lib/logger';

export interface SearchRebuildDeps {
  source: SearchSourceReader;
  writer: SearchIndexWriter;
  logger: AppLogger;
}

/**
 * Builds search indexes from the table (`npm run search:rebuild`): for a deployment that had
 * none, or after a loss. Safe next to a running stream worker: each project's index is written
 * on the generation read before the table, so a change the worker commits meanwhile makes the
 * rebuild read that project again; changes still in the stream apply later by version.
 */
export function createSearchRebuild(deps: SearchRebuildDeps) {
  const { source, writer, logger } = deps;
  async function project(projectId: string): Promise<number> {
    const { tasks } = await writer.rebuildProject(projectId, () => source.project(projectId));
    logger.info('search index rebuilt', { projectId, tasks });
    return tasks;
  }
  return {
    project,
    /** Every project that holds a task; returns how many projects and tasks were indexed. */
    async all(): Promise<{ projects: number; tasks: number }> {
      let tasks = 0;
      const projects = await source.projectsWithTasks();
      for (const projectId of projects) tasks += await project(projectId);
      return { projects: projects.size, tasks };
    },
  };
}

export type SearchRebuild = ReturnType<typeof createSearchRebuild>;
