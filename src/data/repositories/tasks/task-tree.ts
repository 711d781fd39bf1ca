import { partitions, SK_PREFIX } from '#data/dynamodb/table';
import { projectEntity } from '#data/entities/project';
import { subtaskLinkEntity } from '#data/entities/subtask-link';
import { subtreePurgeEntity } from '#data/entities/subtree-purge';
import { type Task, taskEntity } from '#data/entities/task';
import { TransactionCancelledError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import type { Page } from '#data/mapper/query-ops';
import { getRequest } from '#data/mapper/read-ops';
import { LIMITS } from '#domain/vocabulary';
import { taskWrites } from './task-layout.ts';

/** Links read per page when walking a subtree. */
const WALK_PAGE = 500;

/** Where a task hangs: all that `visible` needs of it. */
export type TaskPosition = Pick<Task, 'id' | 'projectId' | 'parentTaskId'>;

const positionKey = (projectId: string, taskId: string) => `${projectId}#${taskId}`;

/**
 * A task's place among others: its subtasks (the `SUBTASK#<id>` copies in its partition, read
 * strongly consistent), its ancestors, and the removal of a whole subtree.
 */
export function createTaskTree(mapper: Mapper) {
  /** Every direct subtask of `parentId`, all pages. */
  async function allChildren(parentId: string): Promise<Task[]> {
    const children: Task[] = [];
    let cursor: string | undefined;
    do {
      const page = await mapper.query(subtaskLinkEntity, {
        partition: partitions.task(parentId),
        range: { beginsWith: SK_PREFIX.subtask },
        limit: WALK_PAGE,
        cursor,
        consistent: true,
      });
      children.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return children;
  }

  const tree = {
    /** Every direct subtask of a task, strongly consistent, oldest first. */
    children: allChildren,

    /** Pattern 20: one page of a task's direct subtasks, oldest first. */
    subtasks(
      parentId: string,
      spec: { limit: number; cursor?: string | undefined; caller: string },
    ): Promise<Page<Task>> {
      return mapper.query(subtaskLinkEntity, {
        partition: partitions.task(parentId),
        range: { beginsWith: SK_PREFIX.subtask },
        limit: spec.limit,
        cursor: spec.cursor,
        caller: spec.caller,
        consistent: true,
      });
    },

    /** One task of a project, strongly consistent (an ancestor being checked). */
    find(projectId: string, taskId: string): Promise<Task | undefined> {
      return mapper.get(taskEntity, { projectId, id: taskId }, { consistent: true });
    },

    /**
     * Every descendant of `taskId`, breadth first, up to `max` of them (the walk stops there:
     * callers only need to know "more than max"). Tasks without subtasks cost no read.
     */
    async descendants(task: Task, max = Number.POSITIVE_INFINITY): Promise<Task[]> {
      const found: Task[] = [];
      let level: Task[] = [task];
      for (let depth = 0; depth < LIMITS.subtaskDepth && level.length > 0; depth++) {
        const next: Task[] = [];
        for (const parent of level) {
          if (parent.subtaskCount === 0) continue;
          next.push(...(await allChildren(parent.id)));
          if (found.length + next.length > max) return [...found, ...next];
        }
        found.push(...next);
        level = next;
      }
      return found;
    },

    /**
     * `tasks` without those below a deleted task whose subtree the stream worker is still
     * purging: a subtask is reachable only while every task above it exists. Costs nothing for
     * a project where `purging(projectId)` is false (no such purge: the project item's
     * `subtreePurges`, read with every access decision); otherwise the chains above the
     * subtasks are read, one consistent BatchGet per level.
     */
    async visible<T extends TaskPosition>(
      tasks: readonly T[],
      purging: (projectId: string) => boolean,
    ): Promise<T[]> {
      const suspects = tasks.filter((task) => task.parentTaskId !== undefined && purging(task.projectId));
      if (suspects.length === 0) return [...tasks];
      const known = new Map<string, TaskPosition | null>();
      for (const task of tasks) known.set(positionKey(task.projectId, task.id), task);
      let frontier: TaskPosition[] = suspects;
      for (let level = 0; level < LIMITS.subtaskDepth && frontier.length > 0; level++) {
        const wanted = new Map<string, { projectId: string; id: string }>();
        for (const { projectId, parentTaskId } of frontier) {
          const key = parentTaskId ? positionKey(projectId, parentTaskId) : undefined;
          if (key && parentTaskId && !known.has(key)) wanted.set(key, { projectId, id: parentTaskId });
        }
        const keys = [...wanted.values()];
        const found = await mapper.batchGet(
          keys.map((key) => getRequest(taskEntity, key)),
          { consistent: true },
        );
        keys.forEach((key, index) => {
          known.set(positionKey(key.projectId, key.id), (found[index] as Task | undefined) ?? null);
        });
        frontier = frontier.flatMap(({ projectId, parentTaskId }) => {
          const parent = parentTaskId ? known.get(positionKey(projectId, parentTaskId)) : undefined;
          return parent?.parentTaskId ? [parent] : [];
        });
      }
      const reachable = (task: TaskPosition): boolean => {
        let current: TaskPosition | null | undefined = task;
        for (let level = 0; current && level <= LIMITS.subtaskDepth; level++) {
          if (!current.parentTaskId) return true;
          current = known.get(positionKey(current.projectId, current.parentTaskId));
        }
        return false;
      };
      return tasks.filter((task) => !purging(task.projectId) || reachable(task));
    },

    /**
     * Ends the purge of a deleted task's subtree: its `#PURGE` mark goes with its project's
     * `subtreePurges` −1 in one transaction, so it counts down once however often it runs.
     * False when there was no mark (a small subtree, deleted with its task; or ended already).
     */
    async finishPurge(task: Pick<Task, 'id' | 'projectId'>): Promise<boolean> {
      try {
        await mapper.transact([
          { label: 'mark', request: mapper.tx.delete(subtreePurgeEntity, { taskId: task.id }) },
          {
            label: 'project',
            request: mapper.tx.increment(
              projectEntity,
              { id: task.projectId },
              { subtreePurges: -1 },
              { condition: { subtreePurges: { gt: 0 } } },
            ),
          },
        ]);
        return true;
      } catch (error) {
        if (!(error instanceof TransactionCancelledError)) throw error;
        if (error.failureOf('mark')) return false;
        if (!error.failureOf('project')) throw error;
        // The project itself was deleted meanwhile (its own purge takes what is left): the mark alone.
        await mapper.delete(subtreePurgeEntity, { taskId: task.id }, { mustExist: false });
        return true;
      }
    },

    /** Levels of subtasks below `task` (0 when it has none). */
    async height(task: Task): Promise<number> {
      let level: Task[] = [task];
      let height = 0;
      while (level.some((parent) => parent.subtaskCount > 0) && height <= LIMITS.subtaskDepth) {
        const next: Task[] = [];
        for (const parent of level) if (parent.subtaskCount > 0) next.push(...(await allChildren(parent.id)));
        if (next.length === 0) break;
        height += 1;
        level = next;
      }
      return height;
    },

    /** What follows the transaction that deleted `tasks`: their comments, then the hook. */
    async afterDeleted(tasks: readonly Task[], onTaskDeleted?: (task: Task) => Promise<void>): Promise<void> {
      for (const task of tasks) {
        await mapper.deletePartition(partitions.task(task.id), { beginsWith: SK_PREFIX.comment });
        await onTaskDeleted?.(task);
      }
    },

    /**
     * Deletes every descendant of a deleted task: their items and copies, their comments, the
     * hook's files, and last the link that leads to each (so a walk that stopped half-way is
     * found again and resumed by the next). Unconditional deletes: running it again is harmless.
     */
    async purgeSubtree(taskId: string, onTaskDeleted?: (task: Task) => Promise<void>): Promise<number> {
      let removed = 0;
      for (const child of await allChildren(taskId)) {
        await mapper.batchWrite({
          deletes: taskWrites(child)
            .filter(({ entity }) => entity !== subtaskLinkEntity)
            .map(({ entity, model }) => entity.key(model)),
        });
        await mapper.deletePartition(partitions.task(child.id), { beginsWith: SK_PREFIX.comment });
        await onTaskDeleted?.(child);
        removed += 1 + (await tree.purgeSubtree(child.id, onTaskDeleted));
        await mapper.batchWrite({ deletes: [subtaskLinkEntity.key({ parentTaskId: taskId, id: child.id })] });
      }
      return removed;
    },
  };
  return tree;
}

export type TaskTree = ReturnType<typeof createTaskTree>;
