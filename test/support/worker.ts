import type { Config } from '#config';
import { createWorkerContainer } from '#worker-container';
import { startLocalWorker } from '../../scripts/local/local-worker.ts';
import type { StreamPoller } from '../../scripts/local/stream-poller.ts';
import { stackClients, stackContext } from './stack.ts';

/** The stream worker of `npm start` on a suite's table: its own worker container, as on AWS (another Lambda). */
export function startTestWorker(
  config: Config,
  tableName = config.dynamodb.tableName,
): Promise<StreamPoller> {
  return startLocalWorker({
    worker: createWorkerContainer(config),
    dynamodb: stackClients.dynamodb(),
    endpoint: stackContext().endpoints.dynamodb,
    region: config.region,
    tableName,
    pollIntervalMs: 25,
  });
}
