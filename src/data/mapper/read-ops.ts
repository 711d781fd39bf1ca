import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Entity, KeyOf, ModelOf } from './entity.ts';
import { DataUnavailableError, type ItemKey } from './errors.ts';
import type { Runtime } from './runtime.ts';
import type { AnyEntity } from './write-request.ts';

export interface GetOptions {
  /** Strongly consistent read (base table only): use where read-after-write matters. */
  consistent?: boolean;
}

/** One key of a batch get; build it with `getRequest(entity, key)` for type checking. */
export interface GetRequest<E extends AnyEntity = AnyEntity> {
  entity: E;
  key: KeyOf<E>;
}

export type BatchGetResult<R extends readonly GetRequest[]> = {
  -readonly [I in keyof R]: ModelOf<R[I]['entity']> | undefined;
};

/** A typed batch-get request. */
export function getRequest<E extends AnyEntity>(entity: E, key: KeyOf<E>): GetRequest<E> {
  return { entity, key };
}

const BATCH_GET_LIMIT = 100;
type Item = Record<string, unknown>;
const keyString = (key: ItemKey) => `${key.pk}\u0000${key.sk}`;

export function createReadOps(rt: Runtime) {
  const { doc, tableName, retrier } = rt;

  /** One item by key, or undefined when absent or expired. */
  async function get<M extends Item, K>(
    entity: Entity<M, unknown, K>,
    key: K,
    options: GetOptions = {},
  ): Promise<M | undefined> {
    const Key = entity.key(key);
    const out = await retrier.run('GetItem', () =>
      doc.send(new GetCommand({ TableName: tableName, Key, ConsistentRead: options.consistent })),
    );
    const item = out.Item;
    if (!item || rt.isExpired(item, rt.nowSeconds())) return undefined;
    return rt.decode(entity, item);
  }

  /**
   * Many items (any mix of entities) in request order; absent or expired → undefined.
   * Duplicate keys are read once; chunks of 100 run in parallel; unprocessed keys are
   * retried with backoff until the retry policy is spent (→ DataUnavailableError).
   */
  async function batchGet<const R extends readonly GetRequest[]>(
    requests: R,
    options: GetOptions = {},
  ): Promise<BatchGetResult<R>> {
    const keys = requests.map((request) => request.entity.key(request.key));
    const unique = [...new Map(keys.map((key) => [keyString(key), key])).values()];
    const found = new Map<string, Item>();
    const chunks: ItemKey[][] = [];
    for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT)
      chunks.push(unique.slice(i, i + BATCH_GET_LIMIT));
    await Promise.all(chunks.map((chunk) => readChunk(chunk, options.consistent, found)));
    const now = rt.nowSeconds();
    return requests.map((request, index) => {
      const item = found.get(keyString(keys[index] as ItemKey));
      if (!item || rt.isExpired(item, now)) return undefined;
      return rt.decode(request.entity, item);
    }) as BatchGetResult<R>;
  }

  async function readChunk(chunk: ItemKey[], consistent: boolean | undefined, found: Map<string, Item>) {
    let pending: Item[] = chunk.map((key) => ({ pk: key.pk, sk: key.sk }));
    for (let attempt = 0; ; attempt++) {
      const out = await retrier.run('BatchGetItem', () =>
        doc.send(
          new BatchGetCommand({
            RequestItems: { [tableName]: { Keys: pending, ConsistentRead: consistent } },
          }),
        ),
      );
      for (const item of out.Responses?.[tableName] ?? []) {
        found.set(keyString({ pk: String(item.pk), sk: String(item.sk) }), item);
      }
      pending = out.UnprocessedKeys?.[tableName]?.Keys ?? [];
      if (pending.length === 0) return;
      if (attempt + 1 >= retrier.policy.maxAttempts) {
        throw new DataUnavailableError('BatchGetItem (unprocessed keys)', attempt + 1);
      }
      await retrier.pause(attempt);
    }
  }

  return { get, batchGet };
}
