import { createDynamoClients } from '#data/dynamodb-client';
import { createMapper, type MapperOptions } from '#data/mapper/mapper';
import type { Clock } from '#lib/clock';
import { memoryLogger } from '#test/support/app';
import { createTestTable, testConfig } from '#test/support/stack';

/** A clock the test moves by hand (TTL and cursor expiry). */
export function manualClock(
  start = new Date('2026-01-10T12:00:00.000Z'),
): Clock & { advance(seconds: number): void } {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (seconds) => {
      now += seconds * 1000;
    },
  };
}

/** A fresh table on the run's DynamoDB Local and a mapper over it (no real backoff waits). */
export async function mapperFixture(options: Partial<MapperOptions> = {}) {
  const table = await createTestTable('mapper');
  const config = testConfig(table);
  const { client, doc } = createDynamoClients(config);
  const clock = manualClock();
  const logger = memoryLogger();
  const mapper = createMapper({
    doc,
    tableName: table,
    cursorSecret: config.cursorSecret,
    clock,
    logger,
    sleep: async () => {},
    ...options,
  });
  return { table, config, client, doc, clock, logger, mapper };
}
