import {
  type TransactFailure,
  TransactionCancelledError,
  type WriteConflictCode,
  WriteConflictError,
} from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import type { TransactPart } from '#data/mapper/write-request';
import { ConcurrentChangeError } from '#domain/errors';

/**
 * Where the engine's write failures become domain errors. A repository says what a failed
 * item means by its label (or a failed single write by its code); whatever it leaves
 * unexplained is a concurrent change (`transaction_cancelled`), whose detail names no
 * stored entity. Other errors (unavailable, corrupt) pass through unchanged.
 */

/** The domain error for a failed transaction item; undefined: a concurrent change. */
export type ExplainFailure<L extends string> = (failure: TransactFailure<L>) => Error | undefined;

/** The domain error for a failed single conditional write; undefined: a concurrent change. */
export type ExplainConflict = (code: WriteConflictCode) => Error | undefined;

/** `error` as the domain sees it, when it is a cancelled transaction (by its first failed item). */
export function explainCancellation<L extends string>(error: unknown, explain: ExplainFailure<L>): unknown {
  if (!(error instanceof TransactionCancelledError)) return error;
  const failure = (error as TransactionCancelledError<L>).first;
  return (failure && explain(failure)) ?? new ConcurrentChangeError(error);
}

/** `error` as the domain sees it, when it is a single write whose condition failed. */
export function explainConflict(error: unknown, explain: ExplainConflict = () => undefined): unknown {
  if (!(error instanceof WriteConflictError)) return error;
  return explain(error.code) ?? new ConcurrentChangeError(error);
}

/**
 * A write whose state moved since the caller read it (a guard or a version no longer holds): an
 * outcome for a caller that reads again and decides again, not a failure.
 */
export const STATE_MOVED = Object.freeze({ kind: 'state_moved' as const });
export type StateMoved = typeof STATE_MOVED;

/** Did the write answer that the state moved? */
export function stateMoved(outcome: unknown): outcome is StateMoved {
  return outcome === STATE_MOVED;
}

/**
 * `write`'s result, or STATE_MOVED where it failed as a concurrent change (a failure left
 * unexplained by the repository's explainer, see above). Other failures are thrown as they are.
 */
export async function orStateMoved<T>(write: Promise<T>): Promise<T | StateMoved> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return STATE_MOVED;
    throw error;
  }
}

/** Sends `parts` as one transaction; a cancellation is thrown as the domain error `explain` gives. */
export async function transactExplained<L extends string>(
  mapper: Mapper,
  parts: readonly TransactPart<L>[],
  explain: ExplainFailure<L>,
): Promise<void> {
  try {
    await mapper.transact(parts);
  } catch (error) {
    throw explainCancellation(error, explain);
  }
}

/** Runs one conditional write; a failed condition is thrown as the domain error `explain` gives. */
export async function writeExplained<T>(write: Promise<T>, explain?: ExplainConflict): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw explainConflict(error, explain);
  }
}
