import { STATUS_SHARDS } from '#data/dynamodb/table';
import type { Task, TaskStatus } from '#data/entities/task';
import { createCursorCodec } from '#data/mapper/cursor';
import type { TaskTree } from '#data/repositories/tasks/task-tree';
import type { TaskViews } from '#data/repositories/tasks/task-views';
import type { AuthUser } from '#domain/auth';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';

export interface TaskFeedServiceDeps {
  views: TaskViews;
  /** Leaves out the tasks below a deleted task whose subtree is still being purged. */
  tree: Pick<TaskTree, 'visible'>;
  /** config.cursorSecret: signs the admin view's composite cursor. */
  cursorSecret: string;
  clock?: Clock;
}

export interface TaskPage {
  items: Task[];
  nextCursor: string | null;
}

/** Per-shard states inside the composite cursor: not started, finished, or the last gsi1sk used. */
const START = '';
const DONE = '!';
const SHARD_ATTRS = Array.from({ length: STATUS_SHARDS }, (_, shard) => `s${shard}`);

/** The cross-project views: "my tasks" and the admin's tasks by status. */
export function createTaskFeedService(deps: TaskFeedServiceDeps) {
  const { views } = deps;
  const clock = deps.clock ?? systemClock;
  const codec = createCursorCodec({ secret: deps.cursorSecret });

  return {
    /**
     * Tasks assigned to the caller (gsi1 `ASSIGNEE#<sub>`), by status then due date. The
     * assignment copy outlives a membership, so each page is filtered through ONE consistent
     * BatchGet of the caller's memberships of the page's projects: tasks of projects the caller
     * left are dropped, and so are tasks below a deleted task still being purged (the page may
     * then be shorter than `limit`; `nextCursor` still continues).
     */
    async mine(
      user: AuthUser,
      spec: { status?: TaskStatus | undefined; limit: number; cursor?: string | undefined },
    ): Promise<TaskPage> {
      const page = await views.assignedTo(user.sub, spec);
      const memberships = await views.membershipsOf(
        user.sub,
        page.items.map((task) => task.projectId),
      );
      const items = page.items.filter((task) => memberships.has(task.projectId));
      return {
        items: await deps.tree.visible(
          items,
          (projectId) => memberships.get(projectId)?.purgesSubtrees ?? false,
        ),
        nextCursor: page.nextCursor,
      };
    },

    /**
     * Admin: every task in `status`, oldest first, across the 8 write shards. Each page asks
     * every unfinished shard for `limit` items in parallel, merges by the shards' sort key
     * (`<createdAt>#<tid>`) and keeps the first `limit`; the next cursor holds each shard's own
     * position (the last gsi1sk it contributed), HMAC-signed as one opaque cursor bound to the
     * status and the caller. (Eight wrapped mapper cursors would be ~2.4 KB, over the 2 KB bound.)
     */
    async byStatus(
      user: AuthUser,
      spec: { status: TaskStatus; limit: number; cursor?: string | undefined },
    ): Promise<TaskPage> {
      const binding = JSON.stringify(['admin-tasks', spec.status, user.sub]);
      const now = epochSeconds(clock.now());
      const positions = spec.cursor ? codec.decode(binding, spec.cursor, now, SHARD_ATTRS) : undefined;
      const states = SHARD_ATTRS.map((attr) => (positions ? (positions[attr] ?? DONE) : START));
      const pages = await Promise.all(
        states.map((state, shard) =>
          state === DONE
            ? undefined
            : views.statusShard(spec.status, shard, {
                limit: spec.limit,
                after: state === START ? undefined : state,
              }),
        ),
      );
      const merged = pages.flatMap((page, shard) =>
        (page?.items ?? []).map((task, index) => ({
          task,
          shard,
          index,
          key: `${task.createdAt}#${task.id}`,
        })),
      );
      merged.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const taken = merged.slice(0, spec.limit);
      const used = states.map(() => 0);
      for (const entry of taken) used[entry.shard] = Math.max(used[entry.shard] ?? 0, entry.index + 1);
      const next = states.map((state, shard) => {
        const page = pages[shard];
        const count = used[shard] ?? 0;
        if (!page) return DONE;
        if (count === page.items.length && page.nextCursor === null) return DONE;
        const last = count > 0 ? page.items[count - 1] : undefined;
        return last ? sortKey(last) : state;
      });
      const finished = next.every((state) => state === DONE);
      const key = Object.fromEntries(SHARD_ATTRS.map((attr, shard) => [attr, next[shard] ?? DONE]));
      // A deleted project's tasks wait in the shards for its purge: leave them out (the page
      // may be shorter than `limit`; the cursor still continues after them).
      const existing = await views.existingProjects(taken.map((entry) => entry.task.projectId));
      return {
        items: taken.flatMap((entry) => (existing.has(entry.task.projectId) ? [entry.task] : [])),
        nextCursor: finished ? null : codec.encode(binding, key, now),
      };
    },
  };
}

export type TaskFeedService = ReturnType<typeof createTaskFeedService>;

/** The admin view's gsi1sk (KEY_TEMPLATES.taskRef.gsi1sk). */
function sortKey(task: Task): string {
  return `${task.createdAt}#${task.id}`;
}
