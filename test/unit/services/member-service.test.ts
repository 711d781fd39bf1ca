import { beforeEach, describe, expect, it } from 'vitest';
import type { ProjectRole } from '#data/entities/membership';
import type { Project } from '#data/entities/project';
import { ConcurrentChangeError, ConflictError, ForbiddenError } from '#domain/errors';
import { withoutKey } from '#domain/idempotency';
import { newId } from '#lib/ids';
import { createMemberService } from '#services/member-service';
import { manualClock } from '#test/support/fixtures';
import {
  caller,
  type MemoryTable,
  memoryMembershipRepository,
  memoryProjectDeletes,
  memoryTable,
  putMember,
  putProject,
} from '#test/support/memory-repositories';

const alice = caller('alice');
const bob = caller('bob');
const carol = caller('carol');

let table: MemoryTable;
let projectId: string;

/** Every user exists; the service only looks them up to add them. */
const users = {
  findUserById: async (sub: string) => ({ sub, email: `${sub}@example.test` }),
  findUserByEmail: async (email: string) => ({ sub: email.split('@')[0] ?? email, email }),
};

function memberService() {
  return createMemberService({
    memberships: memoryMembershipRepository(table),
    projects: memoryProjectDeletes(table),
    users,
    clock: manualClock(),
  });
}

function project(members: Array<[string, ProjectRole]>) {
  projectId = newId();
  putProject(
    table,
    { id: projectId },
    members.map(([userId, role]) => ({ userId, role })),
  );
}

const roleOf = (userId: string) => table.memberships.get(`${projectId}/${userId}`)?.role;
const owners = () => table.projects.get(projectId)?.ownerCount;
/** Someone else writes the membership (its version moves; its role stays). */
function touch(userId: string) {
  const current = table.memberships.get(`${projectId}/${userId}`);
  if (current) table.memberships.set(`${projectId}/${userId}`, { ...current, version: current.version + 1 });
}

beforeEach(() => {
  table = memoryTable();
});

describe('member service: the last owner', () => {
  it('cannot be demoted, removed, or leave (409 last_owner), and nothing changes', async () => {
    project([
      ['alice', 'owner'],
      ['bob', 'admin'],
    ]);
    const refusals = [
      memberService().changeRole(alice, projectId, alice.sub, 'admin'),
      memberService().delete(alice, projectId, alice.sub),
      memberService().leave(alice, projectId),
    ];
    for (const refused of refusals) {
      await expect(refused).rejects.toBeInstanceOf(ConflictError);
      await expect(refused).rejects.toMatchObject({ code: 'last_owner' });
    }
    expect(roleOf(alice.sub)).toBe('owner');
    expect(owners()).toBe(1);
  });

  it('may step down once another owner exists, and then the other one is the last', async () => {
    project([
      ['alice', 'owner'],
      ['bob', 'member'],
    ]);
    await memberService().changeRole(alice, projectId, bob.sub, 'owner');
    expect(owners()).toBe(2);
    await memberService().changeRole(alice, projectId, alice.sub, 'member');
    expect([roleOf(alice.sub), roleOf(bob.sub), owners()]).toEqual(['member', 'owner', 1]);
    await expect(memberService().leave(bob, projectId)).rejects.toMatchObject({ code: 'last_owner' });
  });

  it('lets an admin remove a member but not an owner (403)', async () => {
    project([
      ['alice', 'owner'],
      ['bob', 'admin'],
      ['carol', 'member'],
    ]);
    await expect(memberService().delete(bob, projectId, alice.sub)).rejects.toBeInstanceOf(ForbiddenError);
    await memberService().delete(bob, projectId, carol.sub);
    expect([roleOf(alice.sub), roleOf(carol.sub)]).toEqual(['owner', undefined]);
  });

  it('refuses to take a sole owner out of every project, naming the projects', async () => {
    project([
      ['alice', 'owner'],
      ['bob', 'member'],
    ]);
    const refused = memberService().leaveAllProjects(alice);
    await expect(refused).rejects.toMatchObject({
      code: 'sole_owner',
      data: { projects: [{ id: projectId, name: `Project ${projectId}` }] },
    });
    expect(roleOf(alice.sub)).toBe('owner');
  });

  it("deletes the user's own Inbox with them, and nothing while another project refuses", async () => {
    const inbox = putProject(table, { id: newId(), name: 'Inbox', inboxOf: alice.sub }, [
      { userId: alice.sub, role: 'owner' },
    ]);
    project([
      ['alice', 'owner'],
      ['bob', 'member'],
    ]);
    await expect(memberService().leaveAllProjects(alice)).rejects.toMatchObject({
      code: 'sole_owner',
      data: { projects: [{ id: projectId, name: `Project ${projectId}` }] },
    });
    expect(table.projects.has(inbox.id)).toBe(true);

    putMember(table, projectId, bob.sub, 'owner');
    table.projects.set(projectId, { ...(table.projects.get(projectId) as Project), ownerCount: 2 });
    await memberService().leaveAllProjects(alice);
    expect(table.projects.has(inbox.id)).toBe(false);
    expect(roleOf(alice.sub)).toBeUndefined();
    expect(table.projects.has(projectId)).toBe(true);
  });
  it('leaves a project deleted while the user was leaving it alone: its purge takes the membership', async () => {
    project([
      ['alice', 'member'],
      ['bob', 'owner'],
    ]);
    // The project's #META goes between the listing and the removal (as a concurrent DELETE would).
    table.beforeNextWrite(() => {
      table.projects.delete(projectId);
    });
    await expect(memberService().leaveAllProjects(alice)).resolves.toBe(1);
    expect(roleOf(bob.sub)).toBe('owner');
  });
});

