import type { ZodError } from 'zod';
import { type FieldError, ValidationError } from '#domain/errors';
import { SERVER_OWNED_FIELDS } from '#domain/vocabulary';

/** Fields a client may never write; naming them in an error tells the caller why. */
const SERVER_OWNED = new Set<string>(SERVER_OWNED_FIELDS);

const TARGET_NAMES: Record<string, string> = {
  json: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
  form: 'body',
};

/** Every issue of a zod error as a field error, rooted at `root` (`body`, `query`, …). */
export function toFieldErrors(error: ZodError, root: string): FieldError[] {
  const fields: FieldError[] = [];
  for (const issue of error.issues) {
    const base = [root, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        fields.push({
          path: `${base}.${key}`,
          message: SERVER_OWNED.has(key)
            ? 'is set by the server and cannot be written'
            : 'is not a known field',
        });
      }
    } else {
      fields.push({ path: base, message: issue.message });
    }
  }
  return fields;
}

/** The `defaultHook` of every router: a failed schema throws one 422 with every field. */
export function validationHook(result: { success: boolean; error?: ZodError; target: string }): void {
  if (result.success || !result.error) return;
  throw new ValidationError(toFieldErrors(result.error, TARGET_NAMES[result.target] ?? result.target));
}
