import { PROBLEM_CODES, type ProblemCode, type ProblemKind } from '#domain/problem-codes';
import * as z from './zod.ts';

export const FieldErrorSchema = z
  .object({
    path: z.string().openapi({ example: 'body.title' }),
    message: z.string().openapi({ example: 'Too small: expected string to have >=1 characters' }),
  })
  .openapi('FieldError');

/** The status every problem of a kind answers with. */
export const KIND_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid: 422,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<ProblemKind, number>;

export type ErrorStatus = (typeof KIND_STATUS)[ProblemKind];

export type StatusOfCode = { [C in ProblemCode]: (typeof KIND_STATUS)[(typeof PROBLEM_CODES)[C]] };

/** The codes that answer with status `S`. */
export type CodeWithStatus<S extends ErrorStatus> = {
  [C in ProblemCode]: StatusOfCode[C] extends S ? C : never;
}[ProblemCode];

/**
 * How the API answers each catalogued problem code: its status and what it means to a caller.
 * The compiler holds this table to the catalogue (`#domain/problem-codes`): a code missing here,
 * one not in the catalogue, or a status other than its kind's does not compile. The OpenAPI
 * document lists, per operation and status, which of these it can answer.
 */
export const PROBLEM_RESPONSES = {
  malformed_json: [400, 'The body is not valid JSON'],
  invalid_cursor: [400, 'The cursor is tampered, foreign to this query or expired; start without it'],
  invalid_sync_token: [400, 'The syncToken is tampered, malformed or from another project; start without it'],
  invalid_idempotency_key: [
    400,
    'The Idempotency-Key header is empty, longer than 255 characters, or not visible ASCII',
  ],
  missing_token: [401, 'No Authorization: Bearer header'],
  invalid_token: [
    401,
    'The access token is malformed, expired, not signed by the pool or not for this client',
  ],
  token_revoked: [401, 'The access token was signed out'],
  user_not_found: [401, 'The user of the access token no longer exists'],
  user_disabled: [401, 'The user of the access token is disabled'],
  invalid_credentials: [401, 'Wrong e-mail address, password, or refresh token'],
  role_forbids: [403, 'Your role in the project does not allow this'],
  not_comment_author: [403, 'Only the author may edit the comment'],
  group_required: [403, 'You are not in the Cognito group this needs'],
  user_not_confirmed: [403, 'The account is not confirmed yet (POST /v1/auth/confirm)'],
  password_reset_required: [403, 'The account must reset its password before signing in'],
  challenge_required: [
    403,
    'The identity provider wants a step this API does not offer (for example a new password) before it signs the account in',
  ],
  invalid_api_key: [403, 'No x-api-key header, or not a key of the plan (where the stage requires API keys)'],
  route_not_found: [404, 'No operation has this path'],
  project_not_found: [404, 'No such project, or you are not a member'],
  webhook_not_found: [404, 'No such webhook endpoint in this project'],
  delivery_not_found: [404, 'No such delivery of this webhook endpoint'],
  task_not_found: [404, 'No such task, or you are not a member of its project'],
  comment_not_found: [404, 'No such comment on this task'],
  attachment_not_found: [404, 'No such attachment on this task'],
  member_not_found: [404, 'The user is not a member of this project'],
  dependency_not_found: [404, 'The task is not blocked by that task'],
  job_not_found: [404, 'No such job, or it is not yours to see'],
  method_not_allowed: [405, 'The path does not take this method; Allow lists those it does'],
  user_exists: [409, 'An account with this e-mail address exists'],
  already_member: [409, 'The user is already a member'],
  webhook_limit_reached: [409, 'The project has as many webhook endpoints as it may; delete one first'],
  webhook_disabled: [409, 'The webhook endpoint is disabled; enable it (PATCH enabled: true) first'],
  last_owner: [409, 'The project would be left without an owner'],
  sole_owner: [409, 'You are the only owner of the listed `projects`; hand them over or delete them first'],
  inbox_not_deletable: [409, 'This is your personal Inbox project; it cannot be deleted'],
  upload_missing: [409, 'Nothing was uploaded to the presigned URL yet'],
  upload_mismatch: [409, 'The uploaded object has another size or content type; it was discarded'],
  dependency_cycle: [409, 'The dependency would close a cycle of tasks waiting on each other'],
  subtask_cycle: [409, 'The parent named is the task itself or one of its subtasks'],
  transaction_cancelled: [409, 'A concurrent change got in the way; read again and retry'],
  sync_token_expired: [
    410,
    'The syncToken is older than the retention: resync (read everything again, then start without since)',
  ],
  precondition_failed: [412, 'If-Match does not name the current version: read again, then retry'],
  payload_too_large: [413, 'The body is larger than the server accepts'],
  unsupported_media_type: [415, 'The body is not application/json'],
  validation_failed: [422, 'Invalid fields; `errors` names every one'],
  too_many_requests: [429, 'Too many attempts; retry after Retry-After'],
  rate_limited: [429, "Past the API key's request rate; retry after Retry-After"],
  quota_exceeded: [429, "The API key's daily quota is used up; retry after Retry-After"],
  internal_error: [500, 'Unexpected error (nothing about it is disclosed)'],
  service_unavailable: [503, 'A backing service is unavailable or too slow; retry after Retry-After'],
} as const satisfies { [C in ProblemCode]: readonly [StatusOfCode[C], string] };

/** RFC 9457 problem details, as every error response of the API carries them. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:tasklane:problem:validation_failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().openapi({
      description: 'Stable and machine-readable; each operation lists the codes it can answer',
    }),
    requestId: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .passthrough()
  .openapi('Problem');

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** What each error status means; the codes of an operation say why in particular. */
export const STATUS_MEANINGS: Record<ErrorStatus, string> = {
  400: 'Malformed request',
  401: 'Not authenticated',
  403: 'Not allowed',
  404: 'Not found, or not visible to you',
  405: 'The path does not take this method (Allow lists those it does)',
  409: 'Conflicts with the current state',
  410: 'Gone: what this refers to is no longer kept',
  412: 'If-Match does not match the current ETag',
  413: 'Body too large',
  415: 'Body is not application/json',
  422: 'Invalid fields; every one is listed',
  429: 'Too many requests',
  500: 'Unexpected error',
  503: 'A backing service is unavailable; retry after Retry-After seconds',
};

/** The reason phrase of each error status (RFC 9110), the `title` of its problems. */
export const STATUS_TITLES: Record<ErrorStatus, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The status a problem code answers with. */
export function statusOf(code: ProblemCode): ErrorStatus {
  return KIND_STATUS[PROBLEM_CODES[code]];
}
