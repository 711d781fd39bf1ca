/**
 * Key templates (`'PROJECT#{projectId}'`, `'{dueDate?}#{id}'`) compiled once, when an entity
 * is defined, into a list of parts; rendering is then plain concatenation on the hot path.
 */

/** The model fields a template string names (type level), e.g. `'A#{x}#{y?}'` → `'x' | 'y'`. */
export type TemplateFields<T> = T extends `${string}{${infer Field}}${infer Rest}`
  ? (Field extends `${infer Optional}?` ? Optional : Field) | TemplateFields<Rest>
  : never;

/** A key built by code (for example a hash shard) from the named fields. */
export interface KeyFunction<M> {
  fields: readonly (keyof M & string)[];
  build: (model: M) => string;
}

export type KeyTemplateSpec<M> = string | KeyFunction<M>;

export interface CompiledKey {
  /** The template as written, for error messages and docs. */
  source: string;
  fields: readonly string[];
  /** Renders the key; `undefined` when a required field is missing. */
  render: (values: Record<string, unknown>) => string | undefined;
}

/** Rendered for an optional field that is absent; sorts after digits and letters. */
export const ABSENT = '~';

type Part = string | { field: string; optional: boolean };

/** Compiles a template string or key function; throws on a malformed template (a definition bug). */
export function compileKey(spec: KeyTemplateSpec<never> | KeyTemplateSpec<unknown>): CompiledKey {
  if (typeof spec !== 'string') {
    const { fields, build } = spec as KeyFunction<Record<string, unknown>>;
    return {
      source: `fn(${fields.join(',')})`,
      fields,
      render: (values) => (fields.every((field) => values[field] !== undefined) ? build(values) : undefined),
    };
  }
  const parts: Part[] = [];
  const pattern = /\{(\w+)(\?)?\}/g;
  let last = 0;
  for (let match = pattern.exec(spec); match; match = pattern.exec(spec)) {
    if (match.index > last) parts.push(spec.slice(last, match.index));
    parts.push({ field: match[1] as string, optional: match[2] === '?' });
    last = match.index + match[0].length;
  }
  if (last < spec.length) parts.push(spec.slice(last));
  if (/[{}]/.test(parts.filter((part) => typeof part === 'string').join(''))) {
    throw new Error(`Malformed key template: ${spec}`);
  }
  const fields = parts.flatMap((part) => (typeof part === 'string' ? [] : [part.field]));
  return { source: spec, fields, render: (values) => renderParts(parts, values) };
}

function renderParts(parts: readonly Part[], values: Record<string, unknown>): string | undefined {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = values[part.field];
    if (value === undefined || value === null || value === '') {
      if (!part.optional) return undefined;
      out += ABSENT;
    } else {
      out += String(value);
    }
  }
  return out;
}
