import type { Activity } from '#data/entities/activity';
import type { Change } from '#data/entities/change';
import type { ActivityRepository } from '#data/repositories/activity-repository';
import type { AuthUser } from '#domain/auth';
import { GoneError } from '#domain/errors';
import type { ActivityAction } from '#domain/vocabulary';
import { type Clock, systemClock } from '#lib/clock';
import type { ProjectAccess, ReachableFilter, TaskAccess } from './project-access.ts';
import { createSyncTokenCodec, positionAt, positionTime } from './sync-token.ts';

export interface ActivityServiceDeps {
  activity: ActivityRepository;
  projectAccess: ProjectAccess;
  taskAccess: TaskAccess;
  cursorSecret: string;
  /** Entries older than this are gone; so are sync tokens pointing before it. */
  retentionSeconds: number;
  /** The feed answers only entries recorded at least this long ago (see config). */
  settleMs: number;
  clock?: Clock;
}

export interface ActivityListSpec {
  limit: number;
  cursor?: string | undefined;
  action?: ActivityAction | undefined;
}

export interface ChangePage {
  items: Change[];
  /** Pass as `since` to continue: after the last item, or after everything settled when the page is short. */
  syncToken: string;
  /** More entries are already there: ask again at once. */
  hasMore: boolean;
}

/** A project's and a task's history, and the project's change feed: readable by whoever reads the project. */
export function createActivityService(deps: ActivityServiceDeps) {
  const { activity, projectAccess, taskAccess } = deps;
  const clock = deps.clock ?? systemClock;
  const tokens = createSyncTokenCodec(deps.cursorSecret);

  /** The check and the read run together; the read is dropped unless the check passes. */
  async function gated<T>(check: Promise<unknown>, read: Promise<T>): Promise<T> {
    const [access, result] = await Promise.allSettled([check, read]);
    if (access.status === 'rejected') throw access.reason;
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  }

  const pageOf = (page: { items: Activity[]; nextCursor: string | null }) => ({
    items: page.items,
    nextCursor: page.nextCursor,
  });

  return {
    async listProject(user: AuthUser, projectId: string, spec: ActivityListSpec) {
      return pageOf(
        await gated(
          projectAccess.require(user.sub, projectId, 'project:read'),
          activity.listProject(projectId, { ...spec, caller: user.sub }),
        ),
      );
    },

    async listTask(user: AuthUser, taskId: string, spec: ActivityListSpec) {
      return pageOf(
        await gated(
          taskAccess.require(user.sub, taskId, 'task:read'),
          activity.listTask(taskId, { ...spec, caller: user.sub }),
        ),
      );
    },

    /**
     * The changes after `since`, oldest first. Only entries recorded before the settle horizon
     * (now − settle window) are answered, and the next token never passes the horizon: an entry
     * still being written gets a position after it, so no client skips it; the token is the
     * last position answered, so none sees one twice.
     */
    async changes(user: AuthUser, projectId: string, spec: { since?: string | undefined; limit: number }) {
      const { reachable } = await projectAccess.requireReachable(user.sub, projectId, 'project:read');
      const now = clock.now();
      const horizon = positionAt(new Date(now.getTime() - deps.settleMs));
      if (spec.since === undefined) {
        return {
          items: [],
          syncToken: tokens.encode(projectId, horizon),
          hasMore: false,
        } satisfies ChangePage;
      }
      const after = tokens.decode(projectId, spec.since);
      if (positionTime(after) < now.getTime() - deps.retentionSeconds * 1000) {
        throw new GoneError(
          'The syncToken is older than the retention of the change feed; read the project again and start without since.',
          'sync_token_expired',
        );
      }
      const found = await activity.listChanges(projectId, after, horizon, spec.limit + 1);
      const hasMore = found.length > spec.limit;
      const items = found.slice(0, spec.limit);
      const last = items.at(-1);
      const position =
        hasMore && last ? `${last.recordedAt}#${last.entryKey}` : horizon > after ? horizon : after;
      return {
        items: await withoutUnreachableTasks(items, reachable),
        syncToken: tokens.encode(projectId, position),
        hasMore,
      } satisfies ChangePage;
    },
  };
}

export type ActivityService = ReturnType<typeof createActivityService>;

/**
 * The changes without the states of tasks below a deleted task whose subtree is still being
 * purged: their tombstones follow when the stream worker removes them.
 */
async function withoutUnreachableTasks(changes: Change[], reachable: ReachableFilter): Promise<Change[]> {
  const positions = changes.flatMap((change) => {
    const parentTaskId = change.data?.parentTaskId;
    if (change.resource !== 'task' || change.deleted || typeof parentTaskId !== 'string') return [];
    return [{ id: change.resourceId, projectId: change.projectId, parentTaskId }];
  });
  if (positions.length === 0) return changes;
  const kept = new Set((await reachable(positions)).map((position) => position.id));
  const hidden = new Set(
    positions.filter((position) => !kept.has(position.id)).map((position) => position.id),
  );
  return changes.filter(
    (change) => change.resource !== 'task' || change.deleted || !hidden.has(change.resourceId),
  );
}
