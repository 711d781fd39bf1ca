import { beforeAll, describe, expect, it } from 'vitest';
import { idempotencyRecordEntity, membershipEntity } from '#data/entities/index';
import {
  createOnce,
  IDEMPOTENCY_RETENTION_SECONDS,
  recordedReplay,
  transactCreate,
} from '#data/repositories/idempotency-repository';
import { type CreateOptions, IdempotencyKeyReusedError, withoutKey, withReceipt } from '#domain/idempotency';
import { newId } from '#lib/ids';
import { mapperFixture, NOW } from '#test/support/fixtures';

let fx: Awaited<ReturnType<typeof mapperFixture>>;
beforeAll(async () => {
  fx = await mapperFixture();
});

type Member = { projectId: string; userId: string; role: 'member'; addedAt: string };
const member = (projectId: string, userId = newId()): Member => ({
  projectId,
  userId,
  role: 'member',
  addedAt: NOW,
});

const respond = (created: { userId: string }) => ({
  status: 201,
  headers: { Location: `/m/${created.userId}` },
  body: JSON.stringify(created),
});

/** Options with a receipt whose stored response names the created member. */
function receipt<T extends { userId: string }>(
  key: string,
  requestHash = 'hash-a',
  scope = 'alice',
): CreateOptions<T> {
  return withReceipt<T>({ scope, key, requestHash, respond });
}

class AlreadyMemberError extends Error {}

/** Creates the member; its own `already_exists` is explained as an AlreadyMemberError. */
const create = (value: Member, with_: CreateOptions<Member>) =>
  transactCreate(
    fx.mapper,
    [{ label: 'member', request: fx.mapper.tx.create(membershipEntity, value) }],
    with_,
    value,
    ({ label, code }) =>
      label === 'member' && code === 'already_exists' ? new AlreadyMemberError() : undefined,
  );

const membersOf = async (projectId: string) =>
  (
    await fx.mapper.query(membershipEntity, {
      partition: `PROJECT#${projectId}`,
      limit: 50,
      consistent: true,
    })
  ).items;

describe('idempotency records ride in the create transaction (DynamoDB Local)', () => {
  it('commits the record with the resource, and answers the same request again from it', async () => {
    const projectId = newId();
    const key = newId();
    const first = member(projectId);
    await create(first, receipt(key));
    const stored = await fx.mapper.get(
      idempotencyRecordEntity,
      { callerSub: 'alice', key },
      { consistent: true },
    );
    expect(stored?.response).toEqual(respond(first));

    const replay = await create(member(projectId), receipt(key));
    expect(replay).toEqual({ replay: respond(first) });
    expect(await membersOf(projectId)).toHaveLength(1);
  });

  it('refuses another request under a used key, and scopes keys per caller', async () => {
    const projectId = newId();
    const key = newId();
    await create(member(projectId), receipt(key));
    await expect(create(member(projectId), receipt(key, 'hash-b'))).rejects.toBeInstanceOf(
      IdempotencyKeyReusedError,
    );
    await create(member(projectId), receipt(key, 'hash-b', 'bob'));
    expect(await membersOf(projectId)).toHaveLength(2);
  });

  it('lets exactly one of many racing requests create; the others replay its response', async () => {
    const projectId = newId();
    const key = newId();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => create(member(projectId), receipt(key))),
    );
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    const [created] = await membersOf(projectId);
    for (const outcome of outcomes) {
      if (outcome.replay) expect(JSON.parse(outcome.replay.body)).toMatchObject({ userId: created?.userId });
    }
    expect(await membersOf(projectId)).toHaveLength(1);
  });

  it('leaves cancellations that are not about the key to the caller to explain', async () => {
    const projectId = newId();
    const existing = member(projectId);
    await create(existing, withoutKey());
    const error = await create(existing, receipt(newId())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlreadyMemberError);
  });

  it('frees a key once its record expired', async () => {
    const projectId = newId();
    const key = newId();
    await create(member(projectId), receipt(key));
    fx.clock.advance(IDEMPOTENCY_RETENTION_SECONDS + 1);
    await create(member(projectId), receipt(key));
    expect(await membersOf(projectId)).toHaveLength(2);
  });

  it('replays for a create the state refuses before its transaction, with one read', async () => {
    const projectId = newId();
    const key = newId();
    const first = member(projectId);
    await createOnce(fx.mapper, membershipEntity, first, receipt(key));
    const replay = await recordedReplay(fx.mapper, receipt(key));
    expect(JSON.parse(replay?.replay?.body ?? '{}')).toMatchObject(first);
    await expect(recordedReplay(fx.mapper, receipt(newId()))).resolves.toBeUndefined();
  });
});
