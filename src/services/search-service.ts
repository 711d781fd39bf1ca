import type { Task, TaskStatus } from '#data/entities/task';
import { createCursorCodec } from '#data/mapper/cursor';
import { InvalidCursorError } from '#data/mapper/errors';
import { purgesSubtrees } from '#data/repositories/live-membership';
import type { MembershipRepository } from '#data/repositories/membership-repository';
import type { TaskTree } from '#data/repositories/tasks/task-tree';
import type { SearchHit, SearchIndex } from '#data/search/search-index';
import type { AuthUser } from '#domain/auth';
import { can } from '#domain/roles';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import type { ProjectAccess } from './project-access.ts';

export interface SearchServiceDeps {
  index: SearchIndex;
  memberships: Pick<MembershipRepository, 'listAllOfUser'>;
  /** Leaves out the tasks below a deleted task whose subtree is still being purged (still indexed). */
  tree: Pick<TaskTree, 'visible'>;
  projectAccess: ProjectAccess;
  /** config.cursorSecret: signs the result cursors. */
  cursorSecret: string;
  clock?: Clock;
}

/** How deep a result list can be paged: ranked results past this are rarely what anyone wants. */
export const MAX_SEARCH_DEPTH = 1000;

export interface SearchPageSpec {
  q: string;
  limit: number;
  cursor?: string | undefined;
}

/** The task list's filters, applied to matching tasks. */
export interface TaskSearchFilters {
  status?: TaskStatus | undefined;
  assigneeId?: string | undefined;
  label?: string | undefined;
  dueBefore?: string | undefined;
  dueAfter?: string | undefined;
}

export interface SearchResult {
  task: Task;
  project: { id: string; name: string };
  snippet: string;
}

/**
 * Full-text search over the tasks a caller may read. Which projects is decided here, at query
 * time, from the caller's live memberships (consistent reads): the index is never trusted with
 * access, so a member removed a moment ago or a deleted project yields nothing at all.
 */
export function createSearchService(deps: SearchServiceDeps) {
  const { index } = deps;
  const clock = deps.clock ?? systemClock;
  const codec = createCursorCodec({ secret: deps.cursorSecret });

  function offsetOf(binding: string, cursor: string | undefined): number {
    if (!cursor) return 0;
    const { o } = codec.decode(binding, cursor, epochSeconds(clock.now()), ['o']);
    const offset = Number(o);
    if (!Number.isInteger(offset) || offset <= 0 || offset >= MAX_SEARCH_DEPTH) {
      throw new InvalidCursorError('key');
    }
    return offset;
  }

  async function page(
    binding: string,
    projectIds: readonly string[],
    spec: SearchPageSpec,
    accept?: (task: Task) => boolean,
  ): Promise<{ hits: SearchHit[]; nextCursor: string | null }> {
    const offset = offsetOf(binding, spec.cursor);
    const limit = Math.min(spec.limit, MAX_SEARCH_DEPTH - offset);
    const found =
      projectIds.length === 0
        ? { hits: [], more: false }
        : await index.search({ projectIds, query: spec.q, accept, offset, limit });
    const next = offset + found.hits.length;
    return {
      hits: found.hits,
      nextCursor:
        found.more && next < MAX_SEARCH_DEPTH
          ? codec.encode(binding, { o: String(next) }, epochSeconds(clock.now()))
          : null,
    };
  }

  return {
    /** Every project the caller can read now, ranked together (title matches first). */
    async search(
      user: AuthUser,
      spec: SearchPageSpec,
    ): Promise<{ items: SearchResult[]; nextCursor: string | null }> {
      const readable = (await deps.memberships.listAllOfUser(user.sub)).filter(({ membership }) =>
        can(membership.role, 'task:read'),
      );
      const names = new Map(readable.map(({ project }) => [project.id, project.name]));
      const binding = JSON.stringify(['search', spec.q, user.sub]);
      const { hits, nextCursor } = await page(binding, [...names.keys()], spec);
      const purging = new Set(
        readable.flatMap(({ project }) => (purgesSubtrees(project) ? [project.id] : [])),
      );
      const reachable = new Set(
        (
          await deps.tree.visible(
            hits.map((hit) => hit.task),
            (projectId) => purging.has(projectId),
          )
        ).map((task) => task.id),
      );
      return {
        items: hits.flatMap((hit) => {
          if (!reachable.has(hit.task.id)) return [];
          const name = names.get(hit.task.projectId);
          return name === undefined
            ? []
            : [{ task: hit.task, project: { id: hit.task.projectId, name }, snippet: hit.snippet }];
        }),
        nextCursor,
      };
    },

    /** One project's tasks matching `q` and the list's filters, ranked; 404 unless the caller may read it. */
    async projectTasks(
      user: AuthUser,
      projectId: string,
      spec: SearchPageSpec & TaskSearchFilters,
    ): Promise<{ items: Task[]; nextCursor: string | null }> {
      const { reachable } = await deps.projectAccess.requireReachable(user.sub, projectId, 'task:read');
      const filters = {
        status: spec.status,
        assigneeId: spec.assigneeId,
        label: spec.label,
        dueBefore: spec.dueBefore,
        dueAfter: spec.dueAfter,
      };
      const binding = JSON.stringify(['project-search', projectId, spec.q, filters, user.sub]);
      const { hits, nextCursor } = await page(binding, [projectId], spec, (task) => matches(task, filters));
      return { items: await reachable(hits.map((hit) => hit.task)), nextCursor };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;

/** The task list's filters, as the list applies them (due-date bounds inclusive, undated excluded). */
function matches(task: Task, filters: TaskSearchFilters): boolean {
  if (filters.status && task.status !== filters.status) return false;
  if (filters.assigneeId && task.assigneeId !== filters.assigneeId) return false;
  if (filters.label && !task.labels.includes(filters.label)) return false;
  if (filters.dueBefore && !(task.dueDate && task.dueDate <= filters.dueBefore)) return false;
  if (filters.dueAfter && !(task.dueDate && task.dueDate >= filters.dueAfter)) return false;
  return true;
}
