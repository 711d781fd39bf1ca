import { beforeEach, describe, expect, it } from 'vitest';
import { IdempotencyKeyReusedError, withoutKey } from '#domain/idempotency';
import { newId } from '#lib/ids';
import { keyed, type RepositoryWorld, type WorldFactory } from './world.ts';

/** Idempotency records of work that is not one create: one outcome per key for a day, then forgotten. */
export function idempotencyContract(makeWorld: WorldFactory) {
  describe('idempotency records', () => {
    let world: RepositoryWorld;
    let key: string;
    beforeEach(async () => {
      world ??= await makeWorld();
      key = `bulk-${newId()}`;
    });

    it('records the first outcome; the same request replays it, another is refused', async () => {
      expect(await world.records.recordedReplay(keyed('mia', key))).toBeUndefined();
      expect(await world.records.recordOutcome(keyed('mia', key), { done: 1 })).toEqual({
        created: { done: 1 },
      });
      const replay = await world.records.recordOutcome(keyed('mia', key), { done: 2 });
      expect(JSON.parse(replay.replay?.body ?? '{}')).toEqual({ done: 1 });
      expect(
        JSON.parse((await world.records.recordedReplay(keyed('mia', key)))?.replay?.body ?? '{}'),
      ).toEqual({
        done: 1,
      });
      await expect(
        world.records.recordOutcome(keyed('mia', key, 'other'), { done: 3 }),
      ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
      await expect(world.records.recordedReplay(keyed('mia', key, 'other'))).rejects.toBeInstanceOf(
        IdempotencyKeyReusedError,
      );
    });

    it('keeps keys per caller, records nothing without a key, and forgets a record after a day', async () => {
      await world.records.recordOutcome(keyed('mia', key), { done: 1 });
      expect(await world.records.recordOutcome(keyed('olive', key), { done: 2 })).toEqual({
        created: { done: 2 },
      });
      expect(await world.records.recordOutcome(withoutKey(), { done: 3 })).toEqual({ created: { done: 3 } });
      world.clock.advance(24 * 60 * 60 + 1);
      expect(await world.records.recordedReplay(keyed('mia', key))).toBeUndefined();
      expect(await world.records.recordOutcome(keyed('mia', key), { done: 4 })).toEqual({
        created: { done: 4 },
      });
    });
  });
}
