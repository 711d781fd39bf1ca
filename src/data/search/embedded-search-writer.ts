import { type SearchIndexPointer, searchIndexPointerEntity } from '#data/entities/search-index-pointer';
import { WriteConflictError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import { newId } from '#lib/ids';
import type { AppLogger } from '#lib/logger';
import { type EmbeddedIndexStore, IndexMovedError } from './embedded-index-store.ts';
import { createProjectIndex, type ProjectIndex, TOMBSTONE_MS } from './project-index.ts';
import type { ProjectSource, SearchChange, SearchIndexWriter } from './search-index.ts';

export interface EmbeddedSearchWriterDeps {
  mapper: Mapper;
  store: EmbeddedIndexStore;
  logger: AppLogger;
  clock?: Clock;
}

/** Concurrent writers of one project (stream shards, a rebuild) retry this often before failing the record. */
const MAX_ATTEMPTS = 8;

/**
 * The write side of the embedded index (stream worker and rebuild only). Every write reads the
 * pointer, changes the index, stores a new blob, then moves the pointer on the generation it
 * read: a concurrent writer makes the move fail and this one starts over on the newer index.
 */
export function createEmbeddedSearchWriter(deps: EmbeddedSearchWriterDeps): SearchIndexWriter {
  const { mapper, store, logger } = deps;
  const clock = deps.clock ?? systemClock;

  /** Stores the index as the next generation; false when another writer moved the pointer first. */
  async function commit(
    projectId: string,
    pointer: SearchIndexPointer | undefined,
    index: ProjectIndex,
  ): Promise<boolean> {
    const now = clock.now();
    index.prune(now.getTime());
    const objectKey = await store.putBlob(projectId, (pointer?.version ?? 0) + 1, index, newId());
    try {
      if (pointer) {
        await mapper.update(
          searchIndexPointerEntity,
          { projectId },
          { objectKey, tasks: index.taskCount },
          { expectedVersion: pointer.version },
        );
      } else {
        await mapper.create(searchIndexPointerEntity, {
          projectId,
          objectKey,
          tasks: index.taskCount,
          updatedAt: now.toISOString(),
        });
      }
    } catch (error) {
      if (!(error instanceof WriteConflictError)) throw error;
      // The SDK retries a write whose answer was lost, and the retry meets that write: the
      // pointer names this blob, so it is committed (deleting it would break the index).
      if ((await store.pointer(projectId))?.objectKey !== objectKey) {
        await discard(objectKey);
        return false;
      }
    }
    if (pointer?.objectKey) await discard(pointer.objectKey);
    store.keep(projectId, objectKey, index);
    return true;
  }

  /** A blob no pointer names any more; one left behind costs storage, nothing else. */
  async function discard(objectKey: string) {
    try {
      await store.deleteBlob(objectKey);
    } catch (error) {
      logger.warn('search index blob not deleted', { objectKey, error: String(error) });
    }
  }

  /**
   * Reads the pointer and the index it names, handing the index over for change. A blob replaced
   * meanwhile means reading the pointer again; one that is gone while the pointer still names it
   * is lost: only a rebuild (`rebuilding`) goes on, without it.
   */
  async function read(projectId: string, rebuilding = false) {
    let missing: string | undefined;
    for (;;) {
      const pointer = await store.pointer(projectId);
      try {
        return { pointer, index: await store.indexOf(pointer, { take: true }) };
      } catch (error) {
        if (!(error instanceof IndexMovedError)) throw error;
        if (pointer?.objectKey !== missing) {
          missing = pointer?.objectKey;
          continue;
        }
        if (rebuilding) return { pointer, index: undefined };
        throw new Error(
          `search index of project ${projectId}: blob ${missing} is missing; npm run search:rebuild rebuilds it`,
        );
      }
    }
  }

  async function removeProject(projectId: string): Promise<void> {
    const ttl = epochSeconds(clock.now()) + TOMBSTONE_MS / 1000;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const pointer = await store.pointer(projectId);
      if (pointer?.deleted) return;
      try {
        if (pointer) {
          await mapper.update(
            searchIndexPointerEntity,
            { projectId },
            { deleted: true, tasks: 0, ttl },
            { expectedVersion: pointer.version, remove: ['objectKey'] },
          );
        } else {
          await mapper.create(searchIndexPointerEntity, {
            projectId,
            deleted: true,
            tasks: 0,
            ttl,
            updatedAt: clock.now().toISOString(),
          });
        }
      } catch (error) {
        if (error instanceof WriteConflictError) continue;
        throw error;
      }
      store.evict(projectId);
      if (pointer?.objectKey) await discard(pointer.objectKey);
      return;
    }
    throw new Error(`search index of project ${projectId}: too many concurrent writers`);
  }

  /**
   * Applies one project's changes to its index and stores it once: a batch of N changes costs one
   * blob write, not N. A conflict starts over on the newer index with all of the changes.
   */
  async function applyToProject(projectId: string, changes: readonly SearchChange[]): Promise<void> {
    if (changes.some((change) => change.kind === 'project-removed')) return removeProject(projectId);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const { pointer, index: stored } = await read(projectId);
      if (pointer?.deleted) return;
      const index = stored ?? createProjectIndex(projectId);
      const nowMs = clock.now().getTime();
      let changed = false;
      for (const change of changes) changed = index.apply(change, nowMs) || changed;
      if (!changed) {
        if (pointer?.objectKey) store.keep(projectId, pointer.objectKey, index);
        return;
      }
      if (await commit(projectId, pointer, index)) return;
    }
    throw new Error(`search index of project ${projectId}: too many concurrent writers`);
  }

  return {
    async apply(changes: readonly SearchChange[]): Promise<void> {
      const byProject = new Map<string, SearchChange[]>();
      for (const change of changes) {
        const ofProject = byProject.get(change.projectId) ?? [];
        ofProject.push(change);
        byProject.set(change.projectId, ofProject);
      }
      // One project's failure does not hold back the others; the caller retries all (idempotent).
      const failures: unknown[] = [];
      for (const [projectId, ofProject] of byProject) {
        try {
          await applyToProject(projectId, ofProject);
        } catch (error) {
          failures.push(error);
        }
      }
      if (failures.length === 1) throw failures[0];
      if (failures.length > 1) {
        throw new AggregateError(failures, `search index: ${failures.length} projects not written`);
      }
    },

    async rebuildProject(projectId: string, readSource: () => Promise<ProjectSource>) {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        // The pointer first: a change committed after it makes our move fail, and we read again.
        const { pointer, index: previous } = await read(projectId, true);
        if (pointer?.deleted) return { tasks: 0 };
        const source = await readSource();
        const index = createProjectIndex(projectId, {
          ...source,
          tombstones: previous?.tombstones() ?? {},
        });
        if (await commit(projectId, pointer, index)) return { tasks: index.taskCount };
      }
      throw new Error(`search index of project ${projectId}: too many concurrent writers`);
    },
  };
}
