import { beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '#data/entities/job';
import { IdempotencyKeyReusedError, made, withoutKey } from '#domain/idempotency';
import { epochSeconds } from '#lib/clock';
import { sampleJob, unversioned } from '#test/support/fixtures';
import { keyed, type RepositoryWorld, type WorldFactory } from './world.ts';

/** Jobs: a transition lands only on the version read (the fence between workers); expired jobs are gone. */
export function jobContract(makeWorld: WorldFactory) {
  describe('job repository', () => {
    let world: RepositoryWorld;
    beforeEach(async () => {
      world ??= await makeWorld();
    });
    const queued = () =>
      unversioned(
        sampleJob({
          ttl: epochSeconds(world.clock.now()) + 3600,
          createdAt: world.clock.now().toISOString(),
        }),
      );

    it('creates at version 1 and finds it', async () => {
      const job = made(await world.jobs.create(queued(), withoutKey()));
      expect(job).toMatchObject({ status: 'queued', version: 1 });
      expect(await world.jobs.find(job.id)).toEqual(job);
    });

    it('transitions on the version read, clearing fields given null; a stale copy loses and changes nothing', async () => {
      const job = made(await world.jobs.create(queued(), withoutKey()));
      world.clock.advance(5);
      const running = await world.jobs.transition(job, {
        status: 'running',
        attempts: 1,
        leaseUntil: world.clock.now().toISOString(),
      });
      expect(running).toMatchObject({ status: 'running', attempts: 1, version: 2 });
      expect(running?.updatedAt).toBe(world.clock.now().toISOString());
      expect(await world.jobs.transition(job, { status: 'failed' })).toBeUndefined();
      const done = await world.jobs.transition(running as Job, {
        status: 'succeeded',
        leaseUntil: null,
        resultKey: 'r',
      });
      expect(done).toMatchObject({ status: 'succeeded', resultKey: 'r', version: 3 });
      expect(done?.leaseUntil).toBeUndefined();
      expect(await world.jobs.find(job.id)).toEqual(done);
    });

    it('forgets a job past its TTL: not found, and no transition lands', async () => {
      const job = made(await world.jobs.create(queued(), withoutKey()));
      world.clock.advance(3601);
      expect(await world.jobs.find(job.id)).toBeUndefined();
      expect(await world.jobs.transition(job, { status: 'running' })).toBeUndefined();
    });

    it('creates once under an Idempotency-Key', async () => {
      const input = queued();
      const options = keyed<Job>('alice', `export-${input.id}`);
      const first = made(await world.jobs.create(input, options));
      const again = await world.jobs.create({ ...queued() }, options);
      expect(JSON.parse(again.replay?.body ?? '{}').id).toBe(first.id);
      const other = keyed<Job>('alice', `export-${input.id}`, 'other');
      await expect(world.jobs.create(queued(), other)).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    });
  });
}
