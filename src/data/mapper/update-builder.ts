import { TABLE_KEYS } from '#data/dynamodb/table';
import { InvalidModelError } from './errors.ts';
import { type Filter, Placeholders } from './expressions.ts';
import type { CompiledKey } from './key-template.ts';
import {
  type AnyEntity,
  buildGuard,
  type GuardOptions,
  type WriteContext,
  type WriteRequest,
} from './write-request.ts';

export interface UpdateOptions<M = Item> extends GuardOptions {
  /** Optional fields to REMOVE from the item. A change whose value is `undefined` leaves its field as it is. */
  remove?: ReadonlyArray<keyof M & string> | undefined;
}

type Item = Record<string, unknown>;

/** Changes in which `null` clears an optional field: what repositories take from their callers. */
export type ClearableChanges<M> = { [K in keyof M]?: Exclude<M[K], undefined> | null | undefined };

/** Splits clearable changes into the engine's values and its explicit `remove` list. */
export function clearsOf<M>(changes: ClearableChanges<M>): {
  values: Partial<M>;
  remove: Array<keyof M & string>;
} {
  const values: Record<string, unknown> = {};
  const remove: Array<keyof M & string> = [];
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) remove.push(field as keyof M & string);
    else if (value !== undefined) values[field] = value;
  }
  return { values: values as Partial<M>, remove };
}

/**
 * An UpdateItem from a partial model. `changes` maps fields to new values (an `undefined` value
 * changes nothing); `options.remove` names the optional fields to REMOVE. Key fields and server-owned fields are refused; the
 * engine bumps `version` and sets `updatedAt`. Index keys whose template uses a changed field
 * are rebuilt from `keyInput` (the identity plus any current values they need) and the changes.
 */
