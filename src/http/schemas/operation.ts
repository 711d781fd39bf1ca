import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { ProblemCode } from '#domain/problem-codes';
import { isPublicRoute } from '#domain/vocabulary';
import { KEYLESS_PATHS } from '../middleware/api-keys.ts';
import { idempotencyKeyCheck } from '../middleware/idempotency.ts';
import { IdempotencyHeaderSchema } from './common.ts';
import {
  type CodeWithStatus,
  type ErrorStatus,
  PROBLEM_CONTENT_TYPE,
  PROBLEM_RESPONSES,
  STATUS_MEANINGS,
} from './problem.ts';

interface HeaderComponent {
  description: string;
  required: boolean;
  schema: { type: 'string'; pattern?: string; enum?: string[] };
}

/** Response headers the document defines once (`components.headers`) and operations refer to. */
export const HEADER_COMPONENTS = {
  'X-Request-Id': {
    description: 'The id of this request (yours when you sent a sane X-Request-Id); quote it when reporting',
    required: true,
    schema: { type: 'string' },
  },
  ETag: {
    description: 'The version of the resource, to send back in If-Match',
    required: true,
    schema: { type: 'string', pattern: '^"\\d+"$' },
  },
  Location: {
    description: 'The URL of the created resource (or of the job)',
    required: true,
    schema: { type: 'string' },
  },
  'WWW-Authenticate': {
    description: 'The Bearer challenge (RFC 6750), with an error description',
    required: true,
    schema: { type: 'string' },
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying',
    required: true,
    schema: { type: 'string', pattern: '^\\d+$' },
  },
  'Idempotent-Replayed': {
    description:
      '`true` when this is the stored response of an earlier request with the same Idempotency-Key',
    required: false,
    schema: { type: 'string', enum: ['true'] },
  },
  Connection: {
    description: '`close`: the rest of the refused body is not read, and this connection ends',
    required: true,
    schema: { type: 'string', enum: ['close'] },
  },
} satisfies Record<string, HeaderComponent>;

export type HeaderName = keyof typeof HEADER_COMPONENTS;

type HeaderRefs = Record<string, { $ref: string }>;

/** The header entries of a response: X-Request-Id always, plus `names`. */
export function responseHeaders(...names: HeaderName[]): HeaderRefs {
  const headers: HeaderRefs = {};
  for (const name of ['X-Request-Id' as const, ...names]) {
    headers[name] = { $ref: `#/components/headers/${name}` };
  }
  return headers;
}

/** What `defineOperation` hands to `createRoute`: the declaration without its own options, with security. */
type DeclaredRoute<C extends OperationConfig> = {
  [K in Exclude<keyof C, 'problems' | 'idempotent' | 'conditional'>]: Exclude<C[K], undefined>;
} & { security: NonNullable<RouteConfig['security']> };

/** A route declaration without the parts every operation shares. */
export interface OperationConfig extends Omit<RouteConfig, 'security' | 'operationId'> {
  /** Stable verb-noun camelCase; generated clients name their methods after it. */
  operationId: string;
  /** Problem codes this operation answers beyond the shared ones, by status (a code under another status does not compile). */
  problems?: { [S in ErrorStatus]?: readonly CodeWithStatus<S>[] };
  /**
   * The creating POST takes an Idempotency-Key (400 when malformed, 422 when used for another
   * request): the one switch. It declares the header, attaches the key check, and the handler
   * answers through `answerCreate`, which hands the service its options.
   */
  idempotent?: boolean;
  /** The operation sends If-Match (412 when stale, 428 when missing). */
  conditional?: boolean;
}

/**
 * Declares an operation with what every route shares, so no route can forget it:
 * `security` from the public-route list (`security: []` on public ones), 401 with
 * WWW-Authenticate on the others, 403/429 of the API-key plan on all but the keyless paths,
 * 500 and 503 + Retry-After everywhere, X-Request-Id on
 * every response, 400/413/415/422 for a JSON body, 422 for parameters, 400 `invalid_cursor`
 * for a `cursor`, 412/428 for If-Match, and the problem codes of each status as an enum.
 */
