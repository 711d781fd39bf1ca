import { beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '#data/entities/comment';
import type { Task } from '#data/entities/task';
import { ConcurrentChangeError, NotFoundError } from '#domain/errors';
import { IdempotencyKeyReusedError, made, withoutKey } from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import { newId } from '#lib/ids';
import { taskDraft } from '#test/support/fixtures';
import { allPages, keyed, type RepositoryWorld, type WorldFactory } from './world.ts';

const COMMENTERS = rolesAllowedTo('comment:create');

/** Comments: created only on a live task by an allowed member, edited by their author, deleted once. */
export function commentContract(makeWorld: WorldFactory) {
  describe('comment repository', () => {
    let world: RepositoryWorld;
    let projectId: string;
    let task: Task;
    beforeEach(async () => {
      world ??= await makeWorld();
      projectId = await world.seedProject([
        { userId: 'olive', role: 'owner' },
        { userId: 'mia', role: 'member' },
        { userId: 'vera', role: 'viewer' },
      ]);
      task = made(
        await world.tasks.create(
          taskDraft(projectId, world.clock.now().toISOString()),
          { actor: { userId: 'mia', roles: rolesAllowedTo('task:create') } },
          withoutKey(),
        ),
      );
    });

    function draft(fields: Partial<Comment> = {}): Omit<Comment, 'version'> {
      const now = world.clock.now().toISOString();
      return {
        id: newId(),
        taskId: task.id,
        projectId,
        authorId: 'mia',
        body: 'Looks good',
        createdAt: now,
        updatedAt: now,
        ...fields,
      };
    }
    const create = async (fields: Partial<Comment> = {}) =>
      made(await world.comments.create(draft(fields), COMMENTERS, withoutKey()));

    it('creates at version 1, finds it under its task only, and lists oldest first, page after page', async () => {
      const first = await create({ body: 'one' });
      const second = await create({ body: 'two' });
      const third = await create({ body: 'three' });
      expect(first).toMatchObject({ body: 'one', version: 1, authorId: 'mia' });
      expect(await world.comments.find(task.id, first.id)).toEqual(first);
      expect(await world.comments.find(newId(), first.id)).toBeUndefined();
      const listed = await allPages((cursor) =>
        world.comments.list(task.id, { limit: 2, cursor, caller: 'mia' }),
      );
      expect(listed.map(({ id }) => id)).toEqual([first.id, second.id, third.id]);
    });

    it('refuses a comment on a deleted task, or by a viewer or a non-member, as task_not_found', async () => {
      const refuse = (authorId: string) =>
        world.comments.create(draft({ authorId }), COMMENTERS, withoutKey()).catch((e: unknown) => e);
      const refusals = [await refuse('vera'), await refuse('stranger')];
      await world.tasks.remove(task, task.version, {
        actor: { userId: 'mia', roles: rolesAllowedTo('task:create') },
      });
      refusals.push(await refuse('mia'));
      for (const error of refusals) {
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ code: 'task_not_found' });
      }
    });

    it('edits the body (version moves); a deleted comment is comment_not_found, another author a concurrent change', async () => {
      const comment = await create();
      world.clock.advance(30);
      const edited = await world.comments.update(comment, 'Edited');
      expect(edited).toMatchObject({ body: 'Edited', version: 2, updatedBy: 'mia' });
      expect(edited.updatedAt).toBe(world.clock.now().toISOString());
      await expect(world.comments.update({ ...edited, authorId: 'olive' }, 'Hijack')).rejects.toBeInstanceOf(
        ConcurrentChangeError,
      );
      await world.comments.remove(edited, 'mia');
      const error = await world.comments.update(edited, 'Too late').catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'comment_not_found' });
    });

    it('deletes once: a second delete is comment_not_found', async () => {
      const comment = await create();
      await world.comments.remove(comment, 'olive');
      expect(await world.comments.find(task.id, comment.id)).toBeUndefined();
      const error = await world.comments.remove(comment, 'olive').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: 'comment_not_found' });
    });

    it('creates once under an Idempotency-Key', async () => {
      const options = keyed<Comment>('mia', `comment-${task.id}`);
      const first = made(await world.comments.create(draft(), COMMENTERS, options));
      const again = await world.comments.create(draft(), COMMENTERS, options);
      expect(JSON.parse(again.replay?.body ?? '{}').id).toBe(first.id);
      await expect(
        world.comments.create(draft(), COMMENTERS, keyed<Comment>('mia', `comment-${task.id}`, 'other')),
      ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
      expect((await world.comments.list(task.id, { limit: 10, caller: 'mia' })).items).toHaveLength(1);
    });
  });
}
