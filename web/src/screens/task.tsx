import { useState } from 'preact/hooks';
import type { components } from '../../../clients/typescript/src/index.ts';
import { useApp } from '../context.ts';
import { ApiProblem, expectData, expectDataAndTag } from '../problem.ts';
import { can } from '../roles.ts';
import { Link } from '../router.ts';
import { type Priority, parseLabels, STATUSES, type Task, type TaskStatus } from '../tasks.ts';
import { AssigneeSelect } from '../ui/assignee-select.tsx';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { Field, fieldValue, SelectField, TextField } from '../ui/field.tsx';
import { PrioritySelect } from '../ui/priority-select.tsx';
import { ProblemNotice } from '../ui/problem-notice.tsx';
import { useAction, useLoad } from '../ui/use-load.ts';
import { uploadToPresignedUrl } from '../upload.ts';
import { loadAllMembers } from './members.tsx';

type Comment = components['schemas']['Comment'];
type Attachment = components['schemas']['Attachment'];
type Member = components['schemas']['Member'];
type TaskUpdate = components['schemas']['TaskUpdate'];

interface EditDraft {
  title: string;
  description: string;
  status: TaskStatus;
  priority: Priority;
  assigneeId: string;
  dueDate: string;
  labels: string;
}

function draftOf(task: Task): EditDraft {
  return {
    title: task.title,
    description: task.description ?? '',
    status: task.status,
    priority: task.priority,
    assigneeId: task.assigneeId ?? '',
    dueDate: task.dueDate ?? '',
    labels: task.labels.join(', '),
  };
}

/** Only what the user changed, so reapplying it on a newer version keeps the other person's edits. */
function changesBetween(before: EditDraft, after: EditDraft): TaskUpdate {
  const changes: TaskUpdate = {};
  if (after.title !== before.title) changes.title = after.title;
  if (after.description !== before.description) changes.description = after.description || null;
  if (after.status !== before.status) changes.status = after.status;
  if (after.priority !== before.priority) changes.priority = after.priority;
  if (after.assigneeId !== before.assigneeId) changes.assigneeId = after.assigneeId || null;
  if (after.dueDate !== before.dueDate) changes.dueDate = after.dueDate || null;
  if (after.labels !== before.labels) changes.labels = parseLabels(after.labels);
  return changes;
}

function TaskEditor({
  task,
  etag,
  members,
  onSaved,
}: {
  task: Task;
  etag: string;
  members: Member[];
  onSaved: (task: Task, etag: string) => void;
}) {
  const { api } = useApp();
  const save = useAction();
  const [base, setBase] = useState(() => ({ draft: draftOf(task), etag }));
  const [draft, setDraft] = useState(() => draftOf(task));
  const [conflict, setConflict] = useState<TaskUpdate | undefined>();
  const set = (patch: Partial<EditDraft>) => setDraft((previous) => ({ ...previous, ...patch }));
  const path = { projectId: task.projectId, taskId: task.id };

  const send = async (changes: TaskUpdate, ifMatch: string) => {
    const ok = await save
      .run(async () => {
        const saved = await expectDataAndTag(
          api.PATCH('/v1/projects/{projectId}/tasks/{taskId}', {
            params: { path, header: { 'if-match': ifMatch } },
            body: changes,
          }),
        );
        setBase({ draft: draftOf(saved.data), etag: saved.etag });
        setDraft(draftOf(saved.data));
        setConflict(undefined);
        onSaved(saved.data, saved.etag);
      })
      .catch(() => false);
    if (!ok) setConflict(changes);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void send(changesBetween(base.draft, draft), base.etag);
  };
  /** 412: read the task as it is now and apply the same changes to that version. */
  const reloadAndReapply = () =>
    void save.run(async () => {
      const latest = await expectDataAndTag(
        api.GET('/v1/projects/{projectId}/tasks/{taskId}', { params: { path } }),
      );
      const changes = conflict ?? {};
      setBase({ draft: draftOf(latest.data), etag: latest.etag });
      const saved = await expectDataAndTag(
        api.PATCH('/v1/projects/{projectId}/tasks/{taskId}', {
          params: { path, header: { 'if-match': latest.etag } },
          body: changes,
        }),
      );
      setBase({ draft: draftOf(saved.data), etag: saved.etag });
      setDraft(draftOf(saved.data));
      setConflict(undefined);
      onSaved(saved.data, saved.etag);
    });
  const fields = save.fields;
  return (
    <form onSubmit={submit} class="card" aria-labelledby="edit-title" noValidate>
      <h2 id="edit-title">Details</h2>
      <ProblemNotice
        problem={save.problem}
        onReloadAndReapply={reloadAndReapply}
        onRetry={submit.bind(null, new Event('submit'))}
      />
      <Field label="Title" error={fields.title}>
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
      <Field label="Description" error={fields.description}>
        {(ids) => (
          <textarea
            id={ids.id}
            rows={4}
            value={draft.description}
            aria-invalid={ids.invalid}
            aria-describedby={ids.describedBy}
            onInput={(event) => set({ description: fieldValue(event) })}
          />
        )}
      </Field>
      <div class="row">
        <SelectField
          label="Status"
          error={fields.status}
          value={draft.status}
          options={STATUSES}
          onValue={(status) => set({ status })}
        />
        <PrioritySelect
          value={draft.priority}
          error={fields.priority}
          onChange={(priority) => set({ priority })}
        />
        <AssigneeSelect
          value={draft.assigneeId}
          members={members}
          error={fields.assigneeId}
          onChange={(assigneeId) => set({ assigneeId })}
        />
        <TextField
          label="Due date"
          error={fields.dueDate}
          type="date"
          value={draft.dueDate}
          onValue={(dueDate) => set({ dueDate })}
        />
      </div>
      <TextField
        label="Labels"
        hint="Separated by commas"
        error={fields.labels}
        value={draft.labels}
        onValue={(labels) => set({ labels })}
      />
      <button type="submit" class="primary" disabled={save.busy}>
        Save changes
      </button>
    </form>
  );
}

