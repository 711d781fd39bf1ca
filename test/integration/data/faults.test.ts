import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { commentEntity, membershipEntity } from '#data/entities/index';
import { DataUnavailableError } from '#data/mapper/errors';
import { newId } from '#lib/ids';
import { mapperFixture, NOW } from '#test/support/fixtures';

/*
 * Injected faults — mocks, because DynamoDB Local never throttles, never reports
 * TransactionConflict and never leaves keys unprocessed. They are answered by SDK middleware
 * (client.middlewareStack.add); everything else goes to the real DynamoDB Local.
 * - Throttling is injected below the SDK's retry middleware (finalizeRequest, low priority), so
 *   the SDK's standard retry strategy — the one retry layer for it — is what is under test.
 * - Conflicts and unprocessed keys are injected at the initialize step, above the SDK's retry:
 *   the engine's own retry is what is under test there.
 */

let fx: Awaited<ReturnType<typeof mapperFixture>>;
beforeAll(async () => {
  fx = await mapperFixture({ retry: { maxAttempts: 4 } });
});

type Fault = (input: Record<string, unknown>) => unknown;

type Placement = 'above-sdk-retry' | 'below-sdk-retry';

/** Answers the next `times` calls of `command` with `fault` instead of sending them; returns a call counter. */
function inject(
  client: DynamoDBClient,
  command: string,
  times: number,
  fault: Fault,
  placement: Placement = 'above-sdk-retry',
) {
  const name = `fault-${newId()}`;
  const seen = { calls: 0, injected: 0 };
  const middleware = (next: (args: never) => Promise<unknown>, context: { commandName?: string }) =>
    (async (args: { input: unknown }) => {
      if (context.commandName !== command) return next(args as never);
      seen.calls++;
      if (seen.injected >= times) return next(args as never);
      seen.injected++;
      const outcome = fault(args.input as Record<string, unknown>);
      if (outcome instanceof Error) throw outcome;
      return { output: outcome, response: {} };
    }) as never;
  if (placement === 'above-sdk-retry') {
    client.middlewareStack.add(middleware, { step: 'initialize', name });
  } else {
    client.middlewareStack.add(middleware, { step: 'finalizeRequest', priority: 'low', name });
  }
  return { seen, remove: () => client.middlewareStack.remove(name) };
}

const throttle = () =>
  new ProvisionedThroughputExceededException({ message: 'Rate exceeded (injected)', $metadata: {} });
const conflict = () =>
  new TransactionCanceledException({
    message: 'Transaction cancelled (injected conflict)',
    $metadata: {},
    CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }],
  });

const member = (userId: string) => ({ projectId: newId(), userId, role: 'member' as const, addedAt: NOW });

describe('mapper retries under injected faults', () => {
  it('retries throttling once, in the SDK, and succeeds', async () => {
    const created = await fx.mapper.create(membershipEntity, member('alice'));
    const fault = inject(fx.client, 'GetItemCommand', 1, throttle, 'below-sdk-retry');
    try {
      expect(await fx.mapper.get(membershipEntity, created)).toEqual(created);
      expect(fault.seen.calls).toBe(2);
    } finally {
      fault.remove();
    }
  });

  it('turns persistent throttling into a 503 with Retry-After after the SDK’s attempts only', async () => {
    const fault = inject(fx.client, 'QueryCommand', 100, throttle, 'below-sdk-retry');
    try {
      const error = await fx.mapper
        .query(membershipEntity, { partition: 'PROJECT#x', limit: 5 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataUnavailableError);
      expect((error as DataUnavailableError).retryAfterSeconds).toBeGreaterThan(0);
      // One retry layer: the configured SDK attempts, not multiplied by an engine retry.
      expect(fault.seen.calls).toBe(fx.config.outbound.maxAttempts);
    } finally {
      fault.remove();
    }
  });

  it('retries a transaction cancelled only by a conflict', async () => {
    const a = member('a');
    const fault = inject(fx.client, 'TransactWriteItemsCommand', 2, conflict);
    try {
      const { tx } = fx.mapper;
      await fx.mapper.transact([
        { label: 'a', request: tx.create(membershipEntity, a) },
        { label: 'b', request: tx.create(membershipEntity, { ...a, userId: 'b' }) },
      ]);
      expect(fault.seen.calls).toBe(3);
      expect(await fx.mapper.get(membershipEntity, a)).toMatchObject({ userId: 'a' });
    } finally {
      fault.remove();
    }
  });

  it('gives up on a persistent transaction conflict with a 503', async () => {
    const a = member('a');
    const fault = inject(fx.client, 'TransactWriteItemsCommand', 100, conflict);
    try {
      const { tx } = fx.mapper;
      const attempt = fx.mapper.transact([
        { label: 'a', request: tx.create(membershipEntity, a) },
        { label: 'b', request: tx.create(membershipEntity, { ...a, userId: 'b' }) },
      ]);
      await expect(attempt).rejects.toBeInstanceOf(DataUnavailableError);
    } finally {
      fault.remove();
    }
  });

  it('retries unprocessed batch-get keys until every key is read', async () => {
    const taskId = newId();
    const comments = Array.from({ length: 3 }, (_, index) => ({
      id: newId(),
      taskId,
      projectId: newId(),
      authorId: 'alice',
      body: `c${index}`,
      createdAt: NOW,
      updatedAt: NOW,
      version: 1,
    }));
    await fx.mapper.batchWrite({ puts: comments.map((model) => ({ entity: commentEntity, model })) });
    // The first answer reads nothing and hands every key back as unprocessed.
    const fault = inject(fx.client, 'BatchGetItemCommand', 1, (input) => ({
      Responses: {},
      UnprocessedKeys: input.RequestItems,
    }));
    try {
      const read = await fx.mapper.batchGet(comments.map((c) => ({ entity: commentEntity, key: c })));
      expect(read.map((c) => c?.body)).toEqual(['c0', 'c1', 'c2']);
      expect(fault.seen.calls).toBe(2);
    } finally {
      fault.remove();
    }
  });

  it('gives up with a 503 when keys stay unprocessed', async () => {
    const fault = inject(fx.client, 'BatchGetItemCommand', 100, (input) => ({
      Responses: {},
      UnprocessedKeys: input.RequestItems,
    }));
    try {
      const attempt = fx.mapper.batchGet([{ entity: commentEntity, key: { taskId: newId(), id: newId() } }]);
      await expect(attempt).rejects.toBeInstanceOf(DataUnavailableError);
      expect(fault.seen.calls).toBe(4);
    } finally {
      fault.remove();
    }
  });
});
