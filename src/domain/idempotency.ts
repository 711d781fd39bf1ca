/** Idempotency-Key for creating requests: the contract between the HTTP layer and the data layer. */

import { ValidationError } from './errors.ts';

/** A response kept for replay. */
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

/** The receipt for a value that the layer below builds differently (`from` maps it back). */
export function adaptReceipt<T, U>(
  receipt: CreateReceipt<T> | undefined,
  from: (created: U) => T,
): CreateReceipt<U> | undefined {
  if (!receipt) return undefined;
  return {
    scope: receipt.scope,
    key: receipt.key,
    requestHash: receipt.requestHash,
    respond: (created) => receipt.respond(from(created)),
  };
}

/**
 * The key already holds a completed create of this same request: not a failure — the HTTP
 * layer answers with the stored response. Thrown only after the caller passed the action's
 * access check, so a replay is served only to someone who may still do the action.
 */
export class IdempotentReplay extends Error {
  constructor(readonly response: StoredResponse) {
    super('replay of a completed create');
    this.name = 'IdempotentReplay';
  }
}

/** The key was first used for another request (another body, route or method). */
export class IdempotencyKeyReusedError extends ValidationError {
  constructor() {
    super(
      [{ field: 'idempotency-key', in: 'header', message: 'was already used with a different request' }],
      'This Idempotency-Key belongs to another request.',
    );
  }
}
