import { TABLE_KEYS } from '#data/dynamodb/table';
import { epochSeconds } from '#lib/clock';
import { InvalidModelError } from './errors.ts';
import { Placeholders } from './expressions.ts';
import {
  type AnyEntity,
  buildGuard,
  type GuardOptions,
  type WriteContext,
  type WriteRequest,
} from './write-request.ts';

const { partitionKey, ttlAttribute } = TABLE_KEYS;
type Item = Record<string, unknown>;

/**
 * Pure builders of write requests (no I/O): each returns the command parameters minus
 * `TableName`, plus what the executor needs to explain a failed condition.
 */

/** A put that never overwrites (an expired-but-present TTL item counts as absent). Versioned entities start at 1. */
export function buildCreate<M>(entity: AnyEntity, input: object, ctx: WriteContext): WriteRequest<M> {
  const model = entity.versioned ? { ...input, version: 1 } : input;
  const { item, model: stored } = entity.encode(model);
  const p = new Placeholders();
  const notExists = `attribute_not_exists(${p.name(partitionKey)})`;
  const condition = entity.hasTtl
    ? `${notExists} OR ${p.name(ttlAttribute)} <= ${p.value(epochSeconds(ctx.now))}`
    : notExists;
  const key = { pk: item.pk as string, sk: item.sk as string };
  return {
    kind: 'put',
    entity,
    key,
    intent: 'create',
    params: { Item: item, ConditionExpression: condition, ...p.attributes() },
    model: stored as M,
  };
}

/** An unconditional put (denormalised copies inside a transaction). */
export function buildPut<M>(entity: AnyEntity, model: object): WriteRequest<M> {
  const { item, model: stored } = entity.encode(model);
  const key = { pk: item.pk as string, sk: item.sk as string };
  return { kind: 'put', entity, key, intent: 'any', params: { Item: item }, model: stored as M };
}

/**
 * Replaces an existing item with a whole model. Locks on `expectedVersion` (default: the
 * model's own `version`), stores version + 1 and a fresh `updatedAt`.
 */
export function buildReplace<M>(
  entity: AnyEntity,
  model: Item,
  ctx: WriteContext,
  options: GuardOptions = {},
): WriteRequest<M> {
  const expectedVersion =
    options.expectedVersion ?? (typeof model.version === 'number' ? model.version : undefined);
  const next: Item = { ...model };
  if (entity.versioned && expectedVersion !== undefined) next.version = expectedVersion + 1;
  if (entity.hasUpdatedAt) next.updatedAt = ctx.now.toISOString();
  const { item, model: stored } = entity.encode(next);
  const p = new Placeholders();
  const condition = buildGuard(p, entity, true, { ...options, expectedVersion }, ctx.now);
  return {
    kind: 'put',
    entity,
    key: { pk: item.pk as string, sk: item.sk as string },
    intent: 'existing',
    ...(expectedVersion !== undefined ? { expectedVersion } : {}),
    params: { Item: item, ConditionExpression: condition, ...p.attributes() },
    model: stored as M,
  };
}

export interface DeleteOptions extends GuardOptions {
  /** Default true: deleting a missing item is an ItemNotFoundError. */
  mustExist?: boolean;
}

/** A delete, conditional on existence and optionally on `version`. */
export function buildDelete(
  entity: AnyEntity,
  keyInput: object,
  ctx: WriteContext,
  options: DeleteOptions = {},
): WriteRequest {
  const key = entity.key(keyInput);
  const p = new Placeholders();
  const mustExist = options.mustExist ?? true;
  const condition = buildGuard(p, entity, mustExist, options, ctx.now);
  return {
    kind: 'delete',
    entity,
    key,
    intent: mustExist || options.expectedVersion !== undefined ? 'existing' : 'any',
    ...(options.expectedVersion !== undefined ? { expectedVersion: options.expectedVersion } : {}),
    params: { Key: key, ...(condition ? { ConditionExpression: condition } : {}), ...p.attributes() },
  };
}

export interface CheckOptions extends GuardOptions {
  /** Default true: the item must exist; false: it must not. */
  exists?: boolean;
}

/** A transaction-only condition check on another item (e.g. "the caller is still a member"). */
export function buildCheck(
  entity: AnyEntity,
  keyInput: object,
  ctx: WriteContext,
  options: CheckOptions = {},
): WriteRequest {
  const key = entity.key(keyInput);
  const p = new Placeholders();
  const condition =
    options.exists === false
      ? `attribute_not_exists(${p.name(partitionKey)})`
      : buildGuard(p, entity, true, options, ctx.now);
  if (!condition) throw new InvalidModelError(entity.name, ['(condition check without a condition)']);
  return {
    kind: 'check',
    entity,
    key,
    intent: options.exists === false ? 'create' : 'existing',
    ...(options.expectedVersion !== undefined ? { expectedVersion: options.expectedVersion } : {}),
    params: { Key: key, ConditionExpression: condition, ...p.attributes() },
  };
}
