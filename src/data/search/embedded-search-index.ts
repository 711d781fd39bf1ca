import type { SearchIndexPointer } from '#data/entities/search-index-pointer';
import type { EmbeddedIndexStore } from './embedded-index-store.ts';
import { IndexMovedError } from './embedded-index-store.ts';
import type { ProjectIndex } from './project-index.ts';
import { rankHits, type SearchIndex, type SearchPage, type SearchRequest } from './search-index.ts';

/**
 * The query side of the embedded index: one consistent BatchGet of the projects' pointers, the
 * indexes from the process cache (downloaded only when a generation moved), then in memory.
 */
export function createEmbeddedSearchIndex(store: EmbeddedIndexStore): SearchIndex {
  async function current(pointers: Array<SearchIndexPointer | undefined>) {
    return Promise.all(pointers.map((pointer) => store.indexOf(pointer)));
  }

  async function indexes(projectIds: readonly string[]): Promise<Array<ProjectIndex | undefined>> {
    try {
      return await current(await store.pointers(projectIds));
    } catch (error) {
      // A writer replaced a blob between our pointer read and its download: read once more.
      if (!(error instanceof IndexMovedError)) throw error;
      return current(await store.pointers(projectIds));
    }
  }

  return {
    async search(request: SearchRequest): Promise<SearchPage> {
      const found = await indexes(request.projectIds);
      const accept = request.accept;
      const hits = rankHits(
        found.flatMap((index) => {
          const matches = index?.search(request.query) ?? [];
          return accept ? matches.filter((hit) => accept(hit.task)) : matches;
        }),
      );
      const end = request.offset + request.limit;
      return { hits: hits.slice(request.offset, end), more: hits.length > end };
    },
  };
}
