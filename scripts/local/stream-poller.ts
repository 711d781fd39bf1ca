import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { LOCAL_CREDENTIALS } from './bootstrap.ts';

export interface StreamPollerOptions {
  dynamodb: DynamoDBClient;
  endpoint: string;
  region: string;
  tableName: string;
  /** The same handler Lambda calls; it reports partial failures like Lambda's. */
  handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;
  /** Like the event source mapping's filter: records that fail it never reach the handler. */
  filter?: (record: DynamoDBRecord) => boolean;
  batchSize?: number;
  /** Attempts per batch before its records are dropped (Lambda: maximumRetryAttempts + 1). */
  maxAttempts?: number;
  pollIntervalMs?: number;
  onError?: (message: string, detail: Record<string, unknown>) => void;
}

export interface StreamPoller {
  stop(): Promise<void>;
}

/**
 * The local stand-in for Lambda's DynamoDB event source mapping: reads every shard of
 * the table's stream from LATEST, shapes records exactly like Lambda's event (region,
 * eventSourceARN, epoch-second ApproximateCreationDateTime — DynamoDB Local differs on
 * all three) and honours partial-batch responses by retrying from the first failed record.
 */
export async function startStreamPoller(options: StreamPollerOptions): Promise<StreamPoller> {
  const streams = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: options.region,
    credentials: LOCAL_CREDENTIALS,
  });
  const table = await options.dynamodb.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.tableName} has no stream`);
  const batchSize = options.batchSize ?? 10;
  const maxAttempts = options.maxAttempts ?? 3;
  const interval = options.pollIntervalMs ?? 100;
  let running = true;
  const iterators = new Map<string, string | undefined>();

  /**
   * At start, open shards are read from LATEST and closed ones skipped (history is not
   * replayed); shards that appear later are read from their beginning, so nothing is missed.
   */
  const discoverShards = async (initial: boolean) => {
    const description = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of description.StreamDescription?.Shards ?? []) {
      if (!shard.ShardId || iterators.has(shard.ShardId)) continue;
      const open = shard.SequenceNumberRange?.EndingSequenceNumber === undefined;
      if (initial && !open) {
        iterators.set(shard.ShardId, undefined);
        continue;
      }
      const iterator = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shard.ShardId,
          ShardIteratorType: initial ? 'LATEST' : 'TRIM_HORIZON',
        }),
      );
      iterators.set(shard.ShardId, iterator.ShardIterator);
    }
  };

  const toLambdaRecord = (record: StreamRecord): DynamoDBRecord => {
    const created = record.dynamodb?.ApproximateCreationDateTime;
    return {
      eventID: record.eventID,
      eventName: record.eventName as DynamoDBRecord['eventName'],
      eventVersion: record.eventVersion ?? '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: options.region,
      eventSourceARN: streamArn,
      dynamodb: {
        ...(record.dynamodb as DynamoDBRecord['dynamodb']),
        ApproximateCreationDateTime: created instanceof Date ? Math.floor(created.getTime() / 1000) : created,
      },
    };
  };

  const deliver = async (records: DynamoDBRecord[]) => {
    let pending = records;
    for (let attempt = 1; pending.length > 0; attempt++) {
      let failedFrom: number;
      try {
        const response = await options.handler({ Records: pending });
        const failed = new Set(response?.batchItemFailures.map((failure) => failure.itemIdentifier));
        failedFrom = pending.findIndex((record) => failed.has(record.dynamodb?.SequenceNumber ?? ''));
      } catch (error) {
        failedFrom = 0;
        options.onError?.('stream handler threw', { error: String(error) });
      }
      if (failedFrom < 0) return;
      if (attempt >= maxAttempts) {
        options.onError?.('stream records dropped after retries', {
          sequenceNumbers: pending.slice(failedFrom).map((record) => record.dynamodb?.SequenceNumber),
        });
        return;
      }
      pending = pending.slice(failedFrom);
    }
  };

  const pollShard = async (shardId: string, iterator: string) => {
    try {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      iterators.set(shardId, page.NextShardIterator);
      const records = (page.Records ?? []).map(toLambdaRecord).filter(options.filter ?? (() => true));
      for (let index = 0; index < records.length; index += batchSize) {
        await deliver(records.slice(index, index + batchSize));
      }
    } catch (error) {
      // An iterator that expired, or that points before the oldest record DynamoDB Local still
      // keeps (it answers TrimmedDataAccessException forever after), is dropped; the next
      // discovery reopens the shard from TRIM_HORIZON. Replays are harmless: handlers are idempotent.
      if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) {
        iterators.delete(shardId);
      } else throw error;
    }
  };

  await discoverShards(true);
  const loop = (async () => {
    while (running) {
      try {
        for (const [shardId, iterator] of iterators) {
          if (iterator) await pollShard(shardId, iterator);
        }
        await discoverShards(false);
      } catch (error) {
        options.onError?.('stream poll failed', { error: String(error) });
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  })();

  return {
    async stop() {
      running = false;
      await loop;
      streams.destroy();
    },
  };
}
