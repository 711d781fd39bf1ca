import { beforeEach, describe, expect, it } from 'vitest';
import type { Membership } from '#data/entities/membership';
import { STATE_MOVED, type StateMoved, stateMoved } from '#data/repositories/write-failures';
import { ConflictError } from '#domain/errors';
import { type Created, IdempotencyKeyReusedError, made, withoutKey } from '#domain/idempotency';
import { allPages, keyed, type RepositoryWorld, type WorldFactory } from './world.ts';

/** The add's answer when it landed; the test fails when the state had moved instead. */
function landed(outcome: Created<Membership> | StateMoved): Created<Membership> {
  if (stateMoved(outcome)) throw new Error('the add answered that the state moved');
  return outcome;
}

/** Memberships: access only while the project lives, version-locked changes, the owner count, adds once. */
export function membershipContract(makeWorld: WorldFactory) {
  describe('membership repository', () => {
    let world: RepositoryWorld;
    let projectId: string;
    beforeEach(async () => {
      world ??= await makeWorld();
      projectId = await world.seedProject([
        { userId: 'olive', role: 'owner' },
        { userId: 'adam', role: 'admin' },
        { userId: 'mia', role: 'member' },
      ]);
    });

    const member = async (userId: string) => {
      const found = await world.memberships.find(projectId, userId);
      if (!found) throw new Error(`${userId} is not a member`);
      return found;
    };
    const ownerCount = async () =>
      (await world.memberships.findWithProject(projectId, 'olive')).project?.ownerCount;
    const newMember = (userId: string): Omit<Membership, 'version'> => ({
      projectId,
      userId,
      role: 'member',
      addedAt: '2026-01-10T12:00:00.000Z',
    });

    it('finds a membership with its project, and none for a stranger', async () => {
      expect(await member('mia')).toMatchObject({ projectId, userId: 'mia', role: 'member', version: 1 });
      const both = await world.memberships.findWithProject(projectId, 'mia', 'adam');
      expect(both.membership?.role).toBe('member');
      expect(both.other?.role).toBe('admin');
      expect(both.project?.id).toBe(projectId);
      const stranger = await world.memberships.findWithProject(projectId, 'stranger');
      expect(stranger.membership).toBeUndefined();
      expect(stranger.project?.id).toBe(projectId);
    });

    it('grants nothing once the project item is gone, though the membership item remains', async () => {
      await world.projects.deleteProject(projectId, undefined, await member('olive'));
      expect(await world.memberships.find(projectId, 'mia')).toBeUndefined();
      const found = await world.memberships.findWithProject(projectId, 'mia', 'adam');
      expect(found).toEqual({});
      expect((await world.memberships.listAllOfUser('mia')).map(({ project }) => project.id)).not.toContain(
        projectId,
      );
      // The raw listing (gsi1 or base table) still holds the leftover until the purge.
      const listed = await world.memberships.listByProject(projectId, { limit: 10 }, 'mia');
      expect(listed.items.map(({ userId }) => userId)).toEqual(['adam', 'mia']);
    });

    it('lists a project’s members by user id, page after page', async () => {
      const members = await allPages((cursor) =>
        world.memberships.listByProject(projectId, { limit: 2, cursor }, 'olive'),
      );
      expect(members.map(({ userId }) => userId)).toEqual(['adam', 'mia', 'olive']);
    });

    it('lists every live membership of a user with its project', async () => {
      const other = await world.seedProject([{ userId: 'mia', role: 'viewer' }]);
      const all = await world.memberships.listAllOfUser('mia');
      const roles = Object.fromEntries(all.map(({ membership, project }) => [project.id, membership.role]));
      expect(roles[projectId]).toBe('member');
      expect(roles[other]).toBe('viewer');
    });

    it('adds a member at version 1, recording who added them, and moves the owner count with an owner', async () => {
      const outcome = await world.memberships.add(
        { ...newMember('nora'), role: 'owner' },
        { actor: await member('olive'), ownerDelta: 1 },
        withoutKey(),
      );
      expect(made(landed(outcome))).toMatchObject({
        userId: 'nora',
        role: 'owner',
        version: 1,
        updatedBy: 'olive',
      });
      expect(await member('nora')).toMatchObject({ role: 'owner', version: 1 });
      expect(await ownerCount()).toBe(2);
    });

    it('refuses to add an existing member (already_member), changing nothing', async () => {
      const error = await world.memberships
        .add({ ...newMember('mia'), role: 'admin' }, { ownerDelta: 0 }, withoutKey())
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ code: 'already_member' });
      expect(await member('mia')).toMatchObject({ role: 'member', version: 1 });
    });

    it('answers an add to a deleted project: the state moved', async () => {
      await world.projects.deleteProject(projectId, undefined, await member('olive'));
      await expect(world.memberships.add(newMember('nora'), { ownerDelta: 0 }, withoutKey())).resolves.toBe(
        STATE_MOVED,
      );
    });

    it('changes a role on the version read, and refuses a stale one', async () => {
      const read = await member('mia');
      const changed = await world.memberships.changeRole(read, 'admin', {
        actor: await member('olive'),
        ownerDelta: 0,
      });
      expect(changed).toMatchObject({ role: 'admin', version: 2 });
      expect(await member('mia')).toMatchObject({ role: 'admin', version: 2 });
      await expect(world.memberships.changeRole(read, 'viewer', { ownerDelta: 0 })).resolves.toBe(
        STATE_MOVED,
      );
      expect((await member('mia')).role).toBe('admin');
    });

    it('refuses a change whose actor’s membership moved since it was read', async () => {
      const actor = await member('adam');
      await world.touchMember(projectId, 'adam');
      await expect(
        world.memberships.changeRole(await member('mia'), 'viewer', { actor, ownerDelta: 0 }),
      ).resolves.toBe(STATE_MOVED);
      expect((await member('mia')).role).toBe('member');
    });

    it('never takes the last owner away: demoting or removing them answers that the state moved', async () => {
      const olive = await member('olive');
      await expect(world.memberships.changeRole(olive, 'admin', { ownerDelta: -1 })).resolves.toBe(
        STATE_MOVED,
      );
      await expect(world.memberships.remove(olive, { ownerDelta: -1 })).resolves.toBe(STATE_MOVED);
      expect(await member('olive')).toMatchObject({ role: 'owner', version: 1 });
      expect(await ownerCount()).toBe(1);
    });

    it('removes a member on the version read', async () => {
      const mia = await member('mia');
      await world.touchMember(projectId, 'mia');
      await expect(world.memberships.remove(mia, { ownerDelta: 0 })).resolves.toBe(STATE_MOVED);
      await world.memberships.remove(await member('mia'), { actor: await member('olive'), ownerDelta: 0 });
      expect(await world.memberships.find(projectId, 'mia')).toBeUndefined();
    });

    it('adds once under an Idempotency-Key: the same request replays, another is refused', async () => {
      const options = keyed<Membership>('olive', `add-${projectId}`);
      const first = landed(await world.memberships.add(newMember('nora'), { ownerDelta: 0 }, options));
      expect(first.created?.userId).toBe('nora');
      const again = landed(await world.memberships.add(newMember('nora'), { ownerDelta: 0 }, options));
      expect(again.replay?.status).toBe(201);
      expect(JSON.parse(again.replay?.body ?? '{}')).toMatchObject({ userId: 'nora', version: 1 });
      expect((await world.memberships.recordedReplay(options))?.replay?.status).toBe(201);
      const other = keyed<Membership>('olive', `add-${projectId}`, 'another-hash');
      await expect(world.memberships.add(newMember('nina'), { ownerDelta: 0 }, other)).rejects.toBeInstanceOf(
        IdempotencyKeyReusedError,
      );
      expect(await world.memberships.find(projectId, 'nina')).toBeUndefined();
      expect(await world.memberships.recordedReplay(keyed('olive', 'never-used'))).toBeUndefined();
    });
  });
}
