import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { HttpHandlerOptions, HttpRequest } from '@smithy/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients, type DynamoClients } from '#data/dynamodb/client';
import { createTestTable, testConfig } from '#test/support/stack';
import { ReplayingHandler, type RequestHandlerLike } from '../../../scripts/bench/replaying-handler.ts';

/** The in-process bench's replay on a real DynamoDB Local client: what reaches the table, and what is answered. */
let clients: DynamoClients;
/** Writes the table directly, past the replay. */
let direct: DynamoClients;
let table: string;
const reachedTable: string[] = [];

beforeAll(async () => {
  table = await createTestTable('replay');
  clients = createDynamoClients(testConfig(table));
  direct = createDynamoClients(testConfig(table));
  const real = clients.client.config.requestHandler as unknown as RequestHandlerLike;
  const counting: RequestHandlerLike = {
    handle: (request: HttpRequest, options?: HttpHandlerOptions) => {
      reachedTable.push(String(request.headers['x-amz-target']));
      return real.handle(request, options);
    },
  };
  (clients.client.config as { requestHandler: unknown }).requestHandler = new ReplayingHandler(counting);
});

const get = (id: string) =>
  clients.doc.send(new GetCommand({ TableName: table, Key: { pk: id, sk: 'A' }, ConsistentRead: true }));

describe('the in-process bench replays DynamoDB answers', () => {
  it('answers a read from the table once, then the same read from what it recorded', async () => {
    reachedTable.length = 0;
    await direct.doc.send(new PutCommand({ TableName: table, Item: { pk: 'one', sk: 'A', title: 'first' } }));
    expect((await get('one')).Item).toEqual({ pk: 'one', sk: 'A', title: 'first' });
    // The table changes, the replay does not: the second read never reached it.
    await direct.doc.send(
      new PutCommand({ TableName: table, Item: { pk: 'one', sk: 'A', title: 'second' } }),
    );
    expect((await get('one')).Item).toEqual({ pk: 'one', sk: 'A', title: 'first' });
    expect(reachedTable.filter((target) => target.endsWith('.GetItem'))).toHaveLength(1);
  });

  it('asks the table for a read it has not seen, and never answers it with another read', async () => {
    await direct.doc.send(new PutCommand({ TableName: table, Item: { pk: 'two', sk: 'A', title: 'other' } }));
    expect((await get('two')).Item).toEqual({ pk: 'two', sk: 'A', title: 'other' });
    expect((await get('missing')).Item).toBeUndefined();
  });

  it('answers a write it has not seen with the recorded answer of its operation', async () => {
    reachedTable.length = 0;
    await clients.doc.send(new PutCommand({ TableName: table, Item: { pk: 'three', sk: 'A' } }));
    await clients.doc.send(new PutCommand({ TableName: table, Item: { pk: 'four', sk: 'A' } }));
    expect(reachedTable).toEqual(['DynamoDB_20120810.PutItem']);
    const written = await direct.doc.send(new GetCommand({ TableName: table, Key: { pk: 'four', sk: 'A' } }));
    expect(written.Item).toBeUndefined();
  });
});
