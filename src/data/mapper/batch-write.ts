import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { DataUnavailableError, type ItemKey } from './errors.ts';
import type { Runtime } from './runtime.ts';
import type { AnyEntity } from './write-request.ts';

type Item = Record<string, unknown>;
const BATCH_WRITE_LIMIT = 25;

export interface BatchWrites {
  /** Validated puts (no condition: BatchWriteItem cannot carry one). */
  puts?: Array<{ entity: AnyEntity; model: object }>;
  /** Raw keys, e.g. from `queryKeys`, so a partition of mixed entities can be emptied. */
  deletes?: ItemKey[];
}

export function createBatchWrite(rt: Runtime) {
  const { doc, tableName, retrier } = rt;

  /** Unconditional puts and deletes in chunks of 25, retrying unprocessed items with backoff. */
  async function batchWrite(writes: BatchWrites): Promise<void> {
    const requests: Item[] = [
      ...(writes.puts ?? []).map(({ entity, model }) => ({ PutRequest: { Item: entity.toItem(model) } })),
      ...(writes.deletes ?? []).map((key) => ({ DeleteRequest: { Key: { pk: key.pk, sk: key.sk } } })),
    ];
    const chunks: Item[][] = [];
    for (let i = 0; i < requests.length; i += BATCH_WRITE_LIMIT)
      chunks.push(requests.slice(i, i + BATCH_WRITE_LIMIT));
    for (const chunk of chunks) await writeChunk(chunk);
  }

  async function writeChunk(chunk: Item[]) {
    let pending = chunk;
    for (let attempt = 0; ; attempt++) {
      const out = await retrier.run('BatchWriteItem', () =>
        doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } } as never)),
      );
      pending = (out.UnprocessedItems?.[tableName] ?? []) as Item[];
      if (pending.length === 0) return;
      if (attempt + 1 >= retrier.policy.maxAttempts) {
        throw new DataUnavailableError('BatchWriteItem (unprocessed items)', attempt + 1);
      }
      await retrier.pause(attempt);
    }
  }

  return { batchWrite };
}
