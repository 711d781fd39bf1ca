import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '#data/dynamodb/client';
import { createMapper } from '#data/mapper/mapper';
import { createRevokedTokenRepository } from '#data/repositories/revoked-token-repository';
import { createTestTable, testConfig } from '#test/support/stack';

/** The access-token denylist on DynamoDB Local (which never deletes expired items). */
let table = '';
let doc: DynamoDBDocumentClient;
beforeAll(async () => {
  table = await createTestTable('revoked');
  doc = createDynamoClients(testConfig(table)).doc;
});

const now = () => Math.floor(Date.now() / 1000);
const revokedTokenKey = (jti: string) => ({ pk: `REVOKED#${jti}`, sk: '#META' });
const repositoryOn = (tableName: string) =>
  createRevokedTokenRepository(
    createMapper({ doc, tableName, cursorSecret: 'unused-cursor-secret-0123456789abcdef' }),
  );

describe('revoked-token repository', () => {
  it('stores the item in the documented shape and reads it back as revoked', async () => {
    const repository = repositoryOn(table);
    const exp = now() + 600;
    await repository.revoke('jti-1', exp);
    expect(await repository.isRevoked('jti-1')).toBe(true);
    const { Item } = await doc.send(new GetCommand({ TableName: table, Key: revokedTokenKey('jti-1') }));
    expect(Item).toEqual({
      pk: 'REVOKED#jti-1',
      sk: '#META',
      _et: 'RevokedToken',
      jti: 'jti-1',
      revokedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      ttl: exp,
    });
  });

  it('says not revoked for an unknown id', async () => {
    const repository = repositoryOn(table);
    expect(await repository.isRevoked('never-seen')).toBe(false);
  });

  it('treats an item whose ttl has passed as absent (DynamoDB deletes late)', async () => {
    const repository = repositoryOn(table);
    await doc.send(
      new PutCommand({
        TableName: table,
        Item: {
          ...revokedTokenKey('old'),
          _et: 'RevokedToken',
          jti: 'old',
          revokedAt: new Date().toISOString(),
          ttl: now() - 1,
        },
      }),
    );
    expect(await repository.isRevoked('old')).toBe(false);
  });

  it('is idempotent: revoking twice keeps one item', async () => {
    const repository = repositoryOn(table);
    await repository.revoke('twice', now() + 60);
    await repository.revoke('twice', now() + 60);
    expect(await repository.isRevoked('twice')).toBe(true);
  });

  it('fails loudly (the caller answers 503) when the table is missing', async () => {
    const repository = repositoryOn('no-such-table');
    await expect(repository.isRevoked('x')).rejects.toThrow();
  });
});
