import type { Services } from '#container';
import type { AuthUser } from '#domain/auth';
import { ConflictError } from '#domain/errors';
import { made, withoutKey } from '#domain/idempotency';
import { DEMO_USERS } from './demo-users.ts';

/** The Cognito `sub` of each demo user (bootstrap's `ensureUser` returns them). */
export interface DemoUserSubs {
  alice: string;
  bob: string;
  admin: string;
}

export const DEMO_PROJECT_NAME = 'Launch plan';

const asUser = (sub: string, email: string): AuthUser => ({ sub, username: sub, email, groups: [] });

/**
 * Demo data for the LOCAL stack, through the services (so every rule and transaction
 * applies): alice owns "Launch plan", bob is a member, the admin user a viewer.
 * Idempotent: a second run finds the project and the memberships and changes nothing.
 * Returns the project id (the integrator seeds its tasks on top).
 */
export async function seedDemoData(
  deps: Pick<Services, 'projectService' | 'memberService' | 'taskService' | 'commentService'>,
  subs: DemoUserSubs,
): Promise<{ projectId: string; created: boolean }> {
  const alice = asUser(subs.alice, DEMO_USERS.alice.email);
  let existing: string | undefined;
  let cursor: string | undefined;
  do {
    const page = await deps.projectService.listMine(alice, { limit: 100, cursor });
    existing = page.items.find(
      (project) => project.name === DEMO_PROJECT_NAME && project.role === 'owner',
    )?.id;
    cursor = page.nextCursor ?? undefined;
  } while (!existing && cursor);
  const projectId =
    existing ??
    made(
      await deps.projectService.create(
        alice,
        {
          name: DEMO_PROJECT_NAME,
          description: 'Everything for the November launch (demo data).',
        },
        withoutKey(),
      ),
    ).id;
  for (const [sub, role] of [
    [subs.bob, 'member'],
    [subs.admin, 'viewer'],
  ] as const) {
    try {
      made(await deps.memberService.add(alice, projectId, { userId: sub, role }, withoutKey()));
    } catch (error) {
      // Already a member from an earlier run: keep whatever role they have now.
      if (!(error instanceof ConflictError && error.code === 'already_member')) throw error;
    }
  }
  if (existing === undefined) await seedDemoTasks(deps, projectId, alice, subs);
  return { projectId, created: existing === undefined };
}

/** A handful of tasks in every status, some assigned and due, with a comment — once, on creation. */
async function seedDemoTasks(
  deps: Pick<Services, 'taskService' | 'commentService'>,
  projectId: string,
  alice: AuthUser,
  subs: DemoUserSubs,
): Promise<void> {
  const drafts = [
    {
      title: 'Write the launch post',
      status: 'in_progress',
      priority: 'high',
      assigneeId: subs.alice,
      dueDate: '2026-12-01',
      labels: ['marketing'],
    },
    {
      title: 'Load-test the API',
      status: 'todo',
      priority: 'urgent',
      assigneeId: subs.bob,
      dueDate: '2026-11-28',
      labels: ['backend'],
    },
    { title: 'Update the docs site', status: 'todo', priority: 'medium', labels: ['docs'] },
    {
      title: 'Fix the login redirect',
      status: 'blocked',
      priority: 'high',
      assigneeId: subs.bob,
      labels: ['bug', 'frontend'],
    },
    { title: 'Book the launch call', status: 'done', priority: 'low', assigneeId: subs.alice, labels: [] },
  ] as const;
  const created = [];
  for (const draft of drafts) {
    created.push(
      made(
        await deps.taskService.create(
          alice,
          projectId,
          { ...draft, labels: [...draft.labels] },
          withoutKey(),
        ),
      ),
    );
  }
  const first = created[0];
  if (first)
    made(
      await deps.commentService.create(
        alice,
        first.id,
        'Draft is in the shared folder; reviews welcome.',
        withoutKey(),
      ),
    );
}
