import { beforeEach, describe, expect, it } from 'vitest';
import type { Attachment } from '#data/entities/attachment';
import { STATE_MOVED, stateMoved } from '#data/repositories/write-failures';
import { NotFoundError } from '#domain/errors';
import { IdempotencyKeyReusedError, made, withoutKey } from '#domain/idempotency';
import { epochSeconds } from '#lib/clock';
import { newId } from '#lib/ids';
import { allPages, keyed, type RepositoryWorld, type WorldFactory } from './world.ts';

const DAY = 24 * 60 * 60;

/** Attachment records: pending until marked ready on the version read, gone after their TTL, deleted quietly. */
export function attachmentContract(makeWorld: WorldFactory) {
  describe('attachment repository', () => {
    let world: RepositoryWorld;
    let taskId: string;
    beforeEach(async () => {
      world ??= await makeWorld();
      taskId = newId();
    });

    function pending(fields: Partial<Attachment> = {}): Omit<Attachment, 'version'> {
      const now = world.clock.now();
      const id = newId();
      return {
        id,
        taskId,
        projectId: newId(),
        filename: 'plan.pdf',
        contentType: 'application/pdf',
        size: 1024,
        status: 'pending',
        objectKey: `projects/p/tasks/${taskId}/attachments/${id}`,
        createdBy: 'mia',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        ttl: epochSeconds(now) + DAY,
        ...fields,
      };
    }
    const create = async (fields: Partial<Attachment> = {}) =>
      made(await world.attachments.create(pending(fields), withoutKey()));

    it('creates pending at version 1, finds it under its task only, lists oldest first', async () => {
      const first = await create();
      const second = await create();
      expect(first).toMatchObject({ status: 'pending', version: 1 });
      expect(await world.attachments.find(taskId, first.id)).toEqual(first);
      expect(await world.attachments.find(newId(), first.id)).toBeUndefined();
      const listed = await allPages((cursor) => world.attachments.list(taskId, { limit: 1, cursor }));
      expect(listed.map(({ id }) => id)).toEqual([first.id, second.id]);
    });

    it('marks ready on the version read, dropping the pending TTL; a stale version answers that the state moved', async () => {
      const attachment = await create();
      world.clock.advance(10);
      const ready = await world.attachments.markReady(attachment);
      if (stateMoved(ready)) throw new Error('the first complete answered that the state moved');
      expect(ready).toMatchObject({ status: 'ready', version: 2 });
      expect(ready.ttl).toBeUndefined();
      expect(ready.updatedAt).toBe(world.clock.now().toISOString());
      expect(await world.attachments.find(taskId, attachment.id)).toEqual(ready);
      await expect(world.attachments.markReady(attachment)).resolves.toBe(STATE_MOVED);
    });

    it('forgets a pending record past its TTL: not found, not listed, not completable', async () => {
      const attachment = await create();
      world.clock.advance(DAY + 1);
      expect(await world.attachments.find(taskId, attachment.id)).toBeUndefined();
      expect((await world.attachments.list(taskId, { limit: 10 })).items).toEqual([]);
      const error = await world.attachments.markReady(attachment).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: 'attachment_not_found' });
    });

    it('deletes quietly (twice is fine) and removes a task’s records all at once', async () => {
      const attachment = await create();
      await world.attachments.remove(attachment, 'mia');
      await world.attachments.remove(attachment, 'mia');
      expect(await world.attachments.find(taskId, attachment.id)).toBeUndefined();
      await create();
      await create({ status: 'ready' });
      expect(await world.attachments.removeAll(taskId)).toBe(2);
      expect((await world.attachments.list(taskId, { limit: 10 })).items).toEqual([]);
    });

    it('creates once under an Idempotency-Key', async () => {
      const options = keyed<Attachment>('mia', `attach-${taskId}`);
      const first = made(await world.attachments.create(pending(), options));
      const again = await world.attachments.create(pending(), options);
      expect(JSON.parse(again.replay?.body ?? '{}').id).toBe(first.id);
      await expect(
        world.attachments.create(pending(), keyed<Attachment>('mia', `attach-${taskId}`, 'other')),
      ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
      expect((await world.attachments.list(taskId, { limit: 10 })).items).toHaveLength(1);
    });
  });
}
