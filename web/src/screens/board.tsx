import { useEffect, useMemo, useState } from 'preact/hooks';
import type { components } from '../../../clients/typescript/src/index.ts';
import { useApp } from '../context.ts';
import { expectData } from '../problem.ts';
import { can } from '../roles.ts';
import { Link } from '../router.ts';
import { type Priority, parseLabels, STATUSES, type Task, type TaskStatus } from '../tasks.ts';
import { AssigneeSelect } from '../ui/assignee-select.tsx';
import { Field, fieldValue, SelectField, TextField } from '../ui/field.tsx';
import { PrioritySelect } from '../ui/priority-select.tsx';
import { ProblemNotice } from '../ui/problem-notice.tsx';
import { useAction, useLoad } from '../ui/use-load.ts';
import { ExportPanel } from './export-panel.tsx';
import { loadAllMembers } from './members.tsx';

type Member = components['schemas']['Member'];
type Sort = 'createdAt' | '-createdAt' | 'dueDate' | '-dueDate';

const SORTS: ReadonlyArray<{ value: Sort; label: string }> = [
  { value: 'createdAt', label: 'Oldest first' },
  { value: '-createdAt', label: 'Newest first' },
  { value: 'dueDate', label: 'Due soonest' },
  { value: '-dueDate', label: 'Due latest' },
];

interface Filters {
  assigneeId: string;
  label: string;
  dueBefore: string;
  sort: Sort;
}

const PAGE_SIZE = 25;

function memberName(members: Member[], userId: string | undefined): string | undefined {
  if (!userId) return undefined;
  return members.find((member) => member.userId === userId)?.email ?? userId;
}

