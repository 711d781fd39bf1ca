import { useState } from 'preact/hooks';
import type { components } from '../../../clients/typescript/src/index.ts';
import { useApp } from '../context.ts';
import { expectData } from '../problem.ts';
import { can, type Role } from '../roles.ts';
import { Link, navigate } from '../router.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { Field, SelectField } from '../ui/field.tsx';
import { ProblemNotice } from '../ui/problem-notice.tsx';
import { useAction, useLoad } from '../ui/use-load.ts';

type Member = components['schemas']['Member'];

/** Every member of a project: the members screen lists them, the board offers them as assignees. */
export async function loadAllMembers(
  api: ReturnType<typeof useApp>['api'],
  projectId: string,
): Promise<Member[]> {
  const members: Member[] = [];
  let cursor: string | undefined;
  do {
    const page = await expectData(
      api.GET('/v1/projects/{projectId}/members', {
        params: { path: { projectId }, query: { limit: 100, ...(cursor ? { cursor } : {}) } },
      }),
    );
    members.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return members;
}

export function MembersScreen({ projectId }: { projectId: string }) {
  const { api, session } = useApp();
  const path = { projectId };
  const project = useLoad(
    () => expectData(api.GET('/v1/projects/{projectId}', { params: { path } })),
    [projectId],
  );
  const members = useLoad(() => loadAllMembers(api, projectId), [projectId]);
  const invite = useAction();
  const change = useAction();
  const [form, setForm] = useState<{ email: string; role: Role }>({ email: '', role: 'member' });
  const role = project.data?.role ?? 'viewer';
  const me = session.me?.sub;

  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await invite.run(async () => {
      await expectData(
        api.POST('/v1/projects/{projectId}/members', {
          params: { path, header: { 'idempotency-key': crypto.randomUUID() } },
          body: { email: form.email, role: form.role },
        }),
      );
    });
    if (ok) {
      setForm({ email: '', role: 'member' });
      members.reload();
    }
  };
  const setRole = (member: Member, next: Role) =>
    void change
      .run(async () => {
        await expectData(
          api.PATCH('/v1/projects/{projectId}/members/{userId}', {
            params: { path: { projectId, userId: member.userId } },
            body: { role: next },
          }),
        );
      })
      .then(() => members.reload());
  const remove = (member: Member) =>
    void change
      .run(async () => {
        await expectData(
          api.DELETE('/v1/projects/{projectId}/members/{userId}', {
            params: { path: { projectId, userId: member.userId } },
          }),
        );
      })
      .then((ok) => ok && members.reload());
  const leave = () =>
    void change
      .run(async () => {
        await expectData(api.POST('/v1/projects/{projectId}/leave', { params: { path } }));
      })
      .then((ok) => ok && navigate('/'));

  return (
    <section aria-labelledby="members-title">
      <p>
        <Link href={`/projects/${projectId}`}>← Back to the board</Link>
      </p>
      <h1 id="members-title" tabIndex={-1}>
        Members{project.data ? ` of ${project.data.name}` : ''}
      </h1>
      <ProblemNotice problem={project.problem ?? members.problem} onRetry={members.reload} />
      <ProblemNotice problem={change.problem} onRetry={members.reload} />
      <table class="members">
        <caption class="visually-hidden">Members and their roles</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Role</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(members.data ?? []).map((member) => {
            const name = member.email ?? member.userId;
            const grantable = can.grantable(role);
            const mayChange =
              can.manageMembers(role) &&
              member.userId !== me &&
              (role === 'owner' || member.role !== 'owner');
            return (
              <tr key={member.userId}>
                <td>
                  {name}
                  {member.userId === me ? ' (you)' : ''}
                </td>
                <td>
                  {mayChange ? (
                    <>
                      <label class="visually-hidden" for={`role-${member.userId}`}>
                        Role of {name}
                      </label>
                      <select
                        id={`role-${member.userId}`}
                        value={member.role}
                        onChange={(event) =>
                          setRole(member, (event.currentTarget as HTMLSelectElement).value as Role)
                        }
                      >
                        {grantable.map((option) => (
                          <option key={option} value={option}>
                            {option}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : (
                    member.role
                  )}
                </td>
                <td>
                  {member.userId === me ? (
                    <ConfirmButton
                      label="Leave project"
                      question="Leave this project?"
                      confirmLabel="Leave"
                      onConfirm={leave}
                    />
                  ) : mayChange ? (
                    <ConfirmButton
                      label={`Remove ${name}`}
                      question={`Remove ${name} from the project?`}
                      confirmLabel="Remove"
                      onConfirm={() => remove(member)}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {can.manageMembers(role) ? (
        <form onSubmit={submit} class="card" aria-labelledby="invite-title" noValidate>
          <h2 id="invite-title">Invite someone</h2>
          <ProblemNotice problem={invite.problem} />
          <Field label="Their e-mail" error={invite.fields.email ?? invite.fields.userId}>
            {(ids) => (
              <input
                id={ids.id}
                type="email"
                value={form.email}
                aria-invalid={ids.invalid}
                aria-describedby={ids.describedBy}
                onInput={(event) =>
                  setForm({ ...form, email: (event.currentTarget as HTMLInputElement).value })
                }
              />
            )}
          </Field>
          <SelectField
            label="Role"
            error={invite.fields.role}
            value={form.role}
            options={can.grantable(role).map((option) => ({ value: option, label: option }))}
            onValue={(option) => setForm({ ...form, role: option })}
          />
          <button type="submit" class="primary" disabled={invite.busy}>
            Invite
          </button>
        </form>
      ) : null}
    </section>
  );
}
