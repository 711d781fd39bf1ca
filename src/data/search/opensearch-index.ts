import type { Task } from '#data/entities/task';
import { ServiceUnavailableError } from '#domain/errors';
import { searchTerm, tokensOf } from '#domain/search-text';
import type {
  ProjectSource,
  SearchChange,
  SearchHit,
  SearchIndex,
  SearchIndexWriter,
  SearchPage,
  SearchRequest,
} from './search-index.ts';

/**
 * The search engine above the embedded index's bound (docs/search.md): one OpenSearch index,
 * one document per task keyed by its id, with the project id as a filter field. The request
 * builders are pure (tested without a network); a transport sends them (signed on AWS).
 */
export interface OpenSearchRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
}

export type OpenSearchTransport = (request: OpenSearchRequest) => Promise<{ status: number; body: unknown }>;

/** Ranked query: every word must match; the last as a prefix; 5+ letters fuzzy; title first. */
export function searchRequest(index: string, request: SearchRequest): OpenSearchRequest {
  const words = tokensOf(request.query).filter((token) => searchTerm(token) !== null);
  const last = words.length - 1;
  const must = words.map((word, position) => ({
    multi_match: {
      query: word,
      fields: ['title^3', 'labels^2', 'description', 'comments'],
      ...(position === last ? { type: 'phrase_prefix' } : {}),
      ...(position !== last && word.length >= 5 ? { fuzziness: word.length >= 9 ? 2 : 1 } : {}),
    },
  }));
  return {
    method: 'POST',
    path: `/${encodeURIComponent(index)}/_search`,
    body: {
      from: request.offset,
      // One more than the page: whether more follow.
      size: request.limit + 1,
      track_total_hits: false,
      query: {
        bool: {
          filter: [{ terms: { projectId: [...request.projectIds] } }],
          must,
          // Title matches first: a large boost for a title match of every word.
          should: [{ match: { title: { query: words.join(' '), operator: 'and', boost: 100 } } }],
        },
      },
      sort: ['_score', { 'task.id': 'desc' }],
      highlight: {
        pre_tags: ['<mark>'],
        post_tags: ['</mark>'],
        encoder: 'html',
        fragment_size: 160,
        number_of_fragments: 1,
        fields: { title: {}, description: {}, labels: {}, comments: {} },
      },
    },
  };
}

/** The write a change makes, versioned externally so an older record never overwrites a newer one. */
export function changeRequest(index: string, change: SearchChange): OpenSearchRequest {
  const base = `/${encodeURIComponent(index)}`;
  switch (change.kind) {
    case 'task':
      return change.task
        ? {
            method: 'POST',
            path: `${base}/_update/${encodeURIComponent(change.taskId)}?retry_on_conflict=5`,
            body: {
              script: {
                lang: 'painless',
                source:
                  'if (ctx._source.version != null && ctx._source.version >= params.version) { ctx.op = "none"; return; } ' +
                  'ctx._source.task = params.task; ctx._source.projectId = params.task.projectId; ' +
                  'ctx._source.title = params.task.title; ctx._source.description = params.description; ' +
                  'ctx._source.labels = params.task.labels; ctx._source.version = params.version;',
                params: {
                  task: change.task,
                  description: change.task.description ?? '',
                  version: change.version,
                },
              },
              upsert: { projectId: change.projectId },
              scripted_upsert: true,
            },
          }
        : {
            method: 'POST',
            path: `${base}/_delete_by_query?conflicts=proceed`,
            body: {
              query: {
                bool: {
                  filter: [
                    { term: { 'task.id': change.taskId } },
                    { range: { version: { lte: change.version } } },
                  ],
                },
              },
            },
          };
    case 'comment':
      return {
        method: 'POST',
        path: `${base}/_update/${encodeURIComponent(change.taskId)}?retry_on_conflict=5`,
        body: {
          script: {
            lang: 'painless',
            source:
              'if (ctx._source.commentVersions == null) { ctx._source.commentVersions = [:]; ctx._source.commentBodies = [:]; } ' +
              'def seen = ctx._source.commentVersions[params.id]; ' +
              'if (seen != null && seen >= params.version) { ctx.op = "none"; return; } ' +
              'ctx._source.commentVersions[params.id] = params.version; ' +
              'if (params.body == null) { ctx._source.commentBodies.remove(params.id); } else { ctx._source.commentBodies[params.id] = params.body; } ' +
              'ctx._source.comments = new ArrayList(ctx._source.commentBodies.values());',
            params: { id: change.commentId, version: change.version, body: change.body ?? null },
          },
          upsert: { projectId: change.projectId, commentVersions: {}, commentBodies: {}, comments: [] },
          scripted_upsert: true,
        },
      };
    case 'project-removed':
      return {
        method: 'POST',
        path: `${base}/_delete_by_query?conflicts=proceed`,
        body: { query: { term: { projectId: change.projectId } } },
      };
  }
}

