import type { ProblemCode } from '#domain/problem-codes';
import { KEYLESS_PATHS } from '../middleware/api-keys.ts';
import { problemResponse } from './operation.ts';
import type { ErrorStatus } from './problem.ts';

/** The security scheme of the `x-api-key` header in the API document. */
export const API_KEY_SCHEME = 'apiKey';

export const API_KEY_SCHEME_COMPONENT = {
  type: 'apiKey',
  in: 'header',
  name: 'x-api-key',
  description:
    "The stage's API key (the web app's, or a partner's): it identifies and meters the caller; the bearer token still decides what they may see.",
} as const;

interface DocumentOperation {
  security?: Array<Record<string, string[]>>;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

const KEY_PROBLEMS: Array<[ErrorStatus, ProblemCode[]]> = [
  [403, ['invalid_api_key']],
  [429, ['rate_limited', 'quota_exceeded']],
];

/**
 * The document of a stage that requires API keys: every operation but the keyless paths needs
 * the key as well as what it needed before (bearer auth on protected operations), and may
 * answer 403 `invalid_api_key` and 429 `rate_limited` / `quota_exceeded`.
 */
export function requireApiKeyIn<D extends { paths?: Record<string, unknown> }>(document: D): D {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (KEYLESS_PATHS.includes(path)) continue;
    for (const operation of Object.values(item as Record<string, DocumentOperation>)) {
      if (typeof operation !== 'object' || operation === null || !operation.responses) continue;
      const needed = operation.security?.length ? operation.security : [{}];
      operation.security = needed.map((requirement) => ({ ...requirement, [API_KEY_SCHEME]: [] }));
      for (const [status, codes] of KEY_PROBLEMS) {
        const known = codesOf(operation.responses[String(status)]);
        operation.responses[String(status)] = problemResponse(status, [...new Set([...known, ...codes])]);
      }
      operation.responses = Object.fromEntries(
        Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
  }
  return document;
}

/** The problem codes a declared problem response lists (see `problemResponse`). */
function codesOf(response: { content?: Record<string, { schema?: unknown }> } | undefined): ProblemCode[] {
  const schema = Object.values(response?.content ?? {})[0]?.schema as
    | { allOf?: Array<{ properties?: { code?: { enum?: ProblemCode[] } } }> }
    | undefined;
  return schema?.allOf?.[1]?.properties?.code?.enum ?? [];
}
