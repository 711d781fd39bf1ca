import { z } from '@hono/zod-openapi';

export const IdSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a ULID')
  .openapi({ example: '01JD3Q8Y8R0W4N6M2K5T7V9XZA' });

export const TimestampSchema = z.iso.datetime().openapi({ example: '2026-11-21T09:30:00.000Z' });

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** `limit` (1–100, default 25) and the opaque `cursor` of the previous page. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .openapi({ param: { name: 'limit', in: 'query' }, example: 25 }),
  cursor: z
    .string()
    .min(1)
    .max(2048)
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: 'nextCursor of the previous page' }),
});

/** `{ items, nextCursor }` — every list response. */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: 'Pass as `cursor` for the next page; null at the end' }),
    })
    .openapi(name);
}

export const IfMatchHeaderSchema = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({ description: 'The ETag you read; required (428 without it, 412 when stale)', example: '"3"' }),
});

export const IdempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x21-\x7e]+$/, 'must be visible ASCII')
    .optional()
    .openapi({ description: 'Makes a create safe to retry: a replay returns the first response' }),
});

/**
 * If-Match for writes that answer 428 without it: declared required in /openapi.json, while
 * its absence reaches the route, which answers 428 (not 422) as RFC 6585 says.
 */
export const RequiredIfMatchHeaderSchema = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({
      param: { required: true },
      description: 'The ETag you read (428 without it, 412 when stale)',
      example: '"3"',
    }),
});

/** Response headers the OpenAPI document lists on reads. */
export const ETagHeader = {
  ETag: { schema: { type: 'string' as const }, description: 'The version to send back in If-Match' },
};
