import {
  BadRequestError,
  ConflictError,
  InternalError,
  NotFoundError,
  PreconditionFailedError,
  ServiceUnavailableError,
} from '#domain/errors';

/**
 * Data-layer errors. They extend the shared `AppError`s so `http/problem.ts` renders them
 * without route code; services may still catch them to choose a domain meaning.
 */

/** `IdempotencyRecord` → `idempotency record`, for details a client may read. */
function humanName(entity: string): string {
  return entity.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A stored primary key, safe to log (ids only, never an item's payload). */
export interface ItemKey {
  pk: string;
  sk: string;
}

/** An item failed its entity schema or carries another entity's tag. Renders as an opaque 500. */
export class CorruptItemError extends InternalError {
  constructor(
    readonly entity: string,
    readonly key: ItemKey,
    /** Paths of the failing fields (`status`, `progress.total`, or `_et` for a foreign item). */
    readonly fields: string[],
  ) {
    super(`Corrupt ${entity} item at ${key.pk}/${key.sk}: ${fields.join(', ')}`);
  }
}

/** A model handed to the engine does not satisfy its entity schema (a caller bug): 500. */
export class InvalidModelError extends InternalError {
  constructor(
    readonly entity: string,
    readonly fields: string[],
  ) {
    super(`Invalid ${entity} model: ${fields.join(', ')}`);
  }
}

/** A conditional create found an item with the same key. */
export class ItemExistsError extends ConflictError {
  constructor(
    readonly entity: string,
    readonly key: ItemKey,
  ) {
    super(`The ${humanName(entity)} already exists.`, 'already_exists');
  }
}

/** A conditional update/delete found no item. */
export class ItemNotFoundError extends NotFoundError {
  constructor(
    readonly entity: string,
    readonly key: ItemKey,
  ) {
    super(`The ${humanName(entity)} does not exist.`);
  }
}

/** Optimistic locking: the stored `version` is not the one the caller read. */
export class VersionConflictError extends PreconditionFailedError {
  constructor(
    readonly entity: string,
    readonly key: ItemKey,
    readonly expectedVersion: number,
    readonly actualVersion: number | undefined,
  ) {
    super();
  }
}

export type CancellationCode =
  | 'none'
  | 'already_exists'
  | 'not_found'
  | 'version_conflict'
  | 'condition_failed'
  | 'conflict'
  | 'throttled'
  | 'other';

/** Why one item of a transaction was cancelled, in request order. */
export interface CancellationReason {
  index: number;
  entity: string;
  key: ItemKey;
  code: CancellationCode;
  /** DynamoDB's own code (`ConditionalCheckFailed`, `TransactionConflict`, ...). */
  awsCode: string;
  actualVersion?: number;
  /** The stored item whose condition failed (plain attributes), when DynamoDB returned it. */
  item?: Record<string, unknown>;
}

/** A transaction was cancelled; `reasons` says which item failed and how. */
export class TransactionCancelledError extends ConflictError {
  constructor(readonly reasons: CancellationReason[]) {
    const failed = reasons.filter((reason) => reason.code !== 'none');
    super(
      `The change conflicts with the current state (${failed.map((r) => `${r.entity}: ${r.code}`).join(', ')}).`,
      'transaction_cancelled',
    );
  }

  /** The first failed reason, if any. */
  get firstFailure(): CancellationReason | undefined {
    return this.reasons.find((reason) => reason.code !== 'none');
  }
}

/** A pagination cursor that is tampered, foreign to this query, expired or malformed: 400. */
export class InvalidCursorError extends BadRequestError {
  constructor(readonly reason: 'malformed' | 'signature' | 'expired' | 'key') {
    super('The cursor is invalid or has expired; start again without it.', 'invalid_cursor', {
      errors: [{ path: 'query.cursor', message: 'invalid or expired cursor' }],
    });
  }
}

/** DynamoDB kept throttling or failing after the engine's bounded retries: 503 + Retry-After. */
export class DataUnavailableError extends ServiceUnavailableError {
  constructor(
    readonly operation: string,
    attempts: number,
    cause?: unknown,
  ) {
    super(
      `The database is busy (${operation} failed after ${attempts} attempts). Try again shortly.`,
      1,
      cause,
    );
  }
}

/** An extra condition given by the caller did not hold (existence and version were fine). */
export class ConditionFailedError extends ConflictError {
  constructor(
    readonly entity: string,
    readonly key: ItemKey,
  ) {
    super(`The ${humanName(entity)} is not in a state that allows this change.`, 'condition_failed');
  }
}
