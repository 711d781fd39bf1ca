import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Entity } from './entity.ts';
import { cancellationFailure, conditionFailure } from './failures.ts';
import type { Runtime } from './runtime.ts';
import { buildIncrement, buildUpdate, type IncrementOptions, type UpdateOptions } from './update-builder.ts';
import {
  buildCheck,
  buildCreate,
  buildDelete,
  buildPut,
  buildReplace,
  type CheckOptions,
  type DeleteOptions,
} from './write-builders.ts';
import {
  type AnyEntity,
  assertDistinctKeys,
  type GuardOptions,
  type TransactPart,
  type WriteRequest,
} from './write-request.ts';

type Item = Record<string, unknown>;
/** What `create` accepts: the model without `version` (the engine starts it at 1). */
export type CreateInput<I> = Omit<I, 'version'> & { version?: number };

const TRANSACTION_LIMIT = 100;

export function createWriteOps(rt: Runtime) {
  const { doc, tableName, retrier } = rt;
  const ctx = () => ({ now: rt.clock.now() });

  /** Builders for `transact`, bound to the mapper's clock. */
  const tx = {
    create: <M extends Item, I>(entity: Entity<M, I, unknown>, input: CreateInput<I>) =>
      buildCreate<M>(entity, input, ctx()),
    put: <M extends Item, I>(entity: Entity<M, I, unknown>, model: I) => buildPut<M>(entity, model as object),
    replace: <M extends Item>(entity: Entity<M, unknown, unknown>, model: M, options?: GuardOptions) =>
      buildReplace<M>(entity, model, ctx(), options),
    update: <M extends Item, K>(
      entity: Entity<M, unknown, K>,
      key: K & Partial<M>,
      changes: Partial<M>,
      options?: UpdateOptions<M>,
    ) => buildUpdate<M>(entity, key as object, changes, ctx(), options),
    /** Adds to numeric fields of an existing item, leaving `version` and `updatedAt` alone. */
    increment: <M extends Item, K>(
      entity: Entity<M, unknown, K>,
      key: K,
      deltas: Partial<Record<keyof M & string, number>>,
      options?: IncrementOptions,
    ) => buildIncrement<M>(entity, key as object, deltas as Record<string, number>, ctx(), options),
    delete: <K>(entity: Entity<Item, unknown, K>, key: K, options?: DeleteOptions) =>
      buildDelete(entity as AnyEntity, key as object, ctx(), options),
    check: <K>(entity: Entity<Item, unknown, K>, key: K, options?: CheckOptions) =>
      buildCheck(entity as AnyEntity, key as object, ctx(), options),
  };

  /** Sends one write; a failed condition becomes the typed error its intent implies. */
  async function send<T>(
    request: WriteRequest<unknown>,
    command: () => Promise<T>,
    operation: string,
  ): Promise<T> {
    try {
      return await retrier.run(operation, command);
    } catch (error) {
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
        throw conditionFailure(request, (error as { Item?: Item }).Item, rt.nowSeconds());
      }
      throw error;
    }
  }

  async function putRequest<M>(request: WriteRequest<M>): Promise<M> {
    await send(
      request,
      () =>
        doc.send(new PutCommand({ TableName: tableName, ...request.params, ...failOld(request) } as never)),
      'PutItem',
    );
    return request.model as M;
  }

  /** Conditional create: never overwrites (ItemExistsError). Returns the stored model. */
  const create = <M extends Item, I>(entity: Entity<M, I, unknown>, input: CreateInput<I>) =>
    putRequest(tx.create(entity, input));
  /** Unconditional put (upsert). */
  const put = <M extends Item, I>(entity: Entity<M, I, unknown>, model: I) =>
    putRequest(tx.put(entity, model));

  /** Partial update; returns the updated model. `expectedVersion` locks optimistically. */
  async function update<M extends Item, K>(
    entity: Entity<M, unknown, K>,
    key: K & Partial<M>,
    changes: Partial<M>,
    options?: UpdateOptions<M>,
  ): Promise<M> {
    const request = tx.update(entity, key, changes, options);
    const out = await send(
      request,
      () =>
        doc.send(
          new UpdateCommand({
            TableName: tableName,
            ...request.params,
            ReturnValues: 'ALL_NEW',
            ...failOld(request),
          } as never),
        ),
      'UpdateItem',
    );
    return rt.decode(entity, (out as { Attributes?: Item }).Attributes ?? {});
  }

  /** Conditional delete; returns the deleted model (undefined if nothing was there and `mustExist: false`). */
  async function remove<M extends Item, K>(
    entity: Entity<M, unknown, K>,
    key: K,
    options?: DeleteOptions,
  ): Promise<M | undefined> {
    const request = tx.delete(entity as Entity<Item, unknown, K>, key, options);
    const out = await send(
      request,
      () =>
        doc.send(
          new DeleteCommand({
            TableName: tableName,
            ...request.params,
            ReturnValues: 'ALL_OLD',
            ...failOld(request),
          } as never),
        ),
      'DeleteItem',
    );
    const old = (out as { Attributes?: Item }).Attributes;
    return old ? rt.decode(entity, old) : undefined;
  }

  /**
   * All-or-nothing writes (≤ 100), each labelled by the caller. Conflict-only cancellations are
   * retried; any other cancellation is a TransactionCancelledError listing the failed items by
   * label, so the caller can say what each means. Every attempt carries the same
   * ClientRequestToken: when an attempt committed but its answer was lost, DynamoDB answers the
   * next one with success instead of running it again (and failing on its own writes).
   */
  async function transact<L extends string>(parts: readonly TransactPart<L>[]): Promise<void> {
    if (parts.length === 0) return;
    if (parts.length > TRANSACTION_LIMIT) throw new Error(`transact: at most ${TRANSACTION_LIMIT} items`);
    assertDistinctKeys(parts.map((part) => part.request));
    const TransactItems = parts.map(({ request }) => {
      const body = { TableName: tableName, ...request.params, ...failOld(request) };
      if (request.kind === 'put') return { Put: body };
      if (request.kind === 'update') return { Update: body };
      if (request.kind === 'delete') return { Delete: body };
      return { ConditionCheck: body };
    });
    const input = { TransactItems, ClientRequestToken: randomUUID() };
    try {
      await retrier.run('TransactWriteItems', () => doc.send(new TransactWriteCommand(input as never)));
    } catch (error) {
      if (error instanceof Error && error.name === 'TransactionCanceledException') {
        const reasons = (error as { CancellationReasons?: Array<{ Code?: string; Item?: Item }> })
          .CancellationReasons;
        throw cancellationFailure(parts, reasons ?? [], rt.nowSeconds());
      }
      throw error;
    }
  }

  return { tx, create, put, update, delete: remove, transact };
}

/** Conditional writes return the old item on failure, so the error can say why. */
function failOld(request: WriteRequest<unknown>) {
  return request.params.ConditionExpression
    ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const }
    : {};
}
