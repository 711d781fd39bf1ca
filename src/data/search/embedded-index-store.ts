import { type SearchIndexPointer, searchIndexPointerEntity } from '#data/entities/search-index-pointer';
import type { Mapper } from '#data/mapper/mapper';
import { getRequest } from '#data/mapper/read-ops';
import type { ObjectStore } from '#data/s3/object-store';
import { loadProjectIndex, type ProjectIndex } from './project-index.ts';

/** Where the blobs live in the bucket: one folder per project. */
export const SEARCH_INDEX_PREFIX = 'search-index/';

export interface EmbeddedIndexStoreDeps {
  mapper: Mapper;
  objects: Pick<ObjectStore, 'getText' | 'put' | 'delete'>;
  /** The cache keeps indexes up to this many tasks in all (least recently used go first). */
  cacheTasks: number;
}

/** A blob that was replaced between reading its pointer and downloading it: read the pointer again. */
export class IndexMovedError extends Error {
  override name = 'IndexMovedError';
}

/**
 * The pointers (table) and blobs (bucket) of the embedded search index, with a per-process
 * cache of deserialized indexes keyed by blob: a current cached index costs no download.
 */
export function createEmbeddedIndexStore(deps: EmbeddedIndexStoreDeps) {
  const { mapper, objects } = deps;
  /** projectId → the index of one blob; Map order is recency (re-inserted on use). */
  const cache = new Map<string, { objectKey: string; index: ProjectIndex }>();
  let cachedTasks = 0;

  function evict(projectId: string) {
    const entry = cache.get(projectId);
    if (!entry) return;
    cachedTasks -= entry.index.taskCount;
    cache.delete(projectId);
  }

  function keep(projectId: string, objectKey: string, index: ProjectIndex) {
    evict(projectId);
    cache.set(projectId, { objectKey, index });
    cachedTasks += index.taskCount;
    for (const [oldest] of cache) {
      if (cachedTasks <= deps.cacheTasks || cache.size <= 1) break;
      evict(oldest);
    }
  }

  return {
    /** The pointers of the projects, in order, in one consistent BatchGet (100 keys a call). */
    async pointers(projectIds: readonly string[]): Promise<Array<SearchIndexPointer | undefined>> {
      if (projectIds.length === 0) return [];
      return mapper.batchGet(
        projectIds.map((projectId) => getRequest(searchIndexPointerEntity, { projectId })),
        { consistent: true },
      ) as Promise<Array<SearchIndexPointer | undefined>>;
    },

    pointer(projectId: string): Promise<SearchIndexPointer | undefined> {
      return mapper.get(searchIndexPointerEntity, { projectId }, { consistent: true });
    },

    /**
     * The index the pointer names: from the cache when current, else downloaded. Undefined for
     * no pointer or a removed project. `take` hands the instance over (a writer mutates it).
     */
    async indexOf(
      pointer: SearchIndexPointer | undefined,
      options: { take?: boolean } = {},
    ): Promise<ProjectIndex | undefined> {
      if (!pointer?.objectKey || pointer.deleted) return undefined;
      const cached = cache.get(pointer.projectId);
      if (cached?.objectKey === pointer.objectKey) {
        cache.delete(pointer.projectId);
        if (options.take) cachedTasks -= cached.index.taskCount;
        else cache.set(pointer.projectId, cached);
        return cached.index;
      }
      const text = await objects.getText(pointer.objectKey);
      if (text === undefined) throw new IndexMovedError(`search index ${pointer.objectKey} is gone`);
      const index = loadProjectIndex(text);
      if (!options.take) keep(pointer.projectId, pointer.objectKey, index);
      return index;
    },

    keep,
    evict,

    /** Stores a blob under a new key for generation `generation`. */
    async putBlob(projectId: string, generation: number, index: ProjectIndex, unique: string) {
      const objectKey = `${SEARCH_INDEX_PREFIX}${projectId}/${String(generation).padStart(10, '0')}-${unique}.json`;
      await objects.put(objectKey, index.serialize(), 'application/json');
      return objectKey;
    },

    deleteBlob: (objectKey: string) => objects.delete(objectKey),
  };
}

export type EmbeddedIndexStore = ReturnType<typeof createEmbeddedIndexStore>;