describe('member service: concurrent changes', () => {
  it('two owners demoting each other at once: the second re-reads and the project keeps an owner', async () => {
    project([
      ['alice', 'owner'],
      ['bob', 'owner'],
    ]);
    // Bob demotes Alice between Alice's read and her write: her transaction is cancelled.
    table.beforeNextWrite(() => {
      const current = table.memberships.get(`${projectId}/${alice.sub}`);
      const projectItem = table.projects.get(projectId);
      if (!current || !projectItem) return;
      table.memberships.set(`${projectId}/${alice.sub}`, {
        ...current,
        role: 'admin',
        version: current.version + 1,
      });
      table.projects.set(projectId, { ...projectItem, ownerCount: projectItem.ownerCount - 1 });
    });
    // The retry re-reads: Alice is an admin now, who may not take the owner role from Bob.
    await expect(memberService().changeRole(alice, projectId, bob.sub, 'member')).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect([roleOf(alice.sub), roleOf(bob.sub), owners()]).toEqual(['admin', 'owner', 1]);
    expect(table.writeAttempts).toBe(1);
  });

  it('retries a change cancelled by an unrelated concurrent write, and it lands', async () => {
    project([
      ['alice', 'owner'],
      ['carol', 'member'],
    ]);
    table.beforeNextWrite(() => touch(carol.sub));
    const changed = await memberService().changeRole(alice, projectId, carol.sub, 'admin');
    expect(changed.role).toBe('admin');
    expect(roleOf(carol.sub)).toBe('admin');
    expect(table.writeAttempts).toBe(2);
  });

  it('gives up after five cancelled attempts and answers the conflict, changing nothing', async () => {
    project([
      ['alice', 'owner'],
      ['carol', 'member'],
    ]);
    table.beforeEveryWrite(() => touch(carol.sub));
    await expect(memberService().changeRole(alice, projectId, carol.sub, 'admin')).rejects.toBeInstanceOf(
      ConcurrentChangeError,
    );
    expect(table.writeAttempts).toBe(5);
    expect(roleOf(carol.sub)).toBe('member');
  });

  it('refuses to add someone who became a member meanwhile (409 already_member)', async () => {
    project([['alice', 'owner']]);
    table.beforeNextWrite(() => {
      putMember(table, projectId, bob.sub, 'member');
    });
    await expect(
      memberService().add(alice, projectId, { userId: bob.sub, role: 'admin' }, withoutKey()),
    ).rejects.toMatchObject({
      code: 'already_member',
    });
    expect(roleOf(bob.sub)).toBe('member');
  });
});
