/**
 * Idempotency-Key for creating requests: the contract between the HTTP layer, which makes the
 * options and answers the outcome, and the data layer, which keeps the record. Services pass
 * the options down as they got them and return the outcome as the repository gave it.
 */

/** A response kept for replay; only the HTTP layer reads it. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * What a create carries when the client sent an Idempotency-Key: who asked (keys are per
 * caller), the key, a fingerprint of the request, and how to render the response a replay
 * returns from the resource the create makes. The data layer writes the record, holding that
 * response, in the create's own transaction.
 */
export interface CreateReceipt<T> {
  readonly scope: string;
  readonly key: string;
  readonly requestHash: string;
  respond(created: T): StoredResponse;
}

const RECEIPT: unique symbol = Symbol('receipt');

/**
 * The one option of every creating service and repository method: how to make the create
 * exactly-once. Opaque above the data layer; the HTTP layer's `answerCreate` makes it, and
 * `createdWithoutKey()` is the option of a create nobody will repeat (seeds, fixtures).
 */
export interface CreateOptions<T> {
  readonly [RECEIPT]: CreateReceipt<T> | undefined;
}

/** Options carrying `receipt` (the HTTP layer, for a request with an Idempotency-Key). */
export function withReceipt<T>(receipt: CreateReceipt<T> | undefined): CreateOptions<T> {
  return { [RECEIPT]: receipt };
}

/** The options of a create made without an Idempotency-Key. */
export function withoutKey<T>(): CreateOptions<T> {
  return { [RECEIPT]: undefined };
}

/** The receipt inside `options`, for the data layer that records it. */
export function receiptOf<T>(options: CreateOptions<T> | undefined): CreateReceipt<T> | undefined {
  return options?.[RECEIPT];
}

/** The options for a value the layer below builds differently (`from` maps it back). */
export function adaptOptions<T, U>(
  options: CreateOptions<T> | undefined,
  from: (created: U) => T,
): CreateOptions<U> {
  const receipt = receiptOf(options);
  if (!receipt) return withoutKey();
  return withReceipt({
    scope: receipt.scope,
    key: receipt.key,
    requestHash: receipt.requestHash,
    respond: (created) => receipt.respond(from(created)),
  });
}

/**
 * What a create did: made the resource, or found that its key already holds a completed create
 * of this same request, whose first response answers again (`replay`). A replay is found only
 * after the caller passed the action's access check, so it is served only to someone who may
 * still do the action. The same key used for another request is a failure (`IdempotencyKeyReusedError`).
 */
export type Created<T> =
  | { readonly created: T; readonly replay?: undefined }
  | { readonly replay: StoredResponse; readonly created?: undefined };

/** The same outcome with the made resource mapped (a replay stays as it is). */
export function mapCreated<T, U>(outcome: Created<T>, map: (created: T) => U): Created<U> {
  return outcome.replay ? { replay: outcome.replay } : { created: map(outcome.created) };
}

/**
 * The resource a create without an Idempotency-Key made (seeds, fixtures, tests): such a create
 * has no record to replay from, so a replay here is a programming error.
 */
export function made<T>(outcome: Created<T>): T {
  if (outcome.replay) throw new Error('a create without an Idempotency-Key answered with a replay');
  return outcome.created;
}

/** The key was first used for another request (another body, route or method). */
export class IdempotencyKeyReusedError extends Error {
  constructor() {
    super('This Idempotency-Key belongs to another request.');
    this.name = 'IdempotencyKeyReusedError';
  }
}
