import { createJobHandlers } from '#jobs/job-handlers';
import { createWorkerHandler } from './worker-handler.ts';

/** The DynamoDB stream worker on Lambda: partial-batch responses, handlers chosen by `_et`. */
export const handler = createWorkerHandler(createJobHandlers);
