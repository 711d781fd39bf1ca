import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '#data/dynamodb/client';
import { membershipEntity } from '#data/entities/index';
import { DataUnavailableError, TransactionCancelledError } from '#data/mapper/errors';
import { createMapper, type Mapper } from '#data/mapper/mapper';
import { newId } from '#lib/ids';
import { type FaultProxy, startFaultProxy } from '#test/support/fault-proxy';
import { NOW } from '#test/support/fixtures';
import { createTestTable, stackContext, testConfig } from '#test/support/stack';

/*
 * A real TCP proxy between the mapper and DynamoDB Local loses the answers of transactions that
 * DynamoDB Local committed. Whatever layer retries inside the call (the SDK's own retry, the
 * engine's), the retry must not turn the committed write into a reported failure.
 */

let proxy: FaultProxy;
let mapper: Mapper;
let direct: Mapper;

beforeAll(async () => {
  proxy = await startFaultProxy(stackContext().endpoints.dynamodb);
  const table = await createTestTable('lost');
  const config = testConfig(table, { DYNAMODB_ENDPOINT: proxy.endpoint });
  const options = { tableName: table, cursorSecret: config.cursorSecret, sleep: async () => {} };
  mapper = createMapper({ ...options, doc: createDynamoClients(config).doc });
  direct = createMapper({ ...options, doc: createDynamoClients(testConfig(table)).doc });
});
afterAll(async () => {
  await proxy?.close();
});

const member = (projectId: string, userId: string) => ({
  projectId,
  userId,
  role: 'member' as const,
  addedAt: NOW,
});

describe('a transaction whose answer is lost after it committed', () => {
  // One lost answer is absorbed by the SDK's retry; two spend its attempts, so the next layer retries.
  it.each([1, 2])('is never reported as a failure when %i answer(s) are lost', async (lost) => {
    const projectId = newId();
    const { tx } = mapper;
    await proxy.setMode({ kind: 'lose-response', matching: 'TransactWriteItems', times: lost });
    const outcome = await mapper
      .transact([
        { label: 'a', request: tx.create(membershipEntity, member(projectId, 'a')) },
        { label: 'b', request: tx.create(membershipEntity, member(projectId, 'b')) },
      ])
      .then(
        () => 'committed',
        (error: unknown) => error,
      );
    expect(proxy.stats.droppedResponses).toBeGreaterThanOrEqual(lost);
    // The write committed: claiming it failed on its own items ("already exists") would be a lie.
    expect(outcome).not.toBeInstanceOf(TransactionCancelledError);
    if (outcome !== 'committed') expect(outcome).toBeInstanceOf(DataUnavailableError);
    expect(
      await direct.get(membershipEntity, { projectId, userId: 'a' }, { consistent: true }),
    ).toBeDefined();
    expect(
      await direct.get(membershipEntity, { projectId, userId: 'b' }, { consistent: true }),
    ).toBeDefined();
    await proxy.setMode('pass');
    proxy.resetStats();
  });
});
