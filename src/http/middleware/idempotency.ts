import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { BadRequestError } from '#domain/errors';
import type { CreateReceipt, IdempotentReplay } from '#domain/idempotency';
import type { AppEnv } from '../context.ts';
import { IdempotencyKeySchema } from '../schemas/common.ts';

/** How a creating route answers for what it created — one rendering for the response and its replay. */
export interface CreatedResponse<B, S extends 201 | 202 = 201 | 202> {
  status: S;
  headers: Record<string, string>;
  body: B;
}

/**
 * `Idempotency-Key` on a creating POST. Route middleware runs before the route's validators,
 * so this is where the key is checked: a malformed key is 400, naming the header.
 */
export function idempotent(): MiddlewareHandler<AppEnv> {
  return async function idempotencyKeyCheck(c, next) {
    const key = c.req.header('idempotency-key');
    if (key !== undefined) {
      const parsed = IdempotencyKeySchema.safeParse(key);
      if (!parsed.success) {
        throw new BadRequestError('The Idempotency-Key header is malformed.', 'invalid_idempotency_key', {
          fields: [
            {
              in: 'header',
              field: 'idempotency-key',
              message: parsed.error.issues[0]?.message ?? 'is invalid',
            },
          ],
        });
      }
      c.set('idempotencyKey', parsed.data);
    }
    await next();
  };
}

/**
 * The receipt a creating route hands its service, or undefined without a key. Called in the
 * handler, so the body it fingerprints has passed validation. `render` is the route's own
 * rendering of the created resource; the stored response is exactly what the route answers.
 */
export async function receiptFor<T, B, S extends 201 | 202>(
  c: Context<AppEnv>,
  render: (created: T) => CreatedResponse<B, S>,
): Promise<CreateReceipt<T> | undefined> {
  if (c.req.header('idempotency-key') !== undefined && c.get('idempotencyKey') === undefined) {
    throw new Error(
      `${c.req.method} ${c.req.path} takes Idempotency-Key without the idempotent() middleware`,
    );
  }
  const key = c.get('idempotencyKey');
  if (key === undefined) return undefined;
  const requestHash = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n${await c.req.text()}`)
    .digest('base64url');
  return {
    // Keys are per caller: two users may pick the same key without seeing each other's responses.
    scope: c.get('user').sub,
    key,
    requestHash,
    respond(created) {
      const { status, headers, body } = render(created);
      return {
        status,
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      };
    },
  };
}

/** Answers with a rendered creation: its headers and its JSON body. */
export function answerCreated<B, S extends 201 | 202>(c: Context<AppEnv>, created: CreatedResponse<B, S>) {
  for (const [name, value] of Object.entries(created.headers)) c.header(name, value);
  return c.json(created.body, created.status);
}

/** The stored first response, marked as a replay (IETF httpapi-idempotency-key-header). */
export function replayResponse(c: Context<AppEnv>, replay: IdempotentReplay): Response {
  const { status, headers, body } = replay.response;
  return c.body(body, status as ContentfulStatusCode, { ...headers, 'Idempotent-Replayed': 'true' });
}
