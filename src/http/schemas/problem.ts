import { z } from '@hono/zod-openapi';

export const FieldErrorSchema = z
  .object({
    path: z.string().openapi({ example: 'body.title' }),
    message: z.string().openapi({ example: 'Too small: expected string to have >=1 characters' }),
  })
  .openapi('FieldError');

/** RFC 9457 problem details, as every error response of the API carries them. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:tasklane:problem:validation_failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string(),
    requestId: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .passthrough()
  .openapi('Problem');

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request (bad JSON, bad or foreign cursor)',
  401: 'Missing, invalid, expired or revoked access token',
  403: 'Your role does not allow this',
  404: 'Not found, or not visible to you',
  409: 'Conflicts with the current state',
  412: 'If-Match does not match the current ETag',
  413: 'Body too large',
  415: 'Body is not application/json',
  422: 'Invalid fields; every one is listed',
  428: 'If-Match is required',
  500: 'Unexpected error',
  503: 'A backing service is unavailable; retry after Retry-After seconds',
};

/** OpenAPI response entries for the given error statuses, all problem+json. */
export function problemResponses<const S extends number>(...statuses: S[]) {
  const entries = statuses.map((status) => [
    status,
    {
      description: DESCRIPTIONS[status] ?? 'Error',
      content: { 'application/problem+json': { schema: ProblemSchema } },
    },
  ]);
  return Object.fromEntries(entries) as Record<
    S,
    { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }
  >;
}
