import { ServiceUnavailableError } from '#domain/errors';
import { boundedSignal, untilAborted, withDeadline } from '#lib/deadline';
import { createRouter } from '../context.ts';
import { defineOperation } from '../schemas/operation.ts';
import * as z from '../schemas/zod.ts';

const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health');
const ReadySchema = z
  .object({ status: z.literal('ready'), checks: z.record(z.string(), z.literal('ok')) })
  .openapi('Ready');

const healthRoute = defineOperation({
  operationId: 'getHealth',
  method: 'get',
  path: '/health',
  tags: ['Operations'],
  summary: 'Liveness: the process answers (no I/O)',
  responses: { 200: { description: 'Alive', content: { 'application/json': { schema: HealthSchema } } } },
});

const readyRoute = defineOperation({
  operationId: 'getReadiness',
  method: 'get',
  path: '/ready',
  tags: ['Operations'],
  summary: 'Readiness: DynamoDB answers',
  responses: {
    200: { description: 'Ready to serve', content: { 'application/json': { schema: ReadySchema } } },
  },
});

export interface HealthRouteDeps {
  /** Resolves when the table answers; rejects otherwise. */
  checkDatabase: () => Promise<void>;
}

/** Readiness answers sooner than the request deadline: a probe must not hang a load balancer. */
const READY_TIMEOUT_MS = 2000;

/** `/health` (liveness) and `/ready` (DynamoDB reachable). */
export function healthRoutes(deps: HealthRouteDeps) {
  return createRouter()
    .openapi(healthRoute, (c) => c.json({ status: 'ok' as const }, 200))
    .openapi(readyRoute, async (c) => {
      try {
        // The probe's SDK call is aborted at the bound, and the answer does not wait for it either.
        const bound = boundedSignal(READY_TIMEOUT_MS);
        await untilAborted(withDeadline(bound, deps.checkDatabase), bound);
      } catch (error) {
        c.get('log').warn('readiness check failed', { error: describe(error) });
        throw new ServiceUnavailableError('DynamoDB is not reachable.', 5, error);
      }
      return c.json({ status: 'ready' as const, checks: { dynamodb: 'ok' as const } }, 200);
    });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
