import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '#config';
import { outboundClientOptions } from '#data/outbound/aws-sdk-http';

export interface DynamoClients {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
}

/** One client pair per process; the document client marshals plain objects. */
export function createDynamoClients(config: Pick<Config, 'region' | 'dynamodb' | 'outbound'>): DynamoClients {
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.dynamodb.endpoint ? { endpoint: config.dynamodb.endpoint } : {}),
    ...outboundClientOptions(config.outbound),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
  return { client, doc };
}

/** Resolves when the table answers a DescribeTable; used by `/ready`. */
export function tableProbe(client: DynamoDBClient, tableName: string): () => Promise<void> {
  return async function checkTable() {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  };
}
