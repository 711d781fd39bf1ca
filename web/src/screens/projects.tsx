import { useState } from 'preact/hooks';
import type { components } from '../../../clients/typescript/src/index.ts';
import { useApp } from '../context.ts';
import { expectData } from '../problem.ts';
import { can } from '../roles.ts';
import { Link, navigate } from '../router.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { Field } from '../ui/field.tsx';
import { ProblemNotice } from '../ui/problem-notice.tsx';
import { useAction, useLoad } from '../ui/use-load.ts';

type Project = components['schemas']['Project'];

function ProjectRow({ project, onChanged }: { project: Project; onChanged: () => void }) {
  const { api } = useApp();
  const action = useAction();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(project.name);
  const path = { projectId: project.id };
  const rename = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(async () => {
      await expectData(api.PATCH('/v1/projects/{projectId}', { params: { path }, body: { name } }));
    });
    if (ok) {
      setRenaming(false);
      onChanged();
    }
  };
  return (
    <li class="project-row">
      {renaming ? (
        <form onSubmit={rename} class="inline" noValidate>
          <Field label={`New name for ${project.name}`} error={action.fields.name}>
            {(ids) => (
              <input
                id={ids.id}
                value={name}
                aria-invalid={ids.invalid}
                aria-describedby={ids.describedBy}
                onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
              />
            )}
          </Field>
          <button type="submit" disabled={action.busy}>
            Save
          </button>
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <Link href={`/projects/${project.id}`}>{project.name}</Link>{' '}
          <span class="badge">{project.role}</span>
          {project.inbox ? <span class="badge">inbox</span> : null}
        </>
      )}
      <span class="actions">
        {can.manageProject(project.role) && !renaming && !project.inbox ? (
          <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename ${project.name}`}>
            Rename
          </button>
        ) : null}
        {can.deleteProject(project.role) && !project.inbox ? (
          <ConfirmButton
            label="Delete"
            question={`Delete “${project.name}” and everything in it?`}
            confirmLabel="Delete project"
            onConfirm={() =>
              void action
                .run(async () => {
                  await expectData(api.DELETE('/v1/projects/{projectId}', { params: { path } }));
                })
                .then((ok) => ok && onChanged())
            }
          />
        ) : null}
      </span>
      <ProblemNotice problem={action.problem?.status === 422 ? undefined : action.problem} />
    </li>
  );
}

export function ProjectsScreen() {
  const { api } = useApp();
  const [pages, setPages] = useState<{ items: Project[]; nextCursor: string | null }>({
    items: [],
    nextCursor: null,
  });
  const list = useLoad(async () => {
    const page = await expectData(api.GET('/v1/projects', { params: { query: { limit: 50 } } }));
    setPages(page);
    return page;
  }, []);
  const more = useAction();
  const create = useAction();
  const [form, setForm] = useState({ name: '', description: '' });
  const loadMore = () =>
    void more.run(async () => {
      if (!pages.nextCursor) return;
      const page = await expectData(
        api.GET('/v1/projects', { params: { query: { limit: 50, cursor: pages.nextCursor } } }),
      );
      setPages({ items: [...pages.items, ...page.items], nextCursor: page.nextCursor });
    });
  const submit = async (event: Event) => {
    event.preventDefault();
    let created: Project | undefined;
    const ok = await create.run(async () => {
      created = await expectData(
        api.POST('/v1/projects', {
          params: { header: { 'idempotency-key': crypto.randomUUID() } },
          body: { name: form.name, ...(form.description ? { description: form.description } : {}) },
        }),
      );
    });
    if (ok && created) navigate(`/projects/${created.id}`);
  };
  return (
    <section aria-labelledby="projects-title">
      <h1 id="projects-title" tabIndex={-1}>
        Your projects
      </h1>
      <ProblemNotice problem={list.problem} onRetry={list.reload} />
      {list.loading && pages.items.length === 0 ? <p role="status">Loading projects…</p> : null}
      <ul class="projects" aria-label="Projects">
        {pages.items.map((project) => (
          <ProjectRow key={project.id} project={project} onChanged={list.reload} />
        ))}
      </ul>
      {!list.loading && pages.items.length === 0 && !list.problem ? (
        <p>No projects yet: create one below.</p>
      ) : null}
      {pages.nextCursor ? (
        <button type="button" onClick={loadMore} disabled={more.busy}>
          Load more projects
        </button>
      ) : null}
      <ProblemNotice problem={more.problem} onRetry={loadMore} />
      <form onSubmit={submit} class="card" aria-labelledby="new-project" noValidate>
        <h2 id="new-project">New project</h2>
        <ProblemNotice problem={create.problem} />
        <Field label="Project name" error={create.fields.name}>
          {(ids) => (
            <input
              id={ids.id}
              value={form.name}
              aria-invalid={ids.invalid}
              aria-describedby={ids.describedBy}
              onInput={(event) => setForm({ ...form, name: (event.currentTarget as HTMLInputElement).value })}
            />
          )}
        </Field>
        <Field label="Description (optional)" error={create.fields.description}>
          {(ids) => (
            <textarea
              id={ids.id}
              value={form.description}
              aria-invalid={ids.invalid}
              aria-describedby={ids.describedBy}
              onInput={(event) =>
                setForm({ ...form, description: (event.currentTarget as HTMLTextAreaElement).value })
              }
            />
          )}
        </Field>
        <button type="submit" class="primary" disabled={create.busy}>
          Create project
        </button>
      </form>
    </section>
  );
}