function Comments({ task, canManage }: { task: Task; canManage: boolean }) {
  const { api, session } = useApp();
  const path = { taskId: task.id };
  const [items, setItems] = useState<Comment[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const list = useLoad(async () => {
    const page = await expectData(
      api.GET('/v1/tasks/{taskId}/comments', { params: { path, query: { limit: 50 } } }),
    );
    setItems(page.items);
    setCursor(page.nextCursor);
    return page;
  }, [task.id]);
  const add = useAction();
  const edit = useAction();
  const [body, setBody] = useState('');
  const [editing, setEditing] = useState<{ id: string; body: string } | undefined>();
  const loadMore = () =>
    void edit.run(async () => {
      if (!cursor) return;
      const page = await expectData(
        api.GET('/v1/tasks/{taskId}/comments', { params: { path, query: { limit: 50, cursor } } }),
      );
      setItems((previous) => [...previous, ...page.items]);
      setCursor(page.nextCursor);
    });
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await add.run(async () => {
      await expectData(
        api.POST('/v1/tasks/{taskId}/comments', {
          params: { path, header: { 'idempotency-key': crypto.randomUUID() } },
          body: { body },
        }),
      );
    });
    if (ok) {
      setBody('');
      list.reload();
    }
  };
  const saveEdit = async (event: Event) => {
    event.preventDefault();
    if (!editing) return;
    const ok = await edit.run(async () => {
      await expectData(
        api.PATCH('/v1/tasks/{taskId}/comments/{commentId}', {
          params: { path: { taskId: task.id, commentId: editing.id } },
          body: { body: editing.body },
        }),
      );
    });
    if (ok) {
      setEditing(undefined);
      list.reload();
    }
  };
  const remove = (comment: Comment) =>
    void edit
      .run(async () => {
        await expectData(
          api.DELETE('/v1/tasks/{taskId}/comments/{commentId}', {
            params: { path: { taskId: task.id, commentId: comment.id } },
          }),
        );
      })
      .then((ok) => ok && list.reload());
  return (
    <section class="card" aria-labelledby="comments-title">
      <h2 id="comments-title">Comments</h2>
      <ProblemNotice problem={list.problem} onRetry={list.reload} />
      <ProblemNotice
        problem={edit.problem?.status === 422 ? undefined : edit.problem}
        onRetry={list.reload}
      />
      <ol class="comments" aria-label="Comments">
        {items.map((comment) => {
          const mine = comment.authorId === session.me?.sub;
          return (
            <li key={comment.id}>
              {editing?.id === comment.id ? (
                <form onSubmit={saveEdit} noValidate>
                  <Field label="Edit your comment" error={edit.fields.body}>
                    {(ids) => (
                      <textarea
                        id={ids.id}
                        value={editing.body}
                        aria-invalid={ids.invalid}
                        aria-describedby={ids.describedBy}
                        onInput={(event) =>
                          setEditing({
                            id: comment.id,
                            body: (event.currentTarget as HTMLTextAreaElement).value,
                          })
                        }
                      />
                    )}
                  </Field>
                  <button type="submit">Save comment</button>{' '}
                  <button type="button" onClick={() => setEditing(undefined)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <p class="comment-body">{comment.body}</p>
                  <small>
                    {mine ? 'you' : comment.authorId.slice(0, 8)} ·{' '}
                    {new Date(comment.createdAt).toLocaleString()}
                    {comment.updatedAt !== comment.createdAt ? ' (edited)' : ''}
                  </small>{' '}
                  {mine ? (
                    <button type="button" onClick={() => setEditing({ id: comment.id, body: comment.body })}>
                      Edit
                    </button>
                  ) : null}{' '}
                  {mine || canManage ? (
                    <ConfirmButton
                      label="Delete"
                      question="Delete this comment?"
                      confirmLabel="Delete comment"
                      onConfirm={() => remove(comment)}
                    />
                  ) : null}
                </>
              )}
            </li>
          );
        })}
      </ol>
      {cursor ? (
        <button type="button" onClick={loadMore}>
          Load more comments
        </button>
      ) : null}
      <form onSubmit={submit} noValidate>
        <ProblemNotice problem={add.problem} />
        <Field label="Add a comment" error={add.fields.body}>
          {(ids) => (
            <textarea
              id={ids.id}
              value={body}
              aria-invalid={ids.invalid}
              aria-describedby={ids.describedBy}
              onInput={(event) => setBody((event.currentTarget as HTMLTextAreaElement).value)}
            />
          )}
        </Field>
        <button type="submit" disabled={add.busy}>
          Post comment
        </button>
      </form>
    </section>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function Attachments({ task, editable }: { task: Task; editable: boolean }) {
  const { api } = useApp();
  const path = { taskId: task.id };
  const list = useLoad(
    () => expectData(api.GET('/v1/tasks/{taskId}/attachments', { params: { path, query: { limit: 100 } } })),
    [task.id],
  );
  const upload = useAction();
  const act = useAction();
  const [progress, setProgress] = useState<number | undefined>();
  const [links, setLinks] = useState<Record<string, string>>({});
  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void upload
      .run(async () => {
        const created = await expectData(
          api.POST('/v1/tasks/{taskId}/attachments', {
            params: { path, header: { 'idempotency-key': crypto.randomUUID() } },
            body: {
              filename: file.name,
              contentType: file.type || 'application/octet-stream',
              size: file.size,
            },
          }),
        );
        setProgress(0);
        try {
          await uploadToPresignedUrl(created.upload, file, setProgress);
        } catch (error) {
          throw new ApiProblem({
            type: 'about:blank',
            title: error instanceof Error ? error.message : 'The upload failed',
            status: 0,
            code: 'upload_failed',
          });
        }
        await expectData(
          api.POST('/v1/tasks/{taskId}/attachments/{attachmentId}/complete', {
            params: { path: { taskId: task.id, attachmentId: created.id } },
          }),
        );
      })
      .then((ok) => {
        setProgress(undefined);
        input.value = '';
        if (ok) list.reload();
      });
  };
  const download = (attachment: Attachment) =>
    void act.run(async () => {
      const fresh = await expectData(
        api.GET('/v1/tasks/{taskId}/attachments/{attachmentId}', {
          params: { path: { taskId: task.id, attachmentId: attachment.id } },
        }),
      );
      if (fresh.download)
        setLinks((previous) => ({ ...previous, [attachment.id]: fresh.download?.url ?? '' }));
    });
  const remove = (attachment: Attachment) =>
    void act
      .run(async () => {
        await expectData(
          api.DELETE('/v1/tasks/{taskId}/attachments/{attachmentId}', {
            params: { path: { taskId: task.id, attachmentId: attachment.id } },
          }),
        );
      })
      .then((ok) => ok && list.reload());
  return (
    <section class="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title">Attachments</h2>
      <ProblemNotice problem={list.problem} onRetry={list.reload} />
      <ProblemNotice problem={act.problem} onRetry={list.reload} />
      <ul class="attachments" aria-label="Attachments">
        {(list.data?.items ?? []).map((attachment) => (
          <li key={attachment.id}>
            <span>{attachment.filename}</span> <small>{formatSize(attachment.size)}</small>{' '}
            {attachment.status === 'ready' ? (
              links[attachment.id] !== undefined ? (
                <a href={links[attachment.id] ?? ''} download={attachment.filename}>
                  Save {attachment.filename}
                </a>
              ) : (
                <button type="button" onClick={() => download(attachment)}>
                  Download {attachment.filename}
                </button>
              )
            ) : (
              <span class="badge">upload not finished</span>
            )}{' '}
            {editable ? (
              <ConfirmButton
                label={`Remove ${attachment.filename}`}
                question={`Remove ${attachment.filename}?`}
                confirmLabel="Remove file"
                onConfirm={() => remove(attachment)}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <>
          <ProblemNotice problem={upload.problem} />
          <Field
            label="Attach a file"
            error={upload.fields.filename ?? upload.fields.contentType ?? upload.fields.size}
          >
            {(ids) => (
              <input
                id={ids.id}
                type="file"
                aria-invalid={ids.invalid}
                aria-describedby={ids.describedBy}
                onChange={onFile}
                disabled={upload.busy}
              />
            )}
          </Field>
          {progress !== undefined ? (
            <div role="status">
              <label for="upload-progress">Uploading: {Math.round(progress * 100)} %</label>{' '}
              <progress id="upload-progress" max={1} value={progress} />
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function Structure({ task, editable, onChanged }: { task: Task; editable: boolean; onChanged: () => void }) {
  const { api } = useApp();
  const subtasks = useLoad(
    () =>
      expectData(
        api.GET('/v1/tasks/{taskId}/subtasks', {
          params: { path: { taskId: task.id }, query: { limit: 100 } },
        }),
      ),
    [task.id, task.version],
  );
  const siblings = useLoad(
    () =>
      expectData(
        api.GET('/v1/projects/{projectId}/tasks', {
          params: { path: { projectId: task.projectId }, query: { limit: 100 } },
        }),
      ),
    [task.projectId],
  );
  const act = useAction();
  const [title, setTitle] = useState('');
  const [blocker, setBlocker] = useState('');
  const others = (siblings.data?.items ?? []).filter((other) => other.id !== task.id);
  const titleOf = (id: string) => others.find((other) => other.id === id)?.title ?? id;
  const addSubtask = async (event: Event) => {
    event.preventDefault();
    const ok = await act.run(async () => {
      await expectData(
        api.POST('/v1/projects/{projectId}/tasks', {
          params: { path: { projectId: task.projectId }, header: { 'idempotency-key': crypto.randomUUID() } },
          body: { title, parentTaskId: task.id },
        }),
      );
    });
    if (ok) {
      setTitle('');
      onChanged();
    }
  };
  const addDependency = async (event: Event) => {
    event.preventDefault();
    const ok = await act.run(async () => {
      await expectData(
        api.POST('/v1/tasks/{taskId}/dependencies', {
          params: { path: { taskId: task.id } },
          body: { blockedBy: blocker },
        }),
      );
    });
    if (ok) {
      setBlocker('');
      onChanged();
    }
  };
  const removeDependency = (blockingTaskId: string) =>
    void act
      .run(async () => {
        await expectData(
          api.DELETE('/v1/tasks/{taskId}/dependencies/{blockingTaskId}', {
            params: { path: { taskId: task.id, blockingTaskId } },
          }),
        );
      })
      .then((ok) => ok && onChanged());
  return (
    <section class="card" aria-labelledby="structure-title">
      <h2 id="structure-title">Subtasks and dependencies</h2>
      <ProblemNotice problem={subtasks.problem ?? act.problem} onRetry={subtasks.reload} />
      <h3>Subtasks</h3>
      <ul aria-label="Subtasks">
        {(subtasks.data?.items ?? []).map((subtask) => (
          <li key={subtask.id}>
            <Link href={`/projects/${subtask.projectId}/tasks/${subtask.id}`}>{subtask.title}</Link>{' '}
            <span class="badge">{subtask.status}</span>
          </li>
        ))}
      </ul>
      {editable ? (
        <form onSubmit={addSubtask} class="inline" noValidate>
          <Field label="New subtask" error={act.fields.title}>
            {(ids) => (
              <input
                id={ids.id}
                value={title}
                aria-invalid={ids.invalid}
                aria-describedby={ids.describedBy}
                onInput={(event) => setTitle((event.currentTarget as HTMLInputElement).value)}
              />
            )}
          </Field>
          <button type="submit">Add subtask</button>
        </form>
      ) : null}
      <h3>Blocked by</h3>
      <ul aria-label="Blocked by">
        {task.blockedBy.map((id) => (
          <li key={id}>
            <Link href={`/projects/${task.projectId}/tasks/${id}`}>{titleOf(id)}</Link>{' '}
            {editable ? (
              <button type="button" onClick={() => removeDependency(id)}>
                Remove dependency on {titleOf(id)}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {task.blocking.length > 0 ? <p>Blocking {task.blocking.length} other task(s).</p> : null}
      {editable ? (
        <form onSubmit={addDependency} class="inline" noValidate>
          <Field label="Blocked by task" error={act.fields.blockedBy}>
            {(ids) => (
              <select
                id={ids.id}
                value={blocker}
                aria-invalid={ids.invalid}
                aria-describedby={ids.describedBy}
                onChange={(event) => setBlocker((event.currentTarget as HTMLSelectElement).value)}
              >
                <option value="">Choose a task</option>
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" disabled={!blocker}>
            Add dependency
          </button>
        </form>
      ) : null}
    </section>
  );
}

function ActivityList({ task }: { task: Task }) {
  const { api } = useApp();
  const activity = useLoad(
    () =>
      expectData(
        api.GET('/v1/tasks/{taskId}/activity', {
          params: { path: { taskId: task.id }, query: { limit: 50 } },
        }),
      ),
    [task.id, task.version],
  );
  return (
    <section class="card" aria-labelledby="activity-title">
      <h2 id="activity-title">Activity</h2>
      <ProblemNotice problem={activity.problem} onRetry={activity.reload} />
      <ol aria-label="Activity" class="activity">
        {(activity.data?.items ?? []).map((entry) => (
          <li key={entry.id}>
            {entry.action.replace('.', ' ')}
            {entry.changes?.length ? `: ${entry.changes.map((change) => change.field).join(', ')}` : ''} ·{' '}
            <time dateTime={entry.occurredAt}>{new Date(entry.occurredAt).toLocaleString()}</time>
          </li>
        ))}
      </ol>
      {activity.data && activity.data.items.length === 0 ? (
        <p>Nothing recorded yet (activity arrives a moment after a change).</p>
      ) : null}
    </section>
  );
}

export function TaskScreen({ projectId, taskId }: { projectId: string; taskId: string }) {
  const { api } = useApp();
  const path = { projectId, taskId };
  const task = useLoad(
    () => expectDataAndTag(api.GET('/v1/projects/{projectId}/tasks/{taskId}', { params: { path } })),
    [projectId, taskId],
  );
  const project = useLoad(
    () => expectData(api.GET('/v1/projects/{projectId}', { params: { path: { projectId } } })),
    [projectId],
  );
  const members = useLoad(() => loadAllMembers(api, projectId), [projectId]);
  const role = project.data?.role ?? 'viewer';
  const editable = can.editTasks(role);
  if (task.problem) {
    return (
      <section>
        <h1 tabIndex={-1}>Task</h1>
        <ProblemNotice problem={task.problem} onRetry={task.reload} />
        <Link href={`/projects/${projectId}`}>Back to the board</Link>
      </section>
    );
  }
  const current = task.data?.data;
  return (
    <section aria-labelledby="task-title" class="task-detail">
      <p>
        <Link href={`/projects/${projectId}`}>← {project.data?.name ?? 'Board'}</Link>
      </p>
      <h1 id="task-title" tabIndex={-1}>
        {current?.title ?? 'Task'}
      </h1>
      {current && task.data ? (
        <>
          {editable ? (
            <TaskEditor
              key={`${current.id}-${current.version}`}
              task={current}
              etag={task.data.etag}
              members={members.data ?? []}
              onSaved={(data, etag) => task.set({ data, etag })}
            />
          ) : (
            <p>{current.description}</p>
          )}
          <Comments task={current} canManage={can.manageProject(role)} />
          <Attachments task={current} editable={editable} />
          <Structure task={current} editable={editable} onChanged={task.reload} />
          <ActivityList task={current} />
          {editable ? (
            <ConfirmButton
              label="Delete task"
              question="Delete this task and its subtasks?"
              confirmLabel="Delete task"
              onConfirm={() =>
                void expectData(
                  api.DELETE('/v1/projects/{projectId}/tasks/{taskId}', { params: { path } }),
                ).then(
                  () => window.history.back(),
                  () => task.reload(),
                )
              }
            />
          ) : null}
        </>
      ) : (
        <p role="status">Loading the task…</p>
      )}
    </section>
  );
}
