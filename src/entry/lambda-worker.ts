import { createStreamConsumers } from '#worker/stream/stream-consumers';
import { createWorkerHandler } from './worker-handler.ts';

/** The DynamoDB stream worker on Lambda: partial-batch responses, handlers chosen by `_et`. */
export const handler = createWorkerHandler(createStreamConsumers);
