import { type IdempotencyRecord, idempotencyRecordEntity } from '#data/entities/idempotency-record';
import type { Entity } from '#data/mapper/entity';
import { type TransactFailure, TransactionCancelledError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import type { CreateInput } from '#data/mapper/write-ops';
import type { TransactPart, WriteRequest } from '#data/mapper/write-request';
import { type CreateReceipt, IdempotencyKeyReusedError, IdempotentReplay } from '#domain/idempotency';
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
function answerFrom(record: IdempotencyRecord, requestHash: string): never {
  if (record.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
  throw new IdempotentReplay(record.response);
}

/**
 * Sends a create's labelled writes as ONE transaction, with the receipt's record when there is
 * one. When the key already holds a record, the transaction fails on it and carries it back:
 * the same request → IdempotentReplay (the first response), another → IdempotencyKeyReusedError. Any other
 * cancellation is thrown as the domain error `explain` gives its first failed item.
 */
export async function transactCreate<L extends string, T>(
  mapper: Mapper,
  parts: readonly TransactPart<L>[],
  receipt: CreateReceipt<T> | undefined,
  created: T,
  explain: ExplainFailure<L>,
): Promise<void> {
  if (!receipt) return transactExplained(mapper, parts, explain);
  const record = { label: RECORD, request: idempotencyRecordWrite(mapper, receipt, created) } as const;
  try {
    await mapper.transact<L | typeof RECORD>([...parts, record]);
  } catch (error) {
    const taken = error instanceof TransactionCancelledError ? error.failureOf(RECORD) : undefined;
    if (taken?.code === 'already_exists') {
      const stored = taken.item
        ? idempotencyRecordEntity.fromItem(taken.item)
        : await findRecord(mapper, receipt);
      if (stored) answerFrom(stored, receipt.requestHash);
    }
    throw explainCancellation(error, (failure: TransactFailure<L | typeof RECORD>) =>
      failure.label === RECORD ? undefined : explain(failure as TransactFailure<L>),
    );
  }
}

/**
 * For a create the current state refuses (e.g. "already a member") before it reaches its
 * transaction: if the key holds a record, that record answers instead. One read, only then.
 */
export async function replayIfRecorded<T>(
  mapper: Mapper,
  receipt: CreateReceipt<T> | undefined,
): Promise<void> {
  if (!receipt) return;
  const record = await findRecord(mapper, receipt);
  if (record) answerFrom(record, receipt.requestHash);
}

function findRecord<T>(mapper: Mapper, receipt: CreateReceipt<T>) {
  return mapper.get(
    idempotencyRecordEntity,
    { callerSub: receipt.scope, key: receipt.key },
    { consistent: true },
  );
}

/**
 * A lone conditional create with the receipt's record: a plain PutItem without a key, a
 * two-item transaction with one (still one round trip). The id is new, so a failed create is
 * a concurrent change.
 */
export async function createWithReceipt<M extends Record<string, unknown>, I>(
  mapper: Mapper,
  entity: Entity<M, I, unknown>,
  input: CreateInput<I>,
  receipt: CreateReceipt<M> | undefined,
): Promise<M> {
  if (!receipt) return writeExplained(mapper.create(entity, input));
  const request = mapper.tx.create(entity, input);
  const created = request.model as M;
  await transactCreate(mapper, [{ label: 'created', request }], receipt, created, () => undefined);
  return created;
}
