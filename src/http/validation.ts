import type { RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ZodError, ZodType } from 'zod';
import { type FieldError, type RequestPart, ValidationError } from '#domain/errors';
import { SERVER_OWNED_FIELDS } from '#domain/vocabulary';

/** Fields a client may never write; naming them in an error tells the caller why. */
const SERVER_OWNED = new Set<string>(SERVER_OWNED_FIELDS);

/** The request part each of Hono's validator targets reads. */
const TARGET_PARTS: Record<string, RequestPart> = {
  json: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
  form: 'body',
};

/** Every issue of a zod error as a field error of the request part `root` (`body`, `query`, …). */
export function toFieldErrors(error: ZodError, root: RequestPart): FieldError[] {
  const fields: FieldError[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String);
    const at = (path: string[]): FieldError =>
      path.length > 0 ? { in: root, field: path.join('.'), message: '' } : { in: root, message: '' };
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        fields.push({
          ...at([...base, key]),
          message: SERVER_OWNED.has(key)
            ? 'is set by the server and cannot be written'
            : 'is not a known field',
        });
      }
    } else {
      fields.push({ ...at(base), message: issue.message });
    }
  }
  return fields;
}

/** The `defaultHook` of every router: a failed schema throws one 422 with every field. */
export function validationHook(result: { success: boolean; error?: ZodError; target: string }): void {
  if (result.success || !result.error) return;
  throw new ValidationError(toFieldErrors(result.error, partOf(result.target)));
}

const partOf = (target: string): RequestPart => TARGET_PARTS[target] ?? 'body';

type RouteRequest = RouteConfig['request'];

interface ValidatedPart {
  root: RequestPart;
  schema: ZodType;
  read(c: Context): unknown;
}

/** The parts of a request a route validates, in the order its errors are listed. */
function partsOf(request: RouteRequest): ValidatedPart[] {
  if (!request) return [];
  const parts: ValidatedPart[] = [];
  if (request.params)
    parts.push({ root: 'path', schema: request.params as ZodType, read: (c) => c.req.param() });
  if (request.query) {
    parts.push({
      root: 'query',
      schema: request.query as ZodType,
      read: (c) =>
        Object.fromEntries(
          Object.entries(c.req.queries()).map(([key, values]) => [
            key,
            values.length === 1 ? values[0] : values,
          ]),
        ),
    });
  }
  if (request.headers) {
    parts.push({ root: 'header', schema: request.headers as ZodType, read: (c) => c.req.header() });
  }
  const media = request.body?.content?.['application/json'];
  const json = media && 'schema' in media ? media.schema : undefined;
  if (json) {
    parts.push({
      root: 'body',
      schema: json as ZodType,
      // An unreadable body is its own 400 once its validator runs; here it adds no field errors.
      read: (c) =>
        /json/i.test(c.req.header('content-type') ?? '') ? c.req.json().catch(() => NO_BODY) : NO_BODY,
    });
  }
  return parts;
}

const NO_BODY = Symbol('no body');

/**
 * The hook of one route: when any part fails its schema, every part is checked, so the one 422
 * lists the invalid fields of path, query, headers and body together (the validators run one
 * part at a time and would otherwise stop at the first).
 */
export function routeValidationHook(request: RouteRequest) {
  const parts = partsOf(request);
  return async function everyInvalidField(
    result: { success: boolean; error?: ZodError; target: string },
    c: Context,
  ): Promise<void> {
    if (result.success || !result.error) return;
    const failedRoot = partOf(result.target);
    const errors: FieldError[] = [];
    for (const part of parts) {
      if (part.root === failedRoot) {
        errors.push(...toFieldErrors(result.error, failedRoot));
        continue;
      }
      const value = await part.read(c);
      if (value === NO_BODY) continue;
      const checked = await part.schema.safeParseAsync(value);
      if (!checked.success) errors.push(...toFieldErrors(checked.error, part.root));
    }
    if (!parts.some((part) => part.root === failedRoot))
      errors.push(...toFieldErrors(result.error, failedRoot));
    throw new ValidationError(errors);
  };
}
