import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { BadRequestError } from '#domain/errors';
import { type Created, type CreateOptions, type CreateReceipt, withReceipt } from '#domain/idempotency';
import type { AppEnv } from '../context.ts';
import { IdempotencyKeySchema } from '../schemas/common.ts';

/** How a creating route answers for what it created — one rendering for the response and its replay. */
export interface CreatedResponse<B, S extends 200 | 201 | 202 = 200 | 201 | 202> {
  status: S;
  headers: Record<string, string>;
  body: B;
}

/**
 * `Idempotency-Key` on a creating POST; `defineOperation({ idempotent: true })` attaches it. Route
 * middleware runs before the route's validators, so this is where the key is checked: a
 * malformed key is 400, naming the header.
 */
export function idempotencyKeyCheck(): MiddlewareHandler<AppEnv> {
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
 * How a creating route answers: runs `create` with the options of this request (the receipt
 * when it carries an Idempotency-Key; the body it fingerprints has passed validation) and
 * answers what it made, rendered by `render`, or the stored first response of this same request
 * (marked Idempotent-Replayed). `render` is the route's one rendering of the created resource:
 * the stored response is exactly what the route answers.
 */
export async function answerCreate<T, B, S extends 201 | 202>(
  c: Context<AppEnv>,
  render: (created: T) => CreatedResponse<B, S>,
  create: (options: CreateOptions<T>) => Promise<Created<T>>,
) {
  const outcome = await create(withReceipt(await receiptOf(c, render)));
  if (outcome.replay) {
    const { status, headers, body } = outcome.replay;
    // The stored bytes of the first answer, which had this route's declared shape.
    return c.body(body, status as S, { ...headers, 'Idempotent-Replayed': 'true' }) as unknown as ReturnType<
      typeof c.json<B, S>
    >;
  }
  const { status, headers, body } = render(outcome.created);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  return c.json<B, S>(body, status);
}

async function receiptOf<T, B, S extends 200 | 201 | 202>(
  c: Context<AppEnv>,
  render: (created: T) => CreatedResponse<B, S>,
): Promise<CreateReceipt<T> | undefined> {
  const key = c.get('idempotencyKey');
  if (key === undefined) return undefined;
  const requestHash = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n${await c.req.text()}`)
    .digest('base64url');
  return receiptFor(c.get('user').sub, key, requestHash, render);
}

/** The receipt of the request's Idempotency-Key (undefined without one); `render` makes the response a replay returns. */
export function requestReceipt<T, B, S extends 200 | 201 | 202>(
  c: Context<AppEnv>,
  render: (outcome: T) => CreatedResponse<B, S>,
): Promise<CreateReceipt<T> | undefined> {
  return receiptOf(c, render);
}

/**
 * The receipt of one part of a keyed request (a create inside a bulk request): its key and
 * fingerprint derive from the request's and the part's name, so a re-run of the request finds
 * the part's record. A space cannot appear in a client's key, so a derived key never meets one.
 */
export function partReceipt<T, B, S extends 200 | 201 | 202>(
  request: CreateReceipt<unknown>,
  part: string,
  render: (created: T) => CreatedResponse<B, S>,
): CreateReceipt<T> {
  const requestHash = createHash('sha256').update(`${request.requestHash}\n${part}`).digest('base64url');
  // The request's key is hashed so the derived one stays within a key's length.
  const key = `${part} ${createHash('sha256').update(request.key).digest('base64url')}`;
  return receiptFor(request.scope, key, requestHash, render);
}

function receiptFor<T, B, S extends 200 | 201 | 202>(
  scope: string,
  key: string,
  requestHash: string,
  render: (created: T) => CreatedResponse<B, S>,
): CreateReceipt<T> {
  return {
    // Keys are per caller: two users may pick the same key without seeing each other's responses.
    scope,
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
