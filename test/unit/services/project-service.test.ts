import { beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '#domain/errors';
import { made, withoutKey, withReceipt } from '#domain/idempotency';
import { INBOX_NAME, inboxProjectId } from '#domain/inbox';
import { newId } from '#lib/ids';
import type { AppLogger } from '#lib/logger';
import { createProjectService, type ProjectView } from '#services/project-service';
import { manualClock } from '#test/support/fixtures';
import {
  caller,
  type MemoryTable,
  memoryMembershipRepository,
  memoryProjectRepository,
  memoryTable,
  putProject,
} from '#test/support/memory-repositories';

const olive = caller('olive');
const adam = caller('adam');
const mia = caller('mia');
const outsider = caller('outsider');

let table: MemoryTable;
let clock: ReturnType<typeof manualClock>;
let logged: string[];

const logger: AppLogger = {
  debug: () => undefined,
  info: (message) => void logged.push(message),
  warn: () => undefined,
  error: () => undefined,
};

function projectService() {
  return createProjectService({
    projects: memoryProjectRepository(table),
    memberships: memoryMembershipRepository(table),
    logger,
    clock,
  });
}

/** A project of olive's with an admin and a member. */
function aProject(fields: { inboxOf?: string } = {}) {
  return putProject(table, { id: newId(), description: 'Q3 launch', ...fields }, [
    { userId: olive.sub, role: 'owner' },
    { userId: adam.sub, role: 'admin' },
    { userId: mia.sub, role: 'member' },
  ]).id;
}

beforeEach(() => {
  clock = manualClock();
  table = memoryTable(clock);
  logged = [];
});

describe('project service: create', () => {
  it('makes the creator its owner, at version 1, with their role in the view', async () => {
    const view = made(
      await projectService().create(olive, { name: 'Launch', description: 'Q3' }, withoutKey()),
    );
    expect(view).toMatchObject({
      name: 'Launch',
      description: 'Q3',
      ownerId: 'olive',
      role: 'owner',
      inbox: false,
      version: 1,
    });
    expect(table.memberships.get(`${view.id}/olive`)?.role).toBe('owner');
    expect(table.projects.get(view.id)?.ownerCount).toBe(1);
  });

  it('under an Idempotency-Key, creates once and answers the first response again', async () => {
    const options = withReceipt<ProjectView>({
      scope: 'olive',
      key: 'k1',
      requestHash: 'h',
      respond: (view) => ({ status: 201, headers: {}, body: JSON.stringify(view) }),
    });
    const first = made(await projectService().create(olive, { name: 'Once' }, options));
    const again = await projectService().create(olive, { name: 'Once' }, options);
    expect(again.created).toBeUndefined();
    expect(JSON.parse(again.replay?.body ?? '{}')).toMatchObject({ id: first.id, role: 'owner' });
    expect(table.projects.size).toBe(1);
  });
});

describe('project service: the Inbox', () => {
  it('is made once per user under a derived id, as an Inbox, and cannot be deleted', async () => {
    const id = await projectService().ensureInbox(mia);
    expect(id).toBe(inboxProjectId(mia.sub));
    expect(await projectService().ensureInbox(mia)).toBe(id);
    const view = await projectService().get(mia, id);
    expect(view).toMatchObject({ name: INBOX_NAME, inbox: true, role: 'owner' });
    const refused = await projectService()
      .delete(mia, id, undefined)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused).toMatchObject({ code: 'inbox_not_deletable' });
    expect(table.projects.has(id)).toBe(true);
  });
});

