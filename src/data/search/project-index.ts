import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { Task } from '#data/entities/task';
import { searchTerm, tokensOf, wordsOf } from '#domain/search-text';
import type { SearchChange, SearchHit } from './search-index.ts';

/** The fields a task is found by, in the order a snippet prefers them. */
const FIELDS = ['title', 'description', 'labels', 'comments'] as const;
type Field = (typeof FIELDS)[number];
type IndexedDocument = { id: string } & Record<Field, string>;

/** Removals are remembered this long: longer than a stream record can be redelivered (24 h). */
export const TOMBSTONE_MS = 48 * 3600 * 1000;

const SNIPPET_CHARS = 160;
const SNIPPET_LEAD = 40;

const MINISEARCH_OPTIONS: Options<IndexedDocument> = {
  idField: 'id',
  fields: [...FIELDS],
  tokenize: tokensOf,
  processTerm: searchTerm,
  searchOptions: {
    combineWith: 'AND' as const,
    boost: { title: 3, labels: 2 },
    // Search as you type: the last word may be the start of one.
    prefix: (_term: string, index: number, terms: string[]) => index === terms.length - 1,
    // Typos only in words long enough to tell apart: 5+ letters one edit, 9+ two.
    fuzzy: (term: string) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
  },
};

interface IndexedComment {
  taskId: string;
  body: string;
  version: number;
}

/** What one project's index holds, as stored (see ADR 0007). */
interface Snapshot {
  format: 1;
  projectId: string;
  tasks: Record<string, Task>;
  comments: Record<string, IndexedComment>;
  /** Removed task and comment ids → when (epoch ms); changes to them are ignored. */
  tombstones: Record<string, number>;
  index: AsPlainObject;
}

/** An empty index for a project, or one rebuilt from the table's tasks and comments. */
export function createProjectIndex(
  projectId: string,
  source: {
    tasks?: readonly Task[];
    comments?: ReadonlyArray<{ id: string; taskId: string; body: string; version: number }>;
    tombstones?: Record<string, number>;
  } = {},
): ProjectIndex {
  const snapshot: Snapshot = {
    format: 1,
    projectId,
    tasks: {},
    comments: {},
    tombstones: { ...source.tombstones },
    index: new MiniSearch<IndexedDocument>(MINISEARCH_OPTIONS).toJSON(),
  };
  for (const task of source.tasks ?? []) snapshot.tasks[task.id] = task;
  for (const comment of source.comments ?? []) {
    snapshot.comments[comment.id] = { taskId: comment.taskId, body: comment.body, version: comment.version };
  }
  const index = wrap(snapshot, new MiniSearch<IndexedDocument>(MINISEARCH_OPTIONS));
  index.reindexAll();
  return index;
}

/** Reads a stored index (`serialize`'s output). */
export function loadProjectIndex(json: string): ProjectIndex {
  const snapshot = JSON.parse(json) as Snapshot;
  if (snapshot.format !== 1) throw new Error(`search index format ${String(snapshot.format)} is unknown`);
  return wrap(snapshot, MiniSearch.loadJS<IndexedDocument>(snapshot.index, MINISEARCH_OPTIONS));
}

