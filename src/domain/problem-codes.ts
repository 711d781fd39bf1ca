/**
 * The catalogue of problem codes: every code the API can answer, with the kind of outcome it
 * is. A code's kind is the error class that may carry it (`new NotFoundError(…, 'task_not_found')`
 * compiles; `new ConflictError(…, 'task_not_found')` does not). What a client sees for each code
 * (status, title, headers, what it means) is decided in the HTTP layer alone
 * (`PROBLEM_RESPONSES` in `src/http/schemas/problem.ts`), whose table must list exactly these codes.
 */

/** What kind of outcome a problem is; each kind is one error class in `errors.ts`. */
export type ProblemKind =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'gone'
  | 'precondition_failed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'invalid'
  | 'too_many_requests'
  | 'internal'
  | 'unavailable';

export const PROBLEM_CODES = {
  malformed_json: 'bad_request',
  invalid_cursor: 'bad_request',
  invalid_idempotency_key: 'bad_request',
  invalid_sync_token: 'bad_request',
  missing_token: 'unauthenticated',
  invalid_token: 'unauthenticated',
  token_revoked: 'unauthenticated',
  user_not_found: 'unauthenticated',
  user_disabled: 'unauthenticated',
  invalid_credentials: 'unauthenticated',
  role_forbids: 'forbidden',
  not_comment_author: 'forbidden',
  group_required: 'forbidden',
  user_not_confirmed: 'forbidden',
  password_reset_required: 'forbidden',
  challenge_required: 'forbidden',
  invalid_api_key: 'forbidden',
  route_not_found: 'not_found',
  project_not_found: 'not_found',
  task_not_found: 'not_found',
  comment_not_found: 'not_found',
  attachment_not_found: 'not_found',
  member_not_found: 'not_found',
  job_not_found: 'not_found',
  dependency_not_found: 'not_found',
  webhook_not_found: 'not_found',
  delivery_not_found: 'not_found',
  method_not_allowed: 'method_not_allowed',
  user_exists: 'conflict',
  already_member: 'conflict',
  last_owner: 'conflict',
  sole_owner: 'conflict',
  inbox_not_deletable: 'conflict',
  upload_missing: 'conflict',
  upload_mismatch: 'conflict',
  dependency_cycle: 'conflict',
  subtask_cycle: 'conflict',
  webhook_limit_reached: 'conflict',
  webhook_disabled: 'conflict',
  transaction_cancelled: 'conflict',
  sync_token_expired: 'gone',
  precondition_failed: 'precondition_failed',
  payload_too_large: 'payload_too_large',
  unsupported_media_type: 'unsupported_media_type',
  validation_failed: 'invalid',
  too_many_requests: 'too_many_requests',
  rate_limited: 'too_many_requests',
  quota_exceeded: 'too_many_requests',
  internal_error: 'internal',
  service_unavailable: 'unavailable',
} as const satisfies Record<string, ProblemKind>;

/** A catalogued problem code; a literal outside the catalogue does not compile. */
export type ProblemCode = keyof typeof PROBLEM_CODES;

/** The codes of one kind: what its error class accepts. */
export type CodeOf<K extends ProblemKind> = {
  [C in ProblemCode]: (typeof PROBLEM_CODES)[C] extends K ? C : never;
}[ProblemCode];
