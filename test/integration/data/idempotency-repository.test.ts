import { beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '#config';
import { createDynamoClients } from '#data/dynamodb-client';
import { createMapper } from '#data/mapper/mapper';
import {
  createIdempotencyRepository,
  IDEMPOTENCY_LEASE_SECONDS,
} from '#data/repositories/idempotency-repository';
import { type Clock, systemClock } from '#lib/clock';
import { createTestTable, testConfig } from '#test/support/stack';

let config: Config;
beforeAll(async () => {
  config = testConfig(await createTestTable('idem'));
});

/** The repository over a mapper that shares its clock (TTL filtering reads the same time). */
function repository(clock: Clock = systemClock) {
  const mapper = createMapper({
    doc: createDynamoClients(config).doc,
    tableName: config.dynamodb.tableName,
    cursorSecret: config.cursorSecret,
    clock,
  });
  return createIdempotencyRepository(mapper, clock);
}

const response = { status: 201, headers: { location: '/v1/projects/1' }, body: '{"id":"1"}' };

describe('the idempotency repository on DynamoDB Local', () => {
  it('lets exactly one of many racing requests claim a key', async () => {
    const store = repository();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => store.begin('alice', 'race-1', 'hash-a')),
    );
    expect(outcomes.filter((o) => o.outcome === 'started')).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === 'in_flight')).toHaveLength(7);
  });

  it('replays a completed response, refuses another request, and scopes keys per caller', async () => {
    const store = repository();
    expect(await store.begin('alice', 'k-2', 'hash-a')).toEqual({ outcome: 'started' });
    await store.complete('alice', 'k-2', response);
    expect(await store.begin('alice', 'k-2', 'hash-a')).toEqual({ outcome: 'completed', response });
    expect(await store.begin('alice', 'k-2', 'hash-b')).toEqual({ outcome: 'mismatch' });
    expect(await store.begin('bob', 'k-2', 'hash-b')).toEqual({ outcome: 'started' });
  });

  it('frees a released key, and one whose in-flight lease ran out (the first worker died)', async () => {
    let now = new Date();
    const store = repository({ now: () => now });
    expect((await store.begin('carol', 'k-3', 'h')).outcome).toBe('started');
    await store.release('carol', 'k-3');
    expect((await store.begin('carol', 'k-3', 'h')).outcome).toBe('started');
    expect((await store.begin('carol', 'k-3', 'h')).outcome).toBe('in_flight');
    now = new Date(now.getTime() + (IDEMPOTENCY_LEASE_SECONDS + 1) * 1000);
    expect((await store.begin('carol', 'k-3', 'h')).outcome).toBe('started');
  });
});