export function defineOperation<const C extends OperationConfig>(config: C) {
  const { problems = {}, idempotent = false, conditional = false, ...route } = config;
  const codes = new Map<ErrorStatus, Set<ProblemCode>>();
  const add = (status: ErrorStatus, ...list: readonly ProblemCode[]) => {
    const set = codes.get(status) ?? new Set<ProblemCode>();
    for (const code of list) set.add(code);
    codes.set(status, set);
  };
  const publicRoute = isPublicRoute(route.method, route.path);
  if (!publicRoute)
    add(401, 'missing_token', 'invalid_token', 'token_revoked', 'user_not_found', 'user_disabled');
  // Where the stage meters clients by API key (the gateway on AWS, `apiKeys` locally).
  if (!KEYLESS_PATHS.includes(route.path)) {
    add(403, 'invalid_api_key');
    add(429, 'rate_limited', 'quota_exceeded');
  }
  const declaredRequest: NonNullable<RouteConfig['request']> = route.request ?? {};
  const request: NonNullable<RouteConfig['request']> =
    idempotent && !declaredRequest.headers
      ? { ...declaredRequest, headers: IdempotencyHeaderSchema }
      : declaredRequest;
  if (idempotent && request.headers !== IdempotencyHeaderSchema) {
    throw new Error(`${config.operationId}: an idempotent operation declares no headers of its own`);
  }
  if (request.body) {
    add(400, 'malformed_json');
    add(413, 'payload_too_large');
    add(415, 'unsupported_media_type');
  }
  if (request.body || request.params || request.query || request.headers) add(422, 'validation_failed');
  if (request.query && 'shape' in request.query && 'cursor' in request.query.shape)
    add(400, 'invalid_cursor');
  if (conditional) {
    add(412, 'precondition_failed');
    add(428, 'precondition_required');
  }
  if (idempotent) {
    add(400, 'invalid_idempotency_key');
    add(422, 'validation_failed');
  }
  for (const [status, list] of Object.entries(problems)) add(Number(status) as ErrorStatus, ...(list ?? []));
  add(500, 'internal_error');
  add(503, 'service_unavailable');

  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const declared = response as { headers?: HeaderRefs };
    const extra: HeaderRefs = idempotent
      ? { 'Idempotent-Replayed': { $ref: '#/components/headers/Idempotent-Replayed' } }
      : {};
    responses[status] = {
      ...response,
      headers: { ...responseHeaders(), ...extra, ...(declared.headers ?? {}) },
    };
  }
  for (const [status, set] of [...codes].sort(([a], [b]) => a - b)) {
    responses[status] = problemResponse(status, [...set]);
  }
  const middleware = idempotent
    ? [idempotencyKeyCheck(), ...[route.middleware ?? []].flat()]
    : route.middleware;
  return createRoute({
    ...route,
    request,
    ...(middleware ? { middleware } : {}),
    security: publicRoute ? [] : [{ bearerAuth: [] }],
    responses,
  } as unknown as DeclaredRoute<C>);
}

/** A problem+json response entry whose `code` is one of `codes`, each explained in the description. */
function problemResponse(status: ErrorStatus, codes: ProblemCode[]) {
  const headerNames: HeaderName[] = [];
  if (status === 401) headerNames.push('WWW-Authenticate');
  if (status === 429 || status === 503) headerNames.push('Retry-After');
  if (status === 413) headerNames.push('Connection');
  const lines = codes.map((code) => `- \`${code}\`: ${PROBLEM_RESPONSES[code][1]}`);
  return {
    description: `${STATUS_MEANINGS[status]}. \`code\` is one of:\n${lines.join('\n')}`,
    headers: responseHeaders(...headerNames),
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: {
          allOf: [
            { $ref: '#/components/schemas/Problem' },
            {
              type: 'object',
              properties: { status: { const: status }, code: { type: 'string', enum: codes } },
            },
          ],
        },
      },
    },
  };
}
