import { beforeAll, describe, expect, it } from 'vitest';
import { membershipEntity, projectEntity } from '#data/entities/index';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { STATE_MOVED, transactExplained } from '#data/repositories/write-failures';
import { ConcurrentChangeError } from '#domain/errors';
import { newId } from '#lib/ids';
import { offlineApp } from '#test/support/app';
import { mapperFixture, NOW } from '#test/support/fixtures';

let fx: Awaited<ReturnType<typeof mapperFixture>>;
beforeAll(async () => {
  fx = await mapperFixture();
});

/** Renders what a route that hit `error` answers. */
async function problemFor(error: unknown) {
  const app = offlineApp();
  app.get('/change', () => {
    throw error;
  });
  const response = await app.request('/change');
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('a transaction DynamoDB cancels on a changed membership', () => {
  it('reaches the client as a 409 that names no stored entity', async () => {
    const projectId = newId();
    await fx.mapper.create(projectEntity, {
      id: projectId,
      name: 'Race',
      ownerId: 'owner',
      ownerCount: 1,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const owner = await fx.mapper.create(membershipEntity, {
      projectId,
      userId: 'owner',
      role: 'owner',
      addedAt: NOW,
    });
    const target = await fx.mapper.create(membershipEntity, {
      projectId,
      userId: 'target',
      role: 'member',
      addedAt: NOW,
    });
    // The acting owner's membership changes after it was read: the change must not land.
    await fx.mapper.update(membershipEntity, owner, { email: 'owner@example.com' });
    const memberships = createMembershipRepository(fx.mapper);

    // The repository answers that the state moved; its caller reads again and decides again.
    await expect(memberships.changeRole(target, 'admin', { actor: owner, ownerDelta: 0 })).resolves.toBe(
      STATE_MOVED,
    );
    // A caller that gives up (or a write that explains nothing) answers the same cancellation as a 409.
    const error = await transactExplained(
      fx.mapper,
      [
        {
          label: 'actor',
          request: fx.mapper.tx.check(membershipEntity, owner, { expectedVersion: owner.version }),
        },
        {
          label: 'member',
          request: fx.mapper.tx.update(
            membershipEntity,
            target,
            { role: 'admin' },
            { expectedVersion: target.version },
          ),
        },
      ],
      () => undefined,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrentChangeError);
    const { status, body } = await problemFor(error);
    expect(status).toBe(409);
    expect(body.code).toBe('transaction_cancelled');
    expect(JSON.stringify(body)).not.toMatch(/Membership|Project|PROJECT#|MEMBER#|condition_failed|version/);
    expect((await fx.mapper.get(membershipEntity, target, { consistent: true }))?.role).toBe('member');
  });
});
