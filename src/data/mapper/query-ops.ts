import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_KEYS } from '#data/dynamodb/table';
import { type CursorKey, cursorBinding } from './cursor.ts';
import type { Entity } from './entity.ts';
import { InvalidCursorError, type ItemKey } from './errors.ts';
import {
  buildFilter,
  buildKeyCondition,
  type Filter,
  Placeholders,
  type RangeCondition,
} from './expressions.ts';
import type { Runtime } from './runtime.ts';

export interface QuerySpec {
  /** Omit for the base table. */
  index?: 'gsi1';
  /** The partition key value (see `partitions` in table.ts). */
  partition: string;
  range?: RangeCondition | undefined;
  filter?: Filter;
  /** Default true (ascending sort key). */
  forward?: boolean;
  /** Page size; the page is filled up to it even when filters drop items. */
  limit: number;
  cursor?: string | undefined;
  /** Binds the cursor to one caller: another caller's cursor is an InvalidCursorError. */
  caller?: string;
  /** Strongly consistent (base table only). */
  consistent?: boolean;
}

export interface Page<T> {
  items: T[];
  /** Null at the end; otherwise pass it back as `cursor` for the next page. */
  nextCursor: string | null;
}

type Item = Record<string, unknown>;
const MAX_LIMIT = 1000;
const LIVE = { skipExpired: true, keysOnly: false };
const KEYS_ONLY = { skipExpired: false, keysOnly: true };
const { partitionKey, sortKey, gsi1 } = TABLE_KEYS;
const BASE_ATTRS = [partitionKey, sortKey] as const;
const INDEX_ATTRS = [partitionKey, sortKey, gsi1.partitionKey, gsi1.sortKey] as const;

export function createQueryOps(rt: Runtime) {
  /** A page of one entity's items. */
  function query<M extends Item>(entity: Entity<M, unknown, unknown>, spec: QuerySpec): Promise<Page<M>> {
    return run([entity.name], spec, (item) => rt.decode(entity, item), LIVE);
  }

  /** Keys only, expired items included (for deleting a whole partition). */
  function queryKeys(spec: QuerySpec): Promise<Page<ItemKey>> {
    return run(['(keys)'], spec, keyOf, KEYS_ONLY);
  }

  async function run<T>(
    entities: readonly string[],
    spec: QuerySpec,
    decode: (item: Item) => T,
    mode: { skipExpired: boolean; keysOnly: boolean },
  ): Promise<Page<T>> {
    if (spec.consistent && spec.index) throw new Error('query: a GSI cannot be read strongly consistently');
    const limit = Math.min(Math.max(1, Math.floor(spec.limit)), MAX_LIMIT);
    const forward = spec.forward ?? true;
    const keyAttrs = spec.index ? INDEX_ATTRS : BASE_ATTRS;
    const binding = cursorBinding({
      entities,
      index: spec.index,
      partition: spec.partition,
      range: spec.range,
      filter: spec.filter,
      forward,
      caller: spec.caller,
    });
    const now = rt.nowSeconds();
    let startKey: CursorKey | undefined;
    if (spec.cursor) {
      startKey = rt.codec.decode(binding, spec.cursor, now, keyAttrs);
      const partitionAttr = spec.index ? gsi1.partitionKey : partitionKey;
      if (startKey[partitionAttr] !== spec.partition) throw new InvalidCursorError('key');
    }
    const p = new Placeholders();
    const keys = spec.index ? gsi1 : { partitionKey, sortKey };
    const base = {
      TableName: rt.tableName,
      ...(spec.index ? { IndexName: gsi1.indexName } : {}),
      KeyConditionExpression: buildKeyCondition(p, keys, spec.partition, spec.range),
      ...optional('FilterExpression', buildFilter(p, spec.filter)),
      ...(mode.keysOnly ? { ProjectionExpression: keyAttrs.map((a) => p.name(a)).join(', ') } : {}),
      ScanIndexForward: forward,
      ...(spec.consistent ? { ConsistentRead: true } : {}),
      ...p.attributes(),
    };
    // Filters drop items after DynamoDB's Limit is applied, so filtered reads ask for more.
    const widen = spec.filter ? 3 : 1;
    const items: T[] = [];
    const page = (nextCursor: string | null): Page<T> => ({ items, nextCursor });
    for (let reads = 0; reads < rt.maxReadsPerPage; reads++) {
      const remaining = limit - items.length;
      const input = {
        ...base,
        Limit: Math.min(MAX_LIMIT, remaining * widen + 1),
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      };
      const out = await rt.retrier.run('Query', () => rt.doc.send(new QueryCommand(input)));
      let lastIncluded: Item | undefined;
      for (const item of out.Items ?? []) {
        if (mode.skipExpired && rt.isExpired(item, now)) continue;
        if (items.length === limit) {
          // A further live item exists: resume right after the last one returned.
          return page(encode(lastIncluded ?? startKey));
        }
        items.push(decode(item));
        lastIncluded = item;
      }
      if (!out.LastEvaluatedKey) return page(null);
      startKey = out.LastEvaluatedKey as CursorKey;
      if (items.length === limit) break;
    }
    // Page full, or the read bound hit: hand back what we have and where to resume.
    return page(startKey ? encode(startKey) : null);

    function encode(key: Item | undefined): string | null {
      if (!key) return null;
      const picked: CursorKey = {};
      for (const attr of keyAttrs) picked[attr] = String(key[attr]);
      return rt.codec.encode(binding, picked, now);
    }
  }

  return { query, queryKeys };
}

function keyOf(item: Item): ItemKey {
  return { pk: String(item[partitionKey]), sk: String(item[sortKey]) };
}

function optional<K extends string>(name: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined ? {} : ({ [name]: value } as { [P in K]?: string });
}
