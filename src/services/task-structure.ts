import type { Task } from '#data/entities/task';
import type { TaskDependencies } from '#data/repositories/tasks/task-dependencies';
import type { CounterChange, StructureWrites } from '#data/repositories/tasks/task-repository';
import type { TaskTree } from '#data/repositories/tasks/task-tree';
import { ConflictError, ValidationError } from '#domain/errors';
import { LIMITS } from '#domain/vocabulary';

/**
 * The rules of subtasks, one place for every write that sets, moves or removes a task under a
 * parent: the parent is a task of the same project, nesting stays within LIMITS.subtaskDepth
 * levels below a top-level task, a task never becomes its own descendant, and the parents'
 * counters move with each change (as transactional increments, see task-writes.ts).
 */
export function createTaskStructure(tree: TaskTree, dependencies: Pick<TaskDependencies, 'tasks'>) {
  const field = 'parentTaskId';
  const notInProject = () => new ValidationError([{ field, message: 'is not a task of this project' }]);

  /** The parent and every task above it, nearest first; 422 when the parent is not in the project. */
  async function chainFrom(projectId: string, parentTaskId: string): Promise<Task[]> {
    const chain: Task[] = [];
    let id: string | undefined = parentTaskId;
    // One more step than the deepest legal chain: enough to see it is too deep.
    while (id !== undefined && chain.length <= LIMITS.subtaskDepth) {
      const found = await tree.find(projectId, id);
      // A missing ancestor above the parent: the parent sits in the subtree of a deleted task.
      if (!found) throw notInProject();
      chain.push(found);
      id = found.parentTaskId;
    }
    return chain;
  }

  function tooDeep(): ValidationError {
    return new ValidationError([
      {
        field,
        message: `would nest subtasks deeper than ${LIMITS.subtaskDepth} levels below a top-level task`,
      },
    ]);
  }

  const isDone = (task: Pick<Task, 'status'>) => (task.status === 'done' ? 1 : 0);

  /** A counter change for `parent` by one subtask in `status`, entering (+1) or leaving (-1). */
  function count(parent: Task, sign: 1 | -1, task: Pick<Task, 'status'>, role: CounterChange['role']) {
    return {
      task: parent,
      role,
      deltas: {
        subtaskCount: sign,
        completedSubtaskCount: sign * isDone(task),
        ...(role === 'newParent' ? { subtreeRevision: 1 } : {}),
      },
    } satisfies CounterChange;
  }

  /**
   * Places a task (new or moved) under `parentTaskId`: the chain above it is read, checked and
   * kept in the write's checks. `task` is the task being placed, when it exists already.
   */
  async function place(
    projectId: string,
    parentTaskId: string,
    task: Task | undefined,
    height: () => Promise<number>,
  ) {
    if (task && parentTaskId === task.id) throw cycle();
    const chain = await chainFrom(projectId, parentTaskId);
    if (task && chain.some((ancestor) => ancestor.id === task.id)) throw cycle();
    const [parent, ...ancestors] = chain;
    if (!parent) throw notInProject();
    // chain.length is the new parent's level + 1: the level the task itself lands on.
    if (chain.length + (await height()) > LIMITS.subtaskDepth) throw tooDeep();
    return { parent, ancestors };
  }

  return {
    /** What creating `task` under its parent writes besides the task (nothing for a top-level task). */
    async forCreate(
      projectId: string,
      task: Pick<Task, 'status' | 'parentTaskId'>,
    ): Promise<StructureWrites> {
      if (!task.parentTaskId) return {};
      const { parent, ancestors } = await place(projectId, task.parentTaskId, undefined, async () => 0);
      return { counters: [count(parent, 1, task, 'newParent')], ancestors };
    },

    /**
     * What changing `current` into `next` writes besides the task: a move, a completion seen by
     * the parent, and by the tasks it blocks (their open blockers).
     */
    async forUpdate(current: Task, next: Task): Promise<StructureWrites> {
      const writes = await placement(current, next);
      const opened = isDone(current) - isDone(next);
      if (opened === 0 || current.blocking.length === 0) return writes;
      const blocked = await dependencies.tasks(current.projectId, current.blocking);
      const counters = [...(writes.counters ?? [])];
      for (const task of blocked) {
        if (!task.blockedBy.includes(current.id)) continue;
        counters.push({ task, role: 'parent', deltas: { openBlockerCount: opened } });
      }
      return { ...writes, counters };
    },

    /**
     * What deleting `task` writes besides it: its parent's counters, and its descendants when
     * they are few enough to go in the same transaction; a larger subtree is marked for the
     * stream worker's purge instead (hidden from reads from the same commit, see task-tree.ts).
     */
    forDelete,
  };

  async function placement(current: Task, next: Task): Promise<StructureWrites> {
    const { projectId } = current;
    if (next.parentTaskId === current.parentTaskId) {
      if (!current.parentTaskId || isDone(current) === isDone(next)) return {};
      const parent = await tree.find(projectId, current.parentTaskId);
      if (!parent) return {};
      const delta = isDone(next) - isDone(current);
      return {
        counters: [{ task: parent, role: 'parent', deltas: { completedSubtaskCount: delta } }],
      };
    }
    const counters: CounterChange[] = [];
    const writes: StructureWrites = { counters };
    if (next.parentTaskId) {
      const { parent, ancestors } = await place(projectId, next.parentTaskId, current, () =>
        tree.height(current),
      );
      counters.push(count(parent, 1, next, 'newParent'));
      writes.ancestors = ancestors;
      // The depth check counted the levels below `current` as read: the move locks on them.
      writes.moved = current;
    }
    if (current.parentTaskId) {
      const former = await tree.find(projectId, current.parentTaskId);
      if (former) counters.push(count(former, -1, current, 'parent'));
    }
    return writes;
  }

  async function forDelete(task: Task): Promise<{ writes: StructureWrites; subtree: Task[] }> {
    const writes: StructureWrites = {};
    if (task.parentTaskId) {
      const parent = await tree.find(task.projectId, task.parentTaskId);
      if (parent) writes.counters = [count(parent, -1, task, 'parent')];
    }
    if (task.subtaskCount === 0) return { writes, subtree: [] };
    const subtree = await tree.descendants(task, LIMITS.subtreeDeletedAtOnce);
    if (subtree.length > LIMITS.subtreeDeletedAtOnce) {
      writes.purgeLater = task;
      return { writes, subtree: [] };
    }
    writes.subtree = subtree;
    return { writes, subtree };
  }
}

function cycle(): ConflictError {
  return new ConflictError(
    'A task cannot become a subtask of itself or of one of its subtasks.',
    'subtask_cycle',
  );
}

export type TaskStructure = ReturnType<typeof createTaskStructure>;
