import { type IdempotencyRecord, idempotencyRecordEntity } from '#data/entities/idempotency-record';
import type { Entity } from '#data/mapper/entity';
import { type TransactFailure, TransactionCancelledError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import type { CreateInput } from '#data/mapper/write-ops';
import type { TransactPart, WriteRequest } from '#data/mapper/write-request';
import {
  type Created,
  type CreateOptions,
  type CreateReceipt,
  IdempotencyKeyReusedError,
  receiptOf,
} from '#domain/idempotency';
import { epochSeconds } from '#lib/clock';
import {
  type ExplainFailure,
  explainCancellation,
  transactExplained,
  writeExplained,
} from './write-failures.ts';

/** The label of the idempotency record in a create's transaction. */
const RECORD = 'idempotency-record';

/** How long a create's response is replayed under its key. */
export const IDEMPOTENCY_RETENTION_SECONDS = 24 * 60 * 60;

/**
 * Idempotency records ride in the transaction of the create they belong to: the record
 * (holding the response to replay) and the resource commit together or not at all, so there
 * is no in-flight state, no lease and nothing to release. A second request under the same key
 * finds the record through its own transaction's failed condition — no extra round trip.
 */

/** The record's conditional create (an expired record counts as absent). */
export function idempotencyRecordWrite<T>(
  mapper: Mapper,
  receipt: CreateReceipt<T>,
  created: T,
): WriteRequest {
  const now = mapper.clock.now();
  return mapper.tx.create(idempotencyRecordEntity, {
    callerSub: receipt.scope,
    key: receipt.key,
    requestHash: receipt.requestHash,
    response: receipt.respond(created),
    createdAt: now.toISOString(),
    ttl: epochSeconds(now) + IDEMPOTENCY_RETENTION_SECONDS,
  });
}

/** A stored record answers this request: the same request is replayed, another is refused. */
export function replayFrom(
  record: IdempotencyRecord,
  requestHash: string,
): { replay: IdempotencyRecord['response'] } {
  if (record.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
  return { replay: record.response };
}

/**
 * Sends a create's labelled writes as ONE transaction, with the receipt's record when the
 * options carry one. When the key already holds a record, the transaction fails on it and
 * carries it back: the same request → `{ replay }` (the first response), another →
 * IdempotencyKeyReusedError. Any other cancellation is thrown as the domain error `explain`
 * gives its first failed item.
 */
export async function transactCreate<L extends string, T>(
  mapper: Mapper,
  parts: readonly TransactPart<L>[],
  options: CreateOptions<T> | undefined,
  created: T,
  explain: ExplainFailure<L>,
): Promise<Created<T>> {
  const receipt = receiptOf(options);
  if (!receipt) {
    await transactExplained(mapper, parts, explain);
    return { created };
  }
  const record = { label: RECORD, request: idempotencyRecordWrite(mapper, receipt, created) } as const;
  try {
    await mapper.transact<L | typeof RECORD>([...parts, record]);
    return { created };
  } catch (error) {
    const taken = error instanceof TransactionCancelledError ? error.failureOf(RECORD) : undefined;
    if (taken?.code === 'already_exists') {
      const stored = taken.item
        ? idempotencyRecordEntity.fromItem(taken.item)
        : await findRecord(mapper, receipt);
      if (stored) return replayFrom(stored, receipt.requestHash);
    }
    throw explainCancellation(error, (failure: TransactFailure<L | typeof RECORD>) =>
      failure.label === RECORD ? undefined : explain(failure as TransactFailure<L>),
    );
  }
}

/**
 * For a create the current state refuses (e.g. "already a member") before it reaches its
 * transaction: the recorded answer when the key holds one (one read, only then), else undefined.
 */
export async function recordedReplay<T>(
  mapper: Mapper,
  options: CreateOptions<T> | undefined,
): Promise<Created<never> | undefined> {
  const receipt = receiptOf(options);
  if (!receipt) return undefined;
  const record = await findRecord(mapper, receipt);
  return record ? replayFrom(record, receipt.requestHash) : undefined;
}

function findRecord<T>(mapper: Mapper, receipt: CreateReceipt<T>) {
  return mapper.get(
    idempotencyRecordEntity,
    { callerSub: receipt.scope, key: receipt.key },
    { consistent: true },
  );
}

/**
 * A lone conditional create with the options' idempotency record: a plain PutItem without a key, a
 * two-item transaction with one (still one round trip). The id is new, so a failed create is
 * a concurrent change.
 */
export async function createOnce<M extends Record<string, unknown>, I>(
  mapper: Mapper,
  entity: Entity<M, I, unknown>,
  input: CreateInput<I>,
  options: CreateOptions<M> | undefined,
): Promise<Created<M>> {
  if (!receiptOf(options)) return { created: await writeExplained(mapper.create(entity, input)) };
  const request = mapper.tx.create(entity, input);
  return transactCreate(
    mapper,
    [{ label: 'created', request }],
    options,
    request.model as M,
    () => undefined,
  );
}

/**
 * Records the outcome of work done outside one transaction (a bulk request, whose operations
 * each commit on their own): a lone conditional create of the record. When the key holds a
 * record by now (a concurrent same request finished first), its answer wins, as for a create.
 */
export async function recordOutcome<T>(
  mapper: Mapper,
  options: CreateOptions<T> | undefined,
  outcome: T,
): Promise<Created<T>> {
  const receipt = receiptOf(options);
  if (!receipt) return { created: outcome };
  try {
    await mapper.transact([{ label: RECORD, request: idempotencyRecordWrite(mapper, receipt, outcome) }]);
    return { created: outcome };
  } catch (error) {
    const taken = error instanceof TransactionCancelledError ? error.failureOf(RECORD) : undefined;
    if (taken?.code !== 'already_exists') throw error;
    const stored = taken.item
      ? idempotencyRecordEntity.fromItem(taken.item)
      : await findRecord(mapper, receipt);
    if (!stored) throw error;
    return replayFrom(stored, receipt.requestHash);
  }
}

/** Idempotency records for work that is not one create (a bulk request). */
export function createIdempotencyRecords(mapper: Mapper) {
  return {
    recordedReplay: <T>(options: CreateOptions<T>) => recordedReplay(mapper, options),
    recordOutcome: <T>(options: CreateOptions<T>, outcome: T) => recordOutcome(mapper, options, outcome),
  };
}

export type IdempotencyRecords = ReturnType<typeof createIdempotencyRecords>;
