import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_KEYS } from '#data/dynamodb/table';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import type { AppLogger } from '#lib/logger';
import type { CursorCodec } from './cursor.ts';
import { createCursorCodec } from './cursor.ts';
import type { Entity } from './entity.ts';
import { CorruptItemError } from './errors.ts';
import { createRetrier, DEFAULT_RETRY_POLICY, type Retrier, type RetryPolicy, type Sleep } from './retry.ts';

export interface MapperOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /** Signs pagination cursors (config.cursorSecret). */
  cursorSecret: string;
  logger?: AppLogger;
  /** Injectable for TTL and cursor-expiry tests. */
  clock?: Clock;
  retry?: Partial<RetryPolicy>;
  /** Injectable so fault tests need not wait out real backoff. */
  sleep?: Sleep;
  /** Upper bound of DynamoDB reads behind one page (filters can drop many items). Default 8. */
  maxReadsPerPage?: number;
  cursorTtlSeconds?: number;
}

type Item = Record<string, unknown>;

/** What every operation shares; built once per mapper. */
export interface Runtime {
  doc: DynamoDBDocumentClient;
  tableName: string;
  retrier: Retrier;
  codec: CursorCodec;
  clock: Clock;
  maxReadsPerPage: number;
  nowSeconds(): number;
  /** True when the item carries a TTL in the past (DynamoDB deletes late; DynamoDB Local never). */
  isExpired(item: Item, nowSeconds: number): boolean;
  /** item → model; a corrupt or foreign item is logged (key and fields, never the payload) and rethrown. */
  decode<M extends Item>(entity: Entity<M, unknown, unknown>, item: Item): M;
}

const silent: AppLogger = { debug() {}, info() {}, warn() {}, error() {} };

export function createRuntime(options: MapperOptions): Runtime {
  if (!options.tableName) throw new Error('mapper: tableName is required');
  const logger = options.logger ?? silent;
  const clock = options.clock ?? systemClock;
  const ttlAttribute = TABLE_KEYS.ttlAttribute;
  const logCorrupt = (error: CorruptItemError) =>
    logger.error('Corrupt item in table', { entity: error.entity, key: error.key, fields: error.fields });
  return {
    doc: options.doc,
    tableName: options.tableName,
    retrier: createRetrier({ ...DEFAULT_RETRY_POLICY, ...options.retry }, options.sleep),
    codec: createCursorCodec({
      secret: options.cursorSecret,
      ...(options.cursorTtlSeconds ? { ttlSeconds: options.cursorTtlSeconds } : {}),
    }),
    clock,
    maxReadsPerPage: options.maxReadsPerPage ?? 8,
    nowSeconds: () => epochSeconds(clock.now()),
    isExpired(item, nowSeconds) {
      const ttl = item[ttlAttribute];
      return typeof ttl === 'number' && ttl <= nowSeconds;
    },
    decode(entity, item) {
      try {
        return entity.fromItem(item);
      } catch (error) {
        if (error instanceof CorruptItemError) logCorrupt(error);
        throw error;
      }
    },
  };
}
