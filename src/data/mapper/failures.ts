import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { TABLE_KEYS } from '#data/dynamodb/table';
import {
  type CancellationCode,
  ConditionFailedError,
  ItemExistsError,
  ItemNotFoundError,
  type TransactFailure,
  TransactionCancelledError,
  VersionConflictError,
  type WriteConflictError,
} from './errors.ts';
import type { TransactPart, WriteRequest } from './write-request.ts';

/**
 * Turns DynamoDB condition failures into typed errors, using the old item DynamoDB returns
 * (ReturnValuesOnConditionCheckFailure=ALL_OLD) to tell "missing" from "other version".
 */

type Item = Record<string, unknown>;

/** A number from a plain or raw (`{ N: '3' }`) attribute: cancellation reasons carry raw items. */
function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null && 'N' in value) return Number((value as { N: string }).N);
  return undefined;
}

function classify(
  request: WriteRequest<unknown>,
  old: Item | undefined,
  nowSeconds: number,
): { code: WriteConflictError['code']; actualVersion?: number } {
  if (request.intent === 'create') return { code: 'already_exists' };
  const ttl = readNumber(old?.[TABLE_KEYS.ttlAttribute]);
  const alive = old !== undefined && (ttl === undefined || ttl > nowSeconds);
  if (request.intent === 'existing' && !alive) return { code: 'not_found' };
  const actualVersion = readNumber(old?.version);
  if (request.expectedVersion !== undefined && actualVersion !== request.expectedVersion) {
    return { code: 'version_conflict', ...(actualVersion !== undefined ? { actualVersion } : {}) };
  }
  return { code: 'condition_failed' };
}

/** The typed error for a single write whose condition failed. */
export function conditionFailure(
  request: WriteRequest<unknown>,
  old: Item | undefined,
  nowSeconds: number,
): WriteConflictError {
  const { code, actualVersion } = classify(request, old, nowSeconds);
  const { entity, key } = request;
  switch (code) {
    case 'already_exists':
      return new ItemExistsError(entity.name, key);
    case 'not_found':
      return new ItemNotFoundError(entity.name, key);
    case 'version_conflict':
      return new VersionConflictError(entity.name, key, request.expectedVersion ?? 0, actualVersion);
    default:
      return new ConditionFailedError(entity.name, key);
  }
}

const AWS_CODES: Record<string, CancellationCode> = {
  TransactionConflict: 'conflict',
  ThrottlingError: 'throttled',
  ProvisionedThroughputExceeded: 'throttled',
};

/** The cancelled items of a transaction, by the labels their caller gave them, in request order. */
export function cancellationFailure<L extends string>(
  parts: readonly TransactPart<L>[],
  reasons: ReadonlyArray<{ Code?: string; Item?: Item }>,
  nowSeconds: number,
): TransactionCancelledError<L> {
  const failures: TransactFailure<L>[] = [];
  parts.forEach(({ label, request }, index) => {
    const reason = reasons[index] ?? {};
    const awsCode = reason.Code ?? 'None';
    if (awsCode === 'None') return;
    const base = { label, index, entity: request.entity.name, key: request.key, awsCode };
    if (awsCode !== 'ConditionalCheckFailed') {
      failures.push({ ...base, code: AWS_CODES[awsCode] ?? 'other' });
      return;
    }
    const item = reason.Item ? plain(reason.Item) : undefined;
    failures.push({ ...base, ...classify(request, item, nowSeconds), ...(item ? { item } : {}) });
  });
  return new TransactionCancelledError(failures);
}

/** Cancellation reasons carry raw AttributeValues (lib-dynamodb leaves them so); the key tells which. */
function plain(item: Item): Item {
  const raw = typeof item[TABLE_KEYS.partitionKey] === 'object';
  return raw ? unmarshall(item as Record<string, AttributeValue>) : item;
}
