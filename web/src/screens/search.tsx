import { useState } from 'preact/hooks';
import { useApp } from '../context.ts';
import { expectData } from '../problem.ts';
import { Link, useLocation } from '../router.ts';
import { statusLabel } from '../tasks.ts';
import { ProblemNotice } from '../ui/problem-notice.tsx';
import { useLoad } from '../ui/use-load.ts';

/** Splits the API's snippet on its <mark> tags and renders them as elements, never as HTML. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/<mark>|<\/mark>/);
  return (
    <span class="snippet">
      {parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}
    </span>
  );
}

export function SearchScreen() {
  const { api } = useApp();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const [limit] = useState(25);
  const results = useLoad(
    async () =>
      q.trim()
        ? expectData(api.GET('/v1/search', { params: { query: { q, limit } } }))
        : { items: [], nextCursor: null },
    [q],
  );
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title" tabIndex={-1}>
        Search{q ? `: “${q}”` : ''}
      </h1>
      <ProblemNotice problem={results.problem} onRetry={results.reload} />
      {results.loading ? <p role="status">Searching…</p> : null}
      <ul class="task-list" aria-label="Search results">
        {(results.data?.items ?? []).map((result) => (
          <li key={result.task.id}>
            <Link href={`/projects/${result.task.projectId}/tasks/${result.task.id}`}>
              {result.task.title}
            </Link>{' '}
            <span class="badge">{statusLabel(result.task.status)}</span> in {result.project.name}
            <br />
            <Snippet text={result.snippet} />
          </li>
        ))}
      </ul>
      {results.data && results.data.items.length === 0 && q ? <p>No task matches “{q}”.</p> : null}
    </section>
  );
}