function TaskCard({
  task,
  members,
  editable,
  onMoved,
}: {
  task: Task;
  members: Member[];
  editable: boolean;
  onMoved: () => void;
}) {
  const { api } = useApp();
  const move = useAction();
  const moveTo = (status: TaskStatus) =>
    void move
      .run(async () => {
        await expectData(
          api.PATCH('/v1/projects/{projectId}/tasks/{taskId}', {
            params: { path: { projectId: task.projectId, taskId: task.id } },
            body: { status },
          }),
        );
      })
      .then((ok) => ok && onMoved());
  const assignee = memberName(members, task.assigneeId);
  return (
    <li class={`card task priority-${task.priority}`}>
      <Link href={`/projects/${task.projectId}/tasks/${task.id}`}>{task.title}</Link>
      <div class="meta">
        <span class="badge">{task.priority}</span>
        {task.dueDate ? <span>due {task.dueDate}</span> : null}
        {assignee ? <span>→ {assignee}</span> : null}
        {task.isBlocked ? <span class="badge warn">blocked by {task.blockedBy.length}</span> : null}
        {task.subtaskCount > 0 ? (
          <span>
            {task.completedSubtaskCount}/{task.subtaskCount} subtasks
          </span>
        ) : null}
      </div>
      {task.labels.length > 0 ? (
        <ul class="labels" aria-label={`Labels of ${task.title}`}>
          {task.labels.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <>
          <label class="visually-hidden" for={`move-${task.id}`}>
            Move {task.title} to
          </label>
          <select
            id={`move-${task.id}`}
            value={task.status}
            disabled={move.busy}
            onChange={(event) => moveTo((event.currentTarget as HTMLSelectElement).value as TaskStatus)}
          >
            {STATUSES.map((status) => (
              <option key={status.value} value={status.value}>
                {status.label}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <ProblemNotice problem={move.problem} onRetry={() => moveTo(task.status)} />
    </li>
  );
}

function Column({
  projectId,
  status,
  label,
  filters,
  round,
  members,
  editable,
  onMoved,
}: {
  projectId: string;
  status: TaskStatus;
  label: string;
  filters: Filters;
  round: number;
  members: Member[];
  editable: boolean;
  onMoved: () => void;
}) {
  const { api } = useApp();
  const [tasks, setTasks] = useState<Task[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const query = useMemo(
    () => ({
      status,
      limit: PAGE_SIZE,
      sort: filters.sort,
      ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
      ...(filters.label ? { label: filters.label } : {}),
      ...(filters.dueBefore ? { dueBefore: filters.dueBefore } : {}),
    }),
    [status, filters],
  );
  const first = useLoad(async () => {
    const page = await expectData(
      api.GET('/v1/projects/{projectId}/tasks', { params: { path: { projectId }, query } }),
    );
    setTasks(page.items);
    setCursor(page.nextCursor);
    return page;
  }, [projectId, query, round]);
  const more = useAction();
  const loadMore = () =>
    void more.run(async () => {
      if (!cursor) return;
      const page = await expectData(
        api.GET('/v1/projects/{projectId}/tasks', {
          params: { path: { projectId }, query: { ...query, cursor } },
        }),
      );
      setTasks((previous) => [...previous, ...page.items]);
      setCursor(page.nextCursor);
    });
  const id = `column-${status}`;
  return (
    <section class="column" aria-labelledby={id} aria-busy={first.loading}>
      <h2 id={id}>
        {label}{' '}
        <span class="count">
          {tasks.length}
          {cursor ? '+' : ''}
        </span>
      </h2>
      <ProblemNotice problem={first.problem} onRetry={first.reload} />
      <ul class="cards" aria-label={`${label} tasks`}>
        {tasks.map((task) => (
          <TaskCard key={task.id} task={task} members={members} editable={editable} onMoved={onMoved} />
        ))}
      </ul>
      {!first.loading && tasks.length === 0 && !first.problem ? <p class="empty">No tasks</p> : null}
      {cursor ? (
        <button type="button" onClick={loadMore} disabled={more.busy}>
          Load more ({label})
        </button>
      ) : null}
      <ProblemNotice problem={more.problem} onRetry={loadMore} />
    </section>
  );
}

interface Draft {
  title: string;
  description: string;
  priority: Priority;
  dueDate: string;
  labels: string;
  assigneeId: string;
}

const EMPTY_DRAFT: Draft = {
  title: '',
  description: '',
  priority: 'medium',
  dueDate: '',
  labels: '',
  assigneeId: '',
};

/** The fields a task form sends: empty inputs are left out. */
export function draftBody(draft: Draft) {
  return {
    title: draft.title,
    priority: draft.priority,
    ...(draft.description ? { description: draft.description } : {}),
    ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
    ...(draft.assigneeId ? { assigneeId: draft.assigneeId } : {}),
    labels: parseLabels(draft.labels),
  };
}

function NewTaskForm({
  projectId,
  members,
  onCreated,
}: {
  projectId: string;
  members: Member[];
  onCreated: () => void;
}) {
  const { api } = useApp();
  const create = useAction();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [open, setOpen] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await create.run(async () => {
      await expectData(
        api.POST('/v1/projects/{projectId}/tasks', {
          params: { path: { projectId }, header: { 'idempotency-key': crypto.randomUUID() } },
          body: draftBody(draft),
        }),
      );
    });
    if (ok) {
      setDraft(EMPTY_DRAFT);
      onCreated();
    }
  };
  if (!open) {
    return (
      <button type="button" class="primary" onClick={() => setOpen(true)}>
        New task
      </button>
    );
  }
  return (
    <form onSubmit={submit} class="card new-task" aria-labelledby="new-task-title" noValidate>
      <h2 id="new-task-title">New task</h2>
      <ProblemNotice problem={create.problem} />
      <Field label="Title" error={create.fields.title}>
        {(ids) => (
          <input
            id={ids.id}
            value={draft.title}
            aria-invalid={ids.invalid}
            aria-describedby={ids.describedBy}
            onInput={(event) => set({ title: fieldValue(event) })}
          />
        )}
      </Field>
      <Field label="Description" error={create.fields.description}>
        {(ids) => (
          <textarea
            id={ids.id}
            value={draft.description}
            aria-invalid={ids.invalid}
            aria-describedby={ids.describedBy}
            onInput={(event) => set({ description: fieldValue(event) })}
          />
        )}
      </Field>
      <div class="row">
        <PrioritySelect
          value={draft.priority}
          error={create.fields.priority}
          onChange={(priority) => set({ priority })}
        />
        <TextField
          label="Due date"
          error={create.fields.dueDate}
          type="date"
          value={draft.dueDate}
          onValue={(dueDate) => set({ dueDate })}
        />
        <AssigneeSelect
          value={draft.assigneeId}
          members={members}
          error={create.fields.assigneeId}
          onChange={(assigneeId) => set({ assigneeId })}
        />
      </div>
      <TextField
        label="Labels"
        hint="Separated by commas"
        error={create.fields.labels}
        value={draft.labels}
        onValue={(labels) => set({ labels })}
      />
      <button type="submit" class="primary" disabled={create.busy}>
        Create task
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Close
      </button>
    </form>
  );
}

export function BoardScreen({ projectId }: { projectId: string }) {
  const { api } = useApp();
  const project = useLoad(
    () => expectData(api.GET('/v1/projects/{projectId}', { params: { path: { projectId } } })),
    [projectId],
  );
  const members = useLoad(() => loadAllMembers(api, projectId), [projectId]);
  const [filters, setFilters] = useState<Filters>({
    assigneeId: '',
    label: '',
    dueBefore: '',
    sort: 'createdAt',
  });
  const [labelText, setLabelText] = useState('');
  const [round, setRound] = useState(0);
  const refresh = () => setRound((value) => value + 1);
  useEffect(() => {
    // The label filter applies once typing pauses, not on every key.
    const timer = setTimeout(() => setFilters((previous) => ({ ...previous, label: labelText.trim() })), 300);
    return () => clearTimeout(timer);
  }, [labelText]);
  const role = project.data?.role;
  const editable = role ? can.editTasks(role) : false;
  const memberList = members.data ?? [];
  if (project.problem) {
    return (
      <section>
        <h1 tabIndex={-1}>Project</h1>
        <ProblemNotice problem={project.problem} onRetry={project.reload} />
        <Link href="/">Back to your projects</Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="board-title" class="board">
      <div class="board-head">
        <h1 id="board-title" tabIndex={-1}>
          {project.data?.name ?? 'Project'}
        </h1>
        <Link href={`/projects/${projectId}/members`}>Members</Link>
      </div>
      {project.data?.description ? <p>{project.data.description}</p> : null}
      <form class="filters" aria-label="Filter and sort tasks" onSubmit={(event) => event.preventDefault()}>
        <AssigneeSelect
          label="Filter by assignee"
          nobody="Anyone"
          value={filters.assigneeId}
          members={memberList}
          onChange={(assigneeId) => setFilters({ ...filters, assigneeId })}
        />
        <Field label="Filter by label">
          {(ids) => (
            <input
              id={ids.id}
              value={labelText}
              onInput={(event) => setLabelText((event.currentTarget as HTMLInputElement).value)}
            />
          )}
        </Field>
        <Field label="Due before">
          {(ids) => (
            <input
              id={ids.id}
              type="date"
              value={filters.dueBefore}
              onInput={(event) =>
                setFilters({ ...filters, dueBefore: (event.currentTarget as HTMLInputElement).value })
              }
            />
          )}
        </Field>
        <SelectField
          label="Sort by"
          value={filters.sort}
          options={SORTS}
          onValue={(sort) => setFilters({ ...filters, sort })}
        />
      </form>
      {editable ? <NewTaskForm projectId={projectId} members={memberList} onCreated={refresh} /> : null}
      <div class="columns">
        {STATUSES.map((status) => (
          <Column
            key={status.value}
            projectId={projectId}
            status={status.value}
            label={status.label}
            filters={filters}
            round={round}
            members={memberList}
            editable={editable}
            onMoved={refresh}
          />
        ))}
      </div>
      {role ? <ExportPanel projectId={projectId} /> : null}
    </section>
  );
}
