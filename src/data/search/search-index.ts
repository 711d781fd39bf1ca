import type { Task } from '#data/entities/task';

/**
 * The search engine as the services and the stream worker see it. Two implementations: the
 * embedded one (a MiniSearch index per project in the bucket, ADR 0007) and OpenSearch.
 */

/** One change to what is searchable; `undefined` content means removed. */
export type SearchChange =
  | { kind: 'task'; projectId: string; taskId: string; version: number; task?: Task | undefined }
  | {
      kind: 'comment';
      projectId: string;
      taskId: string;
      commentId: string;
      version: number;
      body?: string | undefined;
    }
  | { kind: 'project-removed'; projectId: string };

/** A task that matched, with its rank inputs and a highlighted snippet (HTML-escaped, `<mark>`). */
export interface SearchHit {
  task: Task;
  score: number;
  /** Title matches rank before all others. */
  titleMatch: boolean;
  snippet: string;
}

export interface SearchRequest {
  /** Only these projects are searched: the caller's readable projects, decided by the service. */
  projectIds: readonly string[];
  query: string;
  /** Keeps only the tasks it accepts (the task list's filters). */
  accept?: ((task: Task) => boolean) | undefined;
  offset: number;
  limit: number;
}

export interface SearchPage {
  hits: SearchHit[];
  /** Whether hits follow this page. */
  more: boolean;
}

/** The query side (reachable from the API). */
export interface SearchIndex {
  search(request: SearchRequest): Promise<SearchPage>;
}

/** A project's tasks and comments as read from the table, for a rebuild. */
export interface ProjectSource {
  tasks: Task[];
  comments: Array<{ id: string; taskId: string; body: string; version: number }>;
}

/** The write side (the stream worker and the rebuild only). */
export interface SearchIndexWriter {
  /**
   * Applies changes (of any projects, in stream order); idempotent, and an older version never
   * overwrites a newer one. The embedded index writes each project once for all its changes.
   */
  apply(changes: readonly SearchChange[]): Promise<void>;
  /** Replaces a project's index with one built from `read()` (read again after a concurrent change). */
  rebuildProject(projectId: string, read: () => Promise<ProjectSource>): Promise<{ tasks: number }>;
}

/** Ranks hits: title matches first, then by score, then newest task first (stable pages). */
export function rankHits(hits: SearchHit[]): SearchHit[] {
  return hits.sort(
    (a, b) =>
      Number(b.titleMatch) - Number(a.titleMatch) ||
      b.score - a.score ||
      (a.task.id < b.task.id ? 1 : a.task.id > b.task.id ? -1 : 0),
  );
}
