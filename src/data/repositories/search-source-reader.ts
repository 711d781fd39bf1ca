import { partitions, SK_PREFIX, STATUS_SHARDS } from '#data/dynamodb/table';
import { type Comment, commentEntity } from '#data/entities/comment';
import { type Task, taskEntity } from '#data/entities/task';
import { taskRefEntity } from '#data/entities/task-ref';
import type { Mapper } from '#data/mapper/mapper';
import type { ProjectSource } from '#data/search/search-index';
import { TASK_STATUSES } from '#domain/vocabulary';

const PAGE = 500;

/** What a search index rebuild reads from the table: a project's tasks with their comments. */
export function createSearchSourceReader(mapper: Mapper) {
  async function all<T>(
    read: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  ) {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await read(cursor);
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  }

  return {
    /** Pattern 5 for the tasks, pattern 10 for each task's comments (strongly consistent). */
    async project(projectId: string): Promise<ProjectSource> {
      const tasks = await all<Task>((cursor) =>
        mapper.query(taskEntity, {
          partition: partitions.project(projectId),
          range: { beginsWith: SK_PREFIX.task },
          limit: PAGE,
          cursor,
          consistent: true,
        }),
      );
      const comments: Comment[] = [];
      for (const task of tasks) {
        comments.push(
          ...(await all<Comment>((cursor) =>
            mapper.query(commentEntity, {
              partition: partitions.task(task.id),
              range: { beginsWith: SK_PREFIX.comment },
              limit: PAGE,
              cursor,
              consistent: true,
            }),
          )),
        );
      }
      return { tasks, comments };
    },

    /**
     * Every project that holds a task: the write-sharded status view (pattern 13) walked
     * shard by shard, so no table scan is needed. Projects without tasks need no index.
     */
    async projectsWithTasks(): Promise<Set<string>> {
      const projects = new Set<string>();
      for (const status of TASK_STATUSES) {
        for (let shard = 0; shard < STATUS_SHARDS; shard += 1) {
          const refs = await all<Task>((cursor) =>
            mapper.query(taskRefEntity, {
              index: 'gsi1',
              partition: partitions.statusShard(status, shard),
              limit: PAGE,
              cursor,
            }),
          );
          for (const task of refs) projects.add(task.projectId);
        }
      }
      return projects;
    },
  };
}

export type SearchSourceReader = ReturnType<typeof createSearchSourceReader>;
