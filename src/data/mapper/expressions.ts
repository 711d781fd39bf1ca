/**
 * Pure expression builders. Every attribute name and value goes through a placeholder,
 * so reserved words (`status`, `size`, `ttl`) and user data never reach expression text.
 */

export type Scalar = string | number | boolean | null;

/** A comparison on one attribute; a bare scalar means equality. */
export interface Comparison {
  eq?: Scalar;
  ne?: Scalar;
  lt?: Scalar;
  lte?: Scalar;
  gt?: Scalar;
  gte?: Scalar;
  between?: readonly [Scalar, Scalar];
  beginsWith?: string;
  /** A string contains a substring, or a list/set contains an element. */
  contains?: Scalar;
  in?: readonly Scalar[];
  exists?: boolean;
}

/** Attribute → condition, all ANDed; `$or` holds alternatives (each itself an AND). */
export interface Filter {
  [attribute: string]: Scalar | Comparison | Filter[] | undefined;
  $or?: Filter[];
}

/** A sort-key condition of a Query. */
export type RangeCondition =
  | { eq: string }
  | { lt: string }
  | { lte: string }
  | { gt: string }
  | { gte: string }
  | { between: readonly [string, string] }
  | { beginsWith: string };

/** Collects `#n`/`:v` placeholders for one request. */
export class Placeholders {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private readonly nameOf = new Map<string, string>();
  private valueCount = 0;

  name(attribute: string): string {
    let placeholder = this.nameOf.get(attribute);
    if (!placeholder) {
      placeholder = `#n${this.nameOf.size}`;
      this.nameOf.set(attribute, placeholder);
      this.names[placeholder] = attribute;
    }
    return placeholder;
  }

  value(value: unknown): string {
    const placeholder = `:v${this.valueCount++}`;
    this.values[placeholder] = value;
    return placeholder;
  }

  /** Names/values to spread into a command, omitting empty maps (DynamoDB rejects them). */
  attributes(): {
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, unknown>;
  } {
    return {
      ...(this.nameOf.size > 0 ? { ExpressionAttributeNames: this.names } : {}),
      ...(this.valueCount > 0 ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}

const OPERATORS = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

function isComparison(value: unknown): value is Comparison {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function comparison(p: Placeholders, attribute: string, condition: Scalar | Comparison): string[] {
  const name = p.name(attribute);
  if (!isComparison(condition)) return [`${name} = ${p.value(condition)}`];
  const parts: string[] = [];
  for (const op of Object.keys(OPERATORS) as Array<keyof typeof OPERATORS>) {
    const operand = condition[op];
    if (operand !== undefined) parts.push(`${name} ${OPERATORS[op]} ${p.value(operand)}`);
  }
  if (condition.between) {
    parts.push(`${name} BETWEEN ${p.value(condition.between[0])} AND ${p.value(condition.between[1])}`);
  }
  if (condition.beginsWith !== undefined)
    parts.push(`begins_with(${name}, ${p.value(condition.beginsWith)})`);
  if (condition.contains !== undefined) parts.push(`contains(${name}, ${p.value(condition.contains)})`);
  if (condition.in) {
    if (condition.in.length === 0) throw new Error(`Filter on ${attribute}: "in" needs at least one value`);
    parts.push(`${name} IN (${condition.in.map((value) => p.value(value)).join(', ')})`);
  }
  if (condition.exists !== undefined) {
    parts.push(condition.exists ? `attribute_exists(${name})` : `attribute_not_exists(${name})`);
  }
  if (parts.length === 0) throw new Error(`Filter on ${attribute} has no operator`);
  return parts;
}

/** A condition/filter expression for `filter`, or undefined when it is empty. */
export function buildFilter(p: Placeholders, filter: Filter | undefined): string | undefined {
  if (!filter) return undefined;
  const parts: string[] = [];
  for (const [attribute, condition] of Object.entries(filter)) {
    if (attribute === '$or' || condition === undefined) continue;
    parts.push(...comparison(p, attribute, condition as Scalar | Comparison));
  }
  if (filter.$or && filter.$or.length > 0) {
    const alternatives = filter.$or.map((alternative) => {
      const text = buildFilter(p, alternative);
      if (!text) throw new Error('Filter: an empty $or alternative would match everything');
      return text;
    });
    parts.push(alternatives.join(' OR '));
  }
  return and(...parts);
}

/** True when `text` has an OR outside any parentheses (AND binds tighter than OR). */
function hasTopLevelOr(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && char === ' ' && text.startsWith(' OR ', i)) return true;
  }
  return false;
}

/**
 * AND of the given expressions, skipping empty ones. Only parts with a top-level OR get
 * parentheses: DynamoDB rejects redundant ones.
 */
export function and(...expressions: Array<string | undefined>): string | undefined {
  const present = expressions.filter((text): text is string => Boolean(text));
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return present.map((text) => (hasTopLevelOr(text) ? `(${text})` : text)).join(' AND ');
}

/** `#pk = :pk [AND <range on #sk>]` for a Query. */
export function buildKeyCondition(
  p: Placeholders,
  keys: { partitionKey: string; sortKey: string },
  partition: string,
  range: RangeCondition | undefined,
): string {
  const pk = `${p.name(keys.partitionKey)} = ${p.value(partition)}`;
  if (!range) return pk;
  const sk = p.name(keys.sortKey);
  if ('between' in range) {
    return `${pk} AND ${sk} BETWEEN ${p.value(range.between[0])} AND ${p.value(range.between[1])}`;
  }
  if ('beginsWith' in range) return `${pk} AND begins_with(${sk}, ${p.value(range.beginsWith)})`;
  const [op, operand] = Object.entries(range)[0] as [keyof typeof OPERATORS, string];
  return `${pk} AND ${sk} ${OPERATORS[op]} ${p.value(operand)}`;
}
