/**
 * Engine errors. Each carries a stable `code` and the ids needed to log it — and nothing about
 * HTTP: repositories say what a failed write means to the domain (`#domain/errors`), and
 * `http/problem.ts` decides what a client sees of the few that reach it (unavailable, cursor).
 */

export type DataErrorCode =
  | 'corrupt_item'
  | 'invalid_model'
  | 'invalid_cursor'
  | 'data_unavailable'
  | 'transaction_cancelled'
  | WriteConflictCode;

/** Why a conditional write did not happen. */
export type WriteConflictCode = 'already_exists' | 'not_found' | 'version_conflict' | 'condition_failed';

/** A stored primary key, safe to log (ids only, never an item's payload). */
export interface ItemKey {
  pk: string;
  sk: string;
}

/** Base class of every error the engine throws. */
export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An item failed its entity schema or carries another entity's tag. */
export class CorruptItemError extends DataError {
  constructor(
    readonly entity: string,
    readonly key: ItemKey,
    /** Paths of the failing fields (`status`, `progress.total`, or `_et` for a foreign item). */
    readonly fields: string[],
  ) {
    super('corrupt_item', `Corrupt ${entity} item at ${key.pk}/${key.sk}: ${fields.join(', ')}`);
  }
}

/** A model handed to the engine does not satisfy its entity schema (a caller bug). */
export class InvalidModelError extends DataError {
  constructor(
    readonly entity: string,
    readonly fields: string[],
  ) {
    super('invalid_model', `Invalid ${entity} model: ${fields.join(', ')}`);
  }
}

/** A single conditional write whose condition failed; `code` says how. */
export class WriteConflictError extends DataError {
  declare readonly code: WriteConflictCode;

  constructor(
    code: WriteConflictCode,
    readonly entity: string,
    readonly key: ItemKey,
    message: string,
  ) {
    super(code, message);
  }
}

/** A conditional create found an item with the same key. */
export class ItemExistsError extends WriteConflictError {
  constructor(entity: string, key: ItemKey) {
    super('already_exists', entity, key, `${entity} ${key.pk}/${key.sk} already exists`);
  }
}

/** A conditional update/delete found no item. */
export class ItemNotFoundError extends WriteConflictError {
  constructor(entity: string, key: ItemKey) {
    super('not_found', entity, key, `${entity} ${key.pk}/${key.sk} does not exist`);
  }
}

/** Optimistic locking: the stored `version` is not the one the caller read. */
export class VersionConflictError extends WriteConflictError {
  constructor(
    entity: string,
    key: ItemKey,
    readonly expectedVersion: number,
    readonly actualVersion: number | undefined,
  ) {
    super(
      'version_conflict',
      entity,
      key,
      `${entity} ${key.pk}/${key.sk} is at version ${actualVersion}, not ${expectedVersion}`,
    );
  }
}

/** An extra condition given by the caller did not hold (existence and version were fine). */
export class ConditionFailedError extends WriteConflictError {
  constructor(entity: string, key: ItemKey) {
    super('condition_failed', entity, key, `${entity} ${key.pk}/${key.sk} failed its condition`);
  }
}

/** Why one item of a transaction was cancelled. */
export type CancellationCode = WriteConflictCode | 'conflict' | 'throttled' | 'other';

/** One cancelled item of a transaction, named by the label its caller gave it. */
export interface TransactFailure<L extends string = string> {
  label: L;
  /** Position in the request (for logs; callers go by label). */
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

/** A transaction was cancelled; `failures` lists the items that failed, in request order. */
export class TransactionCancelledError<L extends string = string> extends DataError {
  constructor(readonly failures: readonly TransactFailure<L>[]) {
    super(
      'transaction_cancelled',
      `Transaction cancelled: ${failures.map((f) => `${f.label} (${f.entity} ${f.key.pk}/${f.key.sk}) ${f.code}`).join(', ')}`,
    );
  }

  /** The first failure, in request order. */
  get first(): TransactFailure<L> | undefined {
    return this.failures[0];
  }

  /** The failure of the item labelled `label`, if it failed. */
  failureOf(label: L): TransactFailure<L> | undefined {
    return this.failures.find((failure) => failure.label === label);
  }
}

/** A pagination cursor that is tampered, foreign to this query, expired or malformed. */
export class InvalidCursorError extends DataError {
  constructor(readonly reason: 'malformed' | 'signature' | 'expired' | 'key') {
    super('invalid_cursor', `Invalid cursor (${reason})`);
  }
}

/** DynamoDB kept throttling or failing after the engine's bounded retries, or could not be reached. */
export class DataUnavailableError extends DataError {
  /** How long a caller should wait before trying again. */
  readonly retryAfterSeconds = 1;

  constructor(
    readonly operation: string,
    readonly attempts: number,
    cause?: unknown,
  ) {
    super('data_unavailable', `${operation} failed after ${attempts} attempts`, { cause });
  }
}