export function buildUpdate<M>(
  entity: AnyEntity,
  keyInput: object,
  changes: object,
  ctx: WriteContext,
  options: UpdateOptions<M> = {},
): WriteRequest<M> {
  const key = entity.key(keyInput);
  const { defined, removed } = splitChanges(entity, changes as Item, options.remove ?? []);
  const values = validateFields(entity, defined);
  if (Object.keys(values).length === 0 && removed.length === 0) {
    throw new InvalidModelError(entity.name, ['(update without changes)']);
  }
  const p = new Placeholders();
  const sets: string[] = [];
  const removes: string[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (value !== undefined) sets.push(`${p.name(field)} = ${p.value(value)}`);
  }
  for (const field of removed) removes.push(p.name(field));
  if (entity.versioned) sets.push(`${p.name('version')} = ${p.name('version')} + ${p.value(1)}`);
  if (entity.hasUpdatedAt) sets.push(`${p.name('updatedAt')} = ${p.value(ctx.now.toISOString())}`);

  const changed = new Set([...Object.keys(values), ...removed]);
  const merged: Item = { ...(keyInput as Item), ...values };
  for (const field of removed) merged[field] = undefined;
  const { gsi1 } = TABLE_KEYS;
  for (const [attribute, compiled] of [
    [gsi1.partitionKey, entity.gsi1.pk],
    [gsi1.sortKey, entity.gsi1.sk],
  ] as Array<[string, CompiledKey | undefined]>) {
    if (!compiled?.fields.some((field) => changed.has(field))) continue;
    const rendered = compiled.render(merged);
    if (rendered !== undefined) {
      sets.push(`${p.name(attribute)} = ${p.value(rendered)}`);
      continue;
    }
    const unknown = compiled.fields.filter((field) => !(field in merged));
    if (unknown.length > 0) {
      throw new InvalidModelError(
        entity.name,
        unknown.map((field) => `${attribute} needs ${field}`),
      );
    }
    // Every input is known and one is gone: the item leaves the sparse index.
    removes.push(p.name(attribute));
  }
  const condition = buildGuard(p, entity, true, options, ctx.now);
  const expression = [
    sets.length > 0 ? `SET ${sets.join(', ')}` : '',
    removes.length > 0 ? `REMOVE ${removes.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    kind: 'update',
    entity,
    key,
    intent: 'existing',
    ...(options.expectedVersion !== undefined ? { expectedVersion: options.expectedVersion } : {}),
    params: { Key: key, UpdateExpression: expression, ConditionExpression: condition, ...p.attributes() },
  };
}

function splitChanges(
  entity: AnyEntity,
  changes: Item,
  remove: readonly string[],
): { defined: Item; removed: string[] } {
  const defined: Item = {};
  const removed: string[] = [];
  const refused: string[] = [];
  const writable = (field: string) => {
    if (!entity.fields.has(field)) refused.push(`${field} (unknown)`);
    else if (entity.immutable.has(field)) refused.push(`${field} (key or server-owned)`);
    else return true;
    return false;
  };
  for (const [field, value] of Object.entries(changes)) {
    if (value !== undefined && writable(field)) defined[field] = value;
  }
  for (const field of new Set(remove)) {
    if (!writable(field)) continue;
    if (field in defined) refused.push(`${field} (both changed and removed)`);
    else if (entity.optionalFields.has(field)) removed.push(field);
    else refused.push(`${field} (required; cannot be removed)`);
  }
  if (refused.length > 0) throw new InvalidModelError(entity.name, refused);
  return { defined, removed };
}

function validateFields(entity: AnyEntity, defined: Item): Item {
  const values: Item = {};
  const failed: string[] = [];
  for (const [field, value] of Object.entries(defined)) {
    const parsed = entity.fieldSchemas[field]?.safeParse(value);
    if (parsed?.success) values[field] = parsed.data;
    else failed.push(...(parsed?.error.issues.map((issue) => [field, ...issue.path].join('.')) ?? [field]));
  }
  if (failed.length > 0) throw new InvalidModelError(entity.name, failed);
  return values;
}

export interface IncrementOptions {
  /** An extra condition on the stored item (ANDed with "the item exists"). */
  condition?: Filter;
  /** The value a field counts from when the stored item does not have it yet (default 0). */
  initial?: Record<string, number>;
  /**
   * When the counted fields are part of the item's representation (an ETag must move with
   * them): `version` goes up by one as well, still without a version lock.
   */
  bumpVersion?: boolean;
}

/**
 * An UpdateItem that adds `deltas` to numeric fields atomically (`SET f = if_not_exists(f, initial) + d`),
 * on an item that must exist. By default a counter is not the item's representation: `version`
 * and `updatedAt` stay, so an ETag does not move because a count did (`bumpVersion` says
 * otherwise). Key fields (and fields an index key is built from) and `version` are refused.
 */
export function buildIncrement<M>(
  entity: AnyEntity,
  keyInput: object,
  deltas: Record<string, number>,
  ctx: WriteContext,
  options: IncrementOptions = {},
): WriteRequest<M> {
  const key = entity.key(keyInput);
  const keyed = new Set(
    [entity.primary.pk, entity.primary.sk, entity.gsi1.pk, entity.gsi1.sk].flatMap((k) => k?.fields ?? []),
  );
  const refused = Object.entries(deltas).flatMap(([field, delta]) => {
    if (!entity.fields.has(field)) return [`${field} (unknown)`];
    if (field === 'version' || keyed.has(field)) return [`${field} (key or version)`];
    return Number.isFinite(delta) ? [] : [`${field} (not a number)`];
  });
  if (Object.keys(deltas).length === 0) refused.push('(increment without changes)');
  if (refused.length > 0) throw new InvalidModelError(entity.name, refused);
  const p = new Placeholders();
  const sets = Object.entries(deltas).map(([field, delta]) => {
    const name = p.name(field);
    return `${name} = if_not_exists(${name}, ${p.value(options.initial?.[field] ?? 0)}) + ${p.value(delta)}`;
  });
  if (options.bumpVersion && entity.versioned) {
    sets.push(`${p.name('version')} = ${p.name('version')} + ${p.value(1)}`);
  }
  const condition = buildGuard(
    p,
    entity,
    true,
    { ...(options.condition ? { condition: options.condition } : {}) },
    ctx.now,
  );
  return {
    kind: 'update',
    entity,
    key,
    intent: 'existing',
    params: {
      Key: key,
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: condition,
      ...p.attributes(),
    },
  };
}