describe('project service: read and list', () => {
  it('shows a member the project with their own role, and a non-member nothing (project_not_found)', async () => {
    const id = aProject();
    expect(await projectService().get(mia, id)).toMatchObject({ id, role: 'member', inbox: false });
    expect(await projectService().get(adam, id)).toMatchObject({ id, role: 'admin' });
    const hidden = await projectService()
      .get(outsider, id)
      .catch((e: unknown) => e);
    expect(hidden).toBeInstanceOf(NotFoundError);
    expect(hidden).toMatchObject({ code: 'project_not_found' });
    const missing = await projectService()
      .get(olive, newId())
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'project_not_found' });
  });

  it('lists the caller’s projects with their role, page after page, and forgets deleted ones', async () => {
    const first = aProject();
    const second = aProject();
    const page1 = await projectService().listMine(mia, { limit: 1 });
    expect(page1.items).toHaveLength(1);
    const page2 = await projectService().listMine(mia, { limit: 1, cursor: page1.nextCursor ?? undefined });
    expect([...page1.items, ...page2.items].map(({ id, role }) => [id, role]).sort()).toEqual(
      [
        [first, 'member'],
        [second, 'member'],
      ].sort(),
    );
    await projectService().delete(olive, first, undefined);
    expect((await projectService().listMine(mia, { limit: 10 })).items.map(({ id }) => id)).toEqual([second]);
    expect((await projectService().listMine(outsider, { limit: 10 })).items).toEqual([]);
  });
});

describe('project service: update and replace', () => {
  it('lets an admin rename on the version read; the version moves and a stale one is refused (412)', async () => {
    const id = aProject();
    clock.advance(60);
    const renamed = await projectService().update(adam, id, { name: 'Renamed' }, 1);
    expect(renamed).toMatchObject({
      name: 'Renamed',
      description: 'Q3 launch',
      version: 2,
      role: 'admin',
      updatedBy: 'adam',
    });
    expect(renamed.updatedAt).toBe(clock.now().toISOString());
    await expect(projectService().update(adam, id, { name: 'Stale' }, 1)).rejects.toBeInstanceOf(
      PreconditionFailedError,
    );
    expect(table.projects.get(id)?.name).toBe('Renamed');
  });

  it('without If-Match, changes only the named fields of the current version; null removes the description', async () => {
    const id = aProject();
    const cleared = await projectService().update(olive, id, { description: null }, undefined);
    expect(cleared.name).toBe(`Project ${id}`);
    expect(cleared.description).toBeUndefined();
    expect(cleared.version).toBe(2);
  });

  it('replaces every client field: what the replacement leaves out is removed', async () => {
    const id = aProject();
    const replaced = await projectService().replace(olive, id, { name: 'Fresh' }, 1);
    expect(replaced).toMatchObject({ name: 'Fresh', version: 2 });
    expect(replaced.description).toBeUndefined();
  });

  it('refuses a member (403 role_forbids) and a non-member (404), changing nothing', async () => {
    const id = aProject();
    const forbidden = await projectService()
      .update(mia, id, { name: 'Mine' }, undefined)
      .catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    expect(forbidden).toMatchObject({ code: 'role_forbids' });
    const hidden = await projectService()
      .update(outsider, id, { name: 'Mine' }, undefined)
      .catch((e: unknown) => e);
    expect(hidden).toMatchObject({ code: 'project_not_found' });
    expect(table.projects.get(id)).toMatchObject({ version: 1, name: `Project ${id}` });
  });
});

describe('project service: delete', () => {
  it('lets only an owner delete; afterwards the project is gone for every member', async () => {
    const id = aProject();
    const asAdmin = await projectService()
      .delete(adam, id, undefined)
      .catch((e: unknown) => e);
    expect(asAdmin).toBeInstanceOf(ForbiddenError);
    expect(asAdmin).toMatchObject({ code: 'role_forbids' });
    await expect(projectService().delete(olive, id, 7)).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(table.projects.has(id)).toBe(true);

    await projectService().delete(olive, id, 1);
    expect(table.projects.has(id)).toBe(false);
    await expect(projectService().get(mia, id)).rejects.toMatchObject({ code: 'project_not_found' });
    expect(logged).toContain('project deleted; its purge is queued on the stream');
  });

  it('refuses an owner demoted between the read and the write (role_forbids), deleting nothing', async () => {
    const id = aProject();
    table.beforeNextWrite(() => {
      const key = `${id}/olive`;
      const current = table.memberships.get(key);
      if (current) table.memberships.set(key, { ...current, role: 'admin', version: current.version + 1 });
    });
    await expect(projectService().delete(olive, id, undefined)).rejects.toMatchObject({
      code: 'role_forbids',
    });
    expect(table.projects.has(id)).toBe(true);
  });
});
