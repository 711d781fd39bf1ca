import type * as z from 'zod';
import { TABLE_KEYS } from '#data/dynamodb/table';
import { CorruptItemError, InvalidModelError, type ItemKey } from './errors.ts';
import { type CompiledKey, compileKey, type KeyTemplateSpec, type TemplateFields } from './key-template.ts';

export type AnyObjectSchema = z.ZodObject<z.ZodRawShape>;
type Item = Record<string, unknown>;

/** Attributes the server owns: never set through `update`, never taken from a client. */
const DEFAULT_SERVER_OWNED = ['id', 'createdAt', 'createdBy', 'updatedAt', 'version'];

export interface EntityOptions<S extends AnyObjectSchema, PK extends string, SK extends string> {
  /** The entity tag stored in `_et`; also names the entity in errors and logs. */
  name: string;
  schema: S;
  keys: {
    pk: PK;
    sk: SK;
    gsi1pk?: KeyTemplateSpec<z.output<S>>;
    gsi1sk?: KeyTemplateSpec<z.output<S>>;
  };
  /** Extra server-owned fields, on top of id/createdAt/createdBy/updatedAt/version and the key fields. */
  serverOwned?: readonly (keyof z.output<S> & string)[];
}

/** The fields that identify one item: the ones its pk and sk templates name. */
export type KeyInput<M, PK extends string, SK extends string> = Pick<
  M,
  Extract<TemplateFields<PK> | TemplateFields<SK>, keyof M>
>;

/**
 * A typed entity: schema + key templates + tag. Everything here is compiled once, at
 * definition; the per-call work is key concatenation and one zod parse.
 */
export interface Entity<M extends Item = Item, I = M, K = Partial<M>> {
  readonly name: string;
  readonly schema: z.ZodType<M, I>;
  /** Per-field schemas: `update` validates only the fields it sets (a partial schema would apply defaults). */
  readonly fieldSchemas: Readonly<Record<string, z.ZodType>>;
  readonly fields: ReadonlySet<string>;
  readonly optionalFields: ReadonlySet<string>;
  /** Key fields plus server-owned fields: `update` refuses to touch them. */
  readonly immutable: ReadonlySet<string>;
  readonly versioned: boolean;
  readonly hasTtl: boolean;
  readonly hasUpdatedAt: boolean;
  readonly primary: { pk: CompiledKey; sk: CompiledKey };
  readonly gsi1: { pk?: CompiledKey; sk?: CompiledKey };
  /** The primary key of the item a key input (or whole model) names. */
  key(input: K): ItemKey;
  /** Validates a model and returns the full item (model + keys + tag). */
  toItem(model: I): Item;
  /** Like `toItem`, also returning the validated model (saves a second parse on writes). */
  encode(model: I): { item: Item; model: M };
  /** Validates an item read from the table; strips keys, tag and unknown attributes. */
  fromItem(item: Item): M;
}

export type ModelOf<E> = E extends Entity<infer M, infer _I, infer _K> ? M : never;
export type InputOf<E> = E extends Entity<infer _M, infer I, infer _K> ? I : never;
export type KeyOf<E> = E extends Entity<infer _M, infer _I, infer K> ? K : never;

/** Defines an entity. Throws at definition time if a template names a field the schema lacks. */
export function defineEntity<S extends AnyObjectSchema, const PK extends string, const SK extends string>(
  options: EntityOptions<S, PK, SK>,
): Entity<z.output<S>, z.input<S>, KeyInput<z.output<S>, PK, SK>> {
  type M = z.output<S>;
  const { name, schema } = options;
  const shape = schema.shape;
  const fields = new Set(Object.keys(shape));
  const fieldSchemas = shape as Record<string, z.ZodType>;
  const optionalFields = new Set(
    [...fields].filter((field) => fieldSchemas[field]?.safeParse(undefined).success),
  );
  const primary = { pk: compileKey(options.keys.pk), sk: compileKey(options.keys.sk) };
  const gsi1 = {
    ...(options.keys.gsi1pk ? { pk: compileKey(options.keys.gsi1pk as KeyTemplateSpec<unknown>) } : {}),
    ...(options.keys.gsi1sk ? { sk: compileKey(options.keys.gsi1sk as KeyTemplateSpec<unknown>) } : {}),
  };
  for (const compiled of [primary.pk, primary.sk, gsi1.pk, gsi1.sk]) {
    const unknown = compiled?.fields.filter((field) => !fields.has(field)) ?? [];
    if (unknown.length > 0) throw new Error(`${name}: key template ${compiled?.source} names ${unknown}`);
  }
  const keyFields = [...primary.pk.fields, ...primary.sk.fields];
  const serverOwned = [...DEFAULT_SERVER_OWNED, ...(options.serverOwned ?? [])].filter((f) => fields.has(f));
  const { partitionKey, sortKey, gsi1: gsi, entityTag } = TABLE_KEYS;

  function key(input: Partial<M>): ItemKey {
    const values = input as Item;
    const pk = primary.pk.render(values);
    const sk = primary.sk.render(values);
    if (pk === undefined || sk === undefined) throw new InvalidModelError(name, keyFields);
    return { pk, sk };
  }

  function encode(model: z.input<S>): { item: Item; model: M } {
    const parsed = schema.safeParse(model);
    if (!parsed.success) throw new InvalidModelError(name, issuePaths(parsed.error));
    const data = parsed.data as Item;
    const { pk, sk } = key(data as Partial<M>);
    const item: Item = { ...data, [partitionKey]: pk, [sortKey]: sk, [entityTag]: name };
    const gpk = gsi1.pk?.render(data);
    const gsk = gsi1.sk?.render(data);
    // Sparse index: an item whose GSI key cannot be rendered stays out of gsi1.
    if (gpk !== undefined && gsk !== undefined) {
      item[gsi.partitionKey] = gpk;
      item[gsi.sortKey] = gsk;
    }
    return { item, model: parsed.data };
  }

  function fromItem(item: Item): M {
    const tag = item[entityTag];
    if (tag !== name) throw new CorruptItemError(name, storedKey(item), [entityTag]);
    const parsed = schema.safeParse(item);
    if (!parsed.success) throw new CorruptItemError(name, storedKey(item), issuePaths(parsed.error));
    return parsed.data;
  }

  return {
    name,
    schema: schema as unknown as z.ZodType<M, z.input<S>>,
    fieldSchemas,
    fields,
    optionalFields,
    immutable: new Set([...keyFields, ...serverOwned]),
    versioned: fields.has('version'),
    hasTtl: fields.has(TABLE_KEYS.ttlAttribute),
    hasUpdatedAt: fields.has('updatedAt'),
    primary,
    gsi1,
    key: key as (input: KeyInput<M, PK, SK>) => ItemKey,
    toItem: (model) => encode(model).item,
    encode,
    fromItem,
  };
}

/** The stored key of a raw item, for errors and logs (never the payload). */
export function storedKey(item: Item): ItemKey {
  const { partitionKey, sortKey } = TABLE_KEYS;
  return { pk: String(item[partitionKey] ?? '?'), sk: String(item[sortKey] ?? '?') };
}

function issuePaths(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.path.join('.') || '(root)'))];
}
