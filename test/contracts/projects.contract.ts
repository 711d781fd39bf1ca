import { beforeEach, describe, expect, it } from 'vitest';
import type { Membership } from '#data/entities/membership';
import type { Project } from '#data/entities/project';
import { ForbiddenError, NotFoundError, PreconditionFailedError } from '#domain/errors';
import { IdempotencyKeyReusedError, made, withoutKey } from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import { newId } from '#lib/ids';
import { taskDraft } from '#test/support/fixtures';
import { keyed, type RepositoryWorld, type WorldFactory } from './world.ts';

/** Projects: created with their owner, renamed on a version, deleted by an owner only, purged. */
export function projectContract(makeWorld: WorldFactory) {
  describe('project repository', () => {
    let world: RepositoryWorld;
    beforeEach(async () => {
      world ??= await makeWorld();
    });

    function owned(ownerId: string, fields: Partial<Project> = {}) {
      const id = newId();
      const now = world.clock.now().toISOString();
      const project = {
        id,
        name: 'Launch',
        ownerId,
        ownerCount: 1,
        createdAt: now,
        updatedAt: now,
        ...fields,
      };
      const owner: Omit<Membership, 'version'> = {
        projectId: id,
        userId: ownerId,
        role: 'owner',
        addedAt: now,
      };
      return [project, owner] as const;
    }

    const membershipOf = async (projectId: string, userId: string) => {
      const found = await world.memberships.find(projectId, userId);
      if (!found) throw new Error(`${userId} is not a member`);
      return found;
    };

    it('creates the project at version 1 with its owner, listed among the owner’s projects', async () => {
      const outcome = made(
        await world.projects.create(...owned('olive', { description: 'Q3' }), withoutKey()),
      );
      expect(outcome.project).toMatchObject({ name: 'Launch', description: 'Q3', ownerCount: 1, version: 1 });
      expect(outcome.membership).toMatchObject({ userId: 'olive', role: 'owner', version: 1 });
      const found = await world.memberships.findWithProject(outcome.project.id, 'olive');
      expect(found.project).toEqual(outcome.project);
      const mine = await world.projects.listForUser('olive', { limit: 50 });
      expect(mine.items).toContainEqual({ project: outcome.project, membership: outcome.membership });
    });

    it('creates once under an Idempotency-Key', async () => {
      const options = keyed<{ project: Project; membership: Membership }>('quinn', 'create-project');
      const first = made(await world.projects.create(...owned('quinn'), options));
      const again = await world.projects.create(...owned('quinn'), options);
      expect(JSON.parse(again.replay?.body ?? '{}').project.id).toBe(first.project.id);
      const other = keyed<{ project: Project; membership: Membership }>('quinn', 'create-project', 'other');
      await expect(world.projects.create(...owned('quinn'), other)).rejects.toBeInstanceOf(
        IdempotencyKeyReusedError,
      );
      expect((await world.projects.listForUser('quinn', { limit: 50 })).items).toHaveLength(1);
    });

    it('creates a derived project once: created, then existing', async () => {
      const [project, owner] = owned('ivy', { inboxOf: 'ivy' });
      expect(await world.projects.createUnlessExists(project, owner)).toBe('created');
      expect(await world.projects.createUnlessExists(project, owner)).toBe('existing');
      expect((await world.memberships.findWithProject(project.id, 'ivy')).project?.inboxOf).toBe('ivy');
    });

    it('renames on the version read or the current one, removes a description with null, refuses a stale version', async () => {
      world.clock.advance(60);
      const { project } = made(
        await world.projects.create(...owned('olive', { description: 'old' }), withoutKey()),
      );
      world.clock.advance(60);
      const renamed = await world.projects.update(
        project.id,
        { name: 'Renamed', description: null },
        1,
        'olive',
      );
      expect(renamed).toMatchObject({ name: 'Renamed', version: 2, updatedBy: 'olive' });
      expect(renamed.description).toBeUndefined();
      expect(renamed.updatedAt).toBe(world.clock.now().toISOString());
      expect(renamed.createdAt).toBe(project.createdAt);
      const current = await world.projects.update(project.id, { description: 'new' }, undefined, 'adam');
      expect(current).toMatchObject({ name: 'Renamed', description: 'new', version: 3, updatedBy: 'adam' });
      await expect(world.projects.update(project.id, { name: 'Stale' }, 2, 'olive')).rejects.toBeInstanceOf(
        PreconditionFailedError,
      );
      expect((await world.memberships.findWithProject(project.id, 'olive')).project?.name).toBe('Renamed');
    });

    it('refuses to rename a project that does not exist (project_not_found)', async () => {
      const error = await world.projects
        .update(newId(), { name: 'Ghost' }, undefined, 'olive')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: 'project_not_found' });
    });

    it('deletes only for an owner, on the version read, taking the owner’s membership and every access with it', async () => {
      const projectId = await world.seedProject([
        { userId: 'olive', role: 'owner' },
        { userId: 'adam', role: 'admin' },
      ]);
      const asAdmin = await world.projects
        .deleteProject(projectId, undefined, await membershipOf(projectId, 'adam'))
        .catch((e: unknown) => e);
      expect(asAdmin).toBeInstanceOf(ForbiddenError);
      expect(asAdmin).toMatchObject({ code: 'role_forbids' });
      const olive = await membershipOf(projectId, 'olive');
      await expect(world.projects.deleteProject(projectId, 7, olive)).rejects.toBeInstanceOf(
        PreconditionFailedError,
      );
      expect((await world.memberships.findWithProject(projectId, 'adam')).project).toBeDefined();

      await world.projects.deleteProject(projectId, 1, olive);
      expect(await world.memberships.findWithProject(projectId, 'adam')).toEqual({});
      expect(
        (await world.projects.listForUser('adam', { limit: 50 })).items.map(({ project }) => project.id),
      ).not.toContain(projectId);
      const again = await world.projects.deleteProject(projectId, undefined, olive).catch((e: unknown) => e);
      expect(again).toBeInstanceOf(NotFoundError);
      expect(again).toMatchObject({ code: 'project_not_found' });
    });

    it('purges what a deleted project held: memberships, tasks with their comments, files first', async () => {
      const projectId = await world.seedProject([
        { userId: 'olive', role: 'owner' },
        { userId: 'mia', role: 'member' },
      ]);
      const now = world.clock.now().toISOString();
      const taskIds = [newId(), newId()];
      for (const id of taskIds) {
        await world.tasks.create(
          taskDraft(projectId, now, { id }),
          { actor: { userId: 'mia', roles: rolesAllowedTo('task:create') } },
          withoutKey(),
        );
      }
      const [withFile] = taskIds as [string, string];
      await world.comments.create(
        {
          id: newId(),
          taskId: withFile,
          projectId,
          authorId: 'mia',
          body: 'hi',
          createdAt: now,
          updatedAt: now,
        },
        rolesAllowedTo('comment:create'),
        withoutKey(),
      );
      await world.attachments.create(
        {
          id: newId(),
          taskId: withFile,
          projectId,
          filename: 'a.txt',
          contentType: 'text/plain',
          size: 1,
          status: 'ready',
          objectKey: `k/${withFile}`,
          createdBy: 'mia',
          createdAt: now,
          updatedAt: now,
        },
        withoutKey(),
      );
      await world.projects.deleteProject(projectId, undefined, await membershipOf(projectId, 'olive'));

      const filesPurged: string[] = [];
      const result = await world.projects.purge(projectId, {
        purgeTaskFiles: async (taskId) => void filesPurged.push(taskId),
      });
      expect(result.tasks).toBe(2);
      expect(filesPurged).toEqual([withFile]);
      expect((await world.memberships.listByProject(projectId, { limit: 10 }, 'olive')).items).toEqual([]);
      for (const id of taskIds) expect(await world.taskLookup.byId(id)).toBeUndefined();
      expect((await world.comments.list(withFile, { limit: 10, caller: 'mia' })).items).toEqual([]);
      expect((await world.attachments.list(withFile, { limit: 10 })).items).toEqual([]);
      // Idempotent: a redelivered purge finds nothing left.
      expect((await world.projects.purge(projectId, { purgeTaskFiles: async () => undefined })).tasks).toBe(
        0,
      );
    });
  });
}
