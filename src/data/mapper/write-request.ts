import { TABLE_KEYS } from '#data/dynamodb/table';
import { epochSeconds } from '#lib/clock';
import type { Entity } from './entity.ts';
import type { ItemKey } from './errors.ts';
import { and, buildFilter, type Filter, type Placeholders } from './expressions.ts';

/** The shape every write builder returns; the executor adds `TableName` and sends it. */

// biome-ignore lint/suspicious/noExplicitAny: a request may target any entity; its model type is erased here.
export type AnyEntity = Entity<any, any, any>;
type Item = Record<string, unknown>;

/** What a failed condition means: the item already existed, or it was missing / at another version. */
export type WriteIntent = 'create' | 'existing' | 'any';

export interface WriteParams {
  Item?: Item;
  Key?: ItemKey;
  UpdateExpression?: string;
  ConditionExpression?: string | undefined;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

export interface WriteRequest<M = Item> {
  kind: 'put' | 'update' | 'delete' | 'check';
  entity: AnyEntity;
  key: ItemKey;
  intent: WriteIntent;
  expectedVersion?: number;
  params: WriteParams;
  /** The model a put stores (with the version and timestamps the engine set). */
  model?: M;
}

/** One item of a transaction: the caller's name for it (how a cancellation reports it) and the write. */
export interface TransactPart<L extends string = string> {
  label: L;
  request: WriteRequest<unknown>;
}

export interface WriteContext {
  now: Date;
}

export interface GuardOptions {
  /** Optimistic locking: the write happens only if the stored `version` equals this. */
  expectedVersion?: number | undefined;
  /** An extra condition on the stored item (ANDed). */
  condition?: Filter;
}

const { partitionKey, ttlAttribute } = TABLE_KEYS;

/** The shared condition: existence, version lock, TTL liveness and an optional extra filter. */
export function buildGuard(
  p: Placeholders,
  entity: AnyEntity,
  mustExist: boolean,
  options: GuardOptions,
  now: Date,
): string | undefined {
  return and(
    mustExist ? `attribute_exists(${p.name(partitionKey)})` : undefined,
    options.expectedVersion !== undefined
      ? `${p.name('version')} = ${p.value(options.expectedVersion)}`
      : undefined,
    // An expired item is gone for readers, so writes that need an existing item treat it as gone too.
    mustExist && entity.hasTtl
      ? `attribute_not_exists(${p.name(ttlAttribute)}) OR ${p.name(ttlAttribute)} > ${p.value(epochSeconds(now))}`
      : undefined,
    buildFilter(p, options.condition),
  );
}

/** DynamoDB refuses two operations on one item in a transaction; say which item, before sending. */
export function assertDistinctKeys(requests: readonly WriteRequest<unknown>[]): void {
  const seen = new Set<string>();
  for (const { key, entity } of requests) {
    const id = `${key.pk}\u0000${key.sk}`;
    if (seen.has(id)) throw new Error(`transact: ${entity.name} ${key.pk}/${key.sk} appears twice`);
    seen.add(id);
  }
}
