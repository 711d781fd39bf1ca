import { ID_PATTERN, LIMITS } from '#domain/vocabulary';
import * as z from './zod.ts';

export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'must be a ULID')
  .openapi({ example: '01JD3Q8Y8R0W4N6M2K5T7V9XZA' });

/** A Cognito user id (`sub`). */
export const UserIdSchema = z.string().min(1).max(LIMITS.userId);

export const EmailSchema = z.email().max(LIMITS.email).openapi({ example: 'alice@example.com' });

export const TimestampSchema = z.iso.datetime().openapi({ example: '2026-11-21T09:30:00.000Z' });

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** `limit` of a page: 1–100, default 25. */
export const PageLimitSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE_SIZE)
  .default(DEFAULT_PAGE_SIZE)
  .openapi({ param: { name: 'limit', in: 'query' }, example: 25 });

/** `limit` (1–100, default 25) and the opaque `cursor` of the previous page. */
export const PageQuerySchema = z.strictObject({
  limit: PageLimitSchema,
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
    .openapi({
      description:
        'The ETag you read: the write applies only to that version (412 when it is no longer the current one). ' +
        'Without it (or with *) the write applies atomically to the current version: a PATCH changes only ' +
        'the fields it names, and concurrent writes are retried by the server, never lost.',
      example: '"3"',
    }),
});

export const IfNoneMatchHeaderSchema = z.object({
  'if-none-match': z.string().optional().openapi({
    description: 'The ETag you hold: 304 without a body while it is still the current one',
    example: '"3"',
  }),
});

/** `Idempotency-Key`: 1–255 visible ASCII characters (a malformed key is 400, see middleware/idempotency.ts). */
export const IdempotencyKeySchema = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.idempotencyKey, `must be at most ${LIMITS.idempotencyKey} characters`)
  .regex(/^[\x21-\x7e]+$/, 'must be visible ASCII characters (no spaces or control characters)');

export const IdempotencyHeaderSchema = z.object({
  'idempotency-key': IdempotencyKeySchema.optional().openapi({
    description:
      'Makes a create safe to retry: the same request under the same key creates one resource and ' +
      'answers the first response again (Idempotent-Replayed: true) for 24 hours; another request ' +
      'under the key is 422; a malformed key is 400',
  }),
});
