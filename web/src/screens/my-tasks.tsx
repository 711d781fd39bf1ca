import { useState } from 'preact/hooks';
import { useApp } from '../context.ts';
import { expectData } from '../problem.ts';
import { Link } from '../router.ts';
import { STATUSES, statusLabel, type Task, type TaskStatus } from '../tasks.ts';
import { ProblemNotice } from '../ui/problem-notice.tsx';
import { useAction, useLoad } from '../ui/use-load.ts';

/** Tasks assigned to me across every project, by status, with "load more" on the cursor. */
export function MyTasksScreen() {
  const { api } = useApp();
  const [status, setStatus] = useState<TaskStatus | ''>('');
  const [items, setItems] = useState<Task[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const query = { limit: 50, ...(status ? { status } : {}) };
  const list = useLoad(async () => {
    const page = await expectData(api.GET('/v1/me/tasks', { params: { query } }));
    setItems(page.items);
    setCursor(page.nextCursor);
    return page;
  }, [status]);
  const more = useAction();
  const loadMore = () =>
    void more.run(async () => {
      if (!cursor) return;
      const page = await expectData(api.GET('/v1/me/tasks', { params: { query: { ...query, cursor } } }));
      setItems((previous) => [...previous, ...page.items]);
      setCursor(page.nextCursor);
    });
  return (
    <section aria-labelledby="my-tasks-title">
      <h1 id="my-tasks-title" tabIndex={-1}>
        My tasks
      </h1>
      <label for="my-status">Status</label>{' '}
      <select
        id="my-status"
        value={status}
        onChange={(event) => setStatus((event.currentTarget as HTMLSelectElement).value as TaskStatus | '')}
      >
        <option value="">Any</option>
        {STATUSES.map((entry) => (
          <option key={entry.value} value={entry.value}>
            {entry.label}
          </option>
        ))}
      </select>
      <ProblemNotice problem={list.problem} onRetry={list.reload} />
      <ul class="task-list" aria-label="Tasks assigned to me">
        {items.map((task) => (
          <li key={task.id}>
            <Link href={`/projects/${task.projectId}/tasks/${task.id}`}>{task.title}</Link>{' '}
            <span class="badge">{statusLabel(task.status)}</span>{' '}
            {task.dueDate ? <span>due {task.dueDate}</span> : null}
          </li>
        ))}
      </ul>
      {!list.loading && items.length === 0 && !list.problem ? (
        <p>Nothing assigned to you{status ? ' with this status' : ''}.</p>
      ) : null}
      {cursor ? (
        <button type="button" onClick={loadMore} disabled={more.busy}>
          Load more tasks
        </button>
      ) : null}
      <ProblemNotice problem={more.problem} onRetry={loadMore} />
    </section>
  );
}