function wrap(snapshot: Snapshot, engine: MiniSearch<IndexedDocument>) {
  const { tasks, comments, tombstones } = snapshot;
  /** Comment ids per task (derived, not stored). */
  const commentsOf = new Map<string, Set<string>>();
  for (const [id, comment] of Object.entries(comments)) addCommentOf(comment.taskId, id);

  function addCommentOf(taskId: string, commentId: string) {
    const set = commentsOf.get(taskId) ?? new Set<string>();
    set.add(commentId);
    commentsOf.set(taskId, set);
  }

  function documentOf(task: Task): IndexedDocument {
    const ids = commentsOf.get(task.id) ?? new Set<string>();
    return {
      id: task.id,
      title: task.title,
      description: task.description ?? '',
      labels: task.labels.join(' '),
      comments: [...ids].map((id) => comments[id]?.body ?? '').join('\n'),
    };
  }

  /** Puts the task's document (title, description, labels, its comments) in the index. */
  function reindex(taskId: string) {
    const task = tasks[taskId];
    if (engine.has(taskId)) engine.discard(taskId);
    if (task) engine.add(documentOf(task));
  }

  function forget(taskId: string, nowMs: number) {
    delete tasks[taskId];
    if (engine.has(taskId)) engine.discard(taskId);
    for (const commentId of commentsOf.get(taskId) ?? []) delete comments[commentId];
    commentsOf.delete(taskId);
    tombstones[taskId] = nowMs;
  }

  function applyChange(change: SearchChange, nowMs: number): boolean {
    switch (change.kind) {
      case 'task': {
        const id = change.taskId;
        if (id in tombstones) return false;
        const current = tasks[id];
        if (change.task === undefined) {
          if (current && current.version > change.version) return false;
          forget(id, nowMs);
          return true;
        }
        if (current && current.version >= change.version) return false;
        tasks[id] = change.task;
        reindex(id);
        return true;
      }
      case 'comment': {
        const { commentId, taskId } = change;
        if (commentId in tombstones || taskId in tombstones) return false;
        const current = comments[commentId];
        if (change.body === undefined) {
          if (current && current.version > change.version) return false;
          delete comments[commentId];
          commentsOf.get(taskId)?.delete(commentId);
          tombstones[commentId] = nowMs;
          reindex(taskId);
          return true;
        }
        if (current && current.version >= change.version) return false;
        // A comment may arrive before its task (another stream shard): it waits in the state.
        comments[commentId] = { taskId, body: change.body, version: change.version };
        addCommentOf(taskId, commentId);
        reindex(taskId);
        return true;
      }
      case 'project-removed':
        return false;
    }
  }

  function snippetOf(result: SearchResult, titleMatch: boolean): string {
    const task = tasks[result.id as string];
    if (!task) return '';
    const terms = new Set(result.terms);
    const document = documentOf(task);
    const matched = (Object.values(result.match).flat() as Field[]) ?? [];
    const field: Field = titleMatch
      ? 'title'
      : (FIELDS.find((name) => matched.includes(name) && name !== 'comments') ??
        (matched.includes('comments') ? 'comments' : 'title'));
    let text = document[field];
    if (field === 'comments') {
      // The first comment that holds a matched word.
      const ids = [...(commentsOf.get(task.id) ?? [])];
      const hit = ids
        .map((id) => comments[id]?.body ?? '')
        .find((body) => wordsOf(body).some(({ word }) => terms.has(word)));
      text = hit ?? text;
    }
    return highlight(text, terms);
  }

  return {
    projectId: snapshot.projectId,
    get taskCount() {
      return engine.documentCount;
    },
    /** Applies a change if it is newer than what is indexed; false when it changes nothing. */
    apply: applyChange,
    /** Every task matching the query, unordered, each with its snippet. */
    search(query: string): SearchHit[] {
      return engine.search(query).flatMap((result) => {
        const task = tasks[result.id as string];
        if (!task) return [];
        const titleMatch = Object.values(result.match).some((fields) => fields.includes('title'));
        let snippet: string | undefined;
        // Cut only for the hits a page returns: a common word matches thousands of tasks.
        return [
          {
            task,
            score: result.score,
            titleMatch,
            get snippet() {
              snippet ??= snippetOf(result, titleMatch);
              return snippet;
            },
          },
        ];
      });
    },
    /** Removed ids and when (a rebuild carries them over). */
    tombstones(): Record<string, number> {
      return { ...tombstones };
    },
    serialize(): string {
      return JSON.stringify({ ...snapshot, index: engine.toJSON() });
    },
    /** Indexes every task of the state (after building from a source). */
    reindexAll() {
      for (const id of Object.keys(tasks)) reindex(id);
    },
    /** Drops tombstones older than TOMBSTONE_MS. */
    prune(nowMs: number) {
      for (const [id, at] of Object.entries(tombstones)) if (nowMs - at > TOMBSTONE_MS) delete tombstones[id];
    },
  };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/**
 * Up to SNIPPET_CHARS of the text around its first matched word, HTML-escaped, each matched
 * word in `<mark>`; `…` where the text was cut.
 */
export function highlight(text: string, terms: ReadonlySet<string>): string {
  const words = wordsOf(text).filter(({ word }) => terms.has(word));
  const first = words[0]?.start ?? 0;
  const start = first > SNIPPET_LEAD ? first - SNIPPET_LEAD : 0;
  const end = Math.min(text.length, start + SNIPPET_CHARS);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const { start: from, end: to } of words) {
    if (from < start || to > end) continue;
    out += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  out += escapeHtml(text.slice(at, end));
  return end < text.length ? `${out}…` : out;
}

/** One project's index in memory: MiniSearch plus the versions and tombstones that keep updates idempotent. */
export type ProjectIndex = ReturnType<typeof wrap>;