interface OpenSearchHit {
  _source?: { task?: Task };
  _score?: number;
  highlight?: Record<string, string[]>;
}

/** The query side over OpenSearch; an engine that fails or does not answer is a 503. */
export function createOpenSearchIndex(deps: { index: string; transport: OpenSearchTransport }): SearchIndex {
  return {
    async search(request: SearchRequest): Promise<SearchPage> {
      let answer: Awaited<ReturnType<OpenSearchTransport>>;
      try {
        answer = await deps.transport(searchRequest(deps.index, request));
      } catch (error) {
        throw new ServiceUnavailableError('Search is unavailable. Try again shortly.', 2, error);
      }
      // No index yet: nothing was ever written, so nothing matches.
      if (answer.status === 404) return { hits: [], more: false };
      if (answer.status === 429 || answer.status >= 500) {
        throw new ServiceUnavailableError('Search is unavailable. Try again shortly.', 2);
      }
      if (answer.status !== 200) throw new Error(`OpenSearch search answered ${answer.status}`);
      const hits = ((answer.body as { hits?: { hits?: OpenSearchHit[] } }).hits?.hits ?? []).flatMap(
        (hit): SearchHit[] => {
          const task = hit._source?.task;
          if (!task || (request.accept && !request.accept(task))) return [];
          const fields = hit.highlight ?? {};
          const field = ['title', 'description', 'labels', 'comments'].find((name) => fields[name]?.length);
          return [
            {
              task,
              score: hit._score ?? 0,
              titleMatch: Boolean(fields.title?.length),
              snippet: (field && fields[field]?.[0]) ?? task.title,
            },
          ];
        },
      );
      return { hits: hits.slice(0, request.limit), more: hits.length > request.limit };
    },
  };
}

/**
 * The index's mapping: ids are exact keywords (filters, sort, removal by id), the task is kept
 * whole in the source but only its id indexed, comment bookkeeping is stored, not indexed.
 */
export function createIndexRequest(index: string): OpenSearchRequest {
  return {
    method: 'PUT',
    path: `/${encodeURIComponent(index)}`,
    body: {
      mappings: {
        dynamic: false,
        properties: {
          projectId: { type: 'keyword' },
          version: { type: 'long' },
          task: { type: 'object', dynamic: false, properties: { id: { type: 'keyword' } } },
          title: { type: 'text' },
          description: { type: 'text' },
          labels: { type: 'text' },
          comments: { type: 'text' },
          commentVersions: { type: 'object', enabled: false },
          commentBodies: { type: 'object', enabled: false },
        },
      },
    },
  };
}

function errorType(body: unknown): string | undefined {
  return (body as { error?: { type?: string } } | undefined)?.error?.type;
}

/**
 * The write side over OpenSearch (stream worker and rebuild). Every write is versioned in the
 * document (see changeRequest), so a redelivered or reordered record changes nothing twice; a
 * failed write throws and the stream retries the record.
 */
export function createOpenSearchWriter(deps: {
  index: string;
  transport: OpenSearchTransport;
}): SearchIndexWriter {
  let indexReady: Promise<void> | undefined;

  async function send(request: OpenSearchRequest): Promise<void> {
    const answer = await deps.transport(request);
    if (answer.status >= 300) {
      throw new Error(`OpenSearch ${request.method} ${request.path.split('?')[0]} answered ${answer.status}`);
    }
  }

  /** Creates the index with its mapping once; one that exists already is fine. */
  function ensureIndex(): Promise<void> {
    indexReady ??= (async () => {
      const answer = await deps.transport(createIndexRequest(deps.index));
      if (answer.status >= 300 && errorType(answer.body) !== 'resource_already_exists_exception') {
        throw new Error(`OpenSearch index creation answered ${answer.status}`);
      }
    })().catch((error: unknown) => {
      indexReady = undefined;
      throw error;
    });
    return indexReady;
  }

  /** One versioned request per change: each costs the same whatever the project's size. */
  async function apply(changes: readonly SearchChange[]): Promise<void> {
    await ensureIndex();
    for (const change of changes) await send(changeRequest(deps.index, change));
  }

  return {
    apply,
    async rebuildProject(projectId: string, read: () => Promise<ProjectSource>) {
      // Versioned writes: what the stream wrote meanwhile is newer and stays.
      const source = await read();
      await apply(
        source.tasks.map((task) => ({
          kind: 'task',
          projectId,
          taskId: task.id,
          version: task.version,
          task,
        })),
      );
      await apply(
        source.comments.map((comment) => ({
          kind: 'comment',
          projectId,
          taskId: comment.taskId,
          commentId: comment.id,
          version: comment.version,
          body: comment.body,
        })),
      );
      return { tasks: source.tasks.length };
    },
  };
}
