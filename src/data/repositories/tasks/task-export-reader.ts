import { partitions, SK_PREFIX } from '#data/dynamodb/table';
import { type Task, taskEntity } from '#data/entities/task';
import type { Mapper } from '#data/mapper/mapper';

/** Every task of a project, page by page in creation order (pattern 5), for exports. */
export function createTaskExportReader(mapper: Mapper) {
  return {
    page(
      projectId: string,
      limit: number,
      cursor: string | undefined,
    ): Promise<{ items: Task[]; nextCursor: string | null }> {
      return mapper.query(taskEntity, {
        partition: partitions.project(projectId),
        range: { beginsWith: SK_PREFIX.task },
        limit,
        cursor,
      });
    },
  };
}

export type TaskExportReader = ReturnType<typeof createTaskExportReader>;
