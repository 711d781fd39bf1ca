import { z } from '@hono/zod-openapi';
import { ServiceUnavailableError } from '#domain/errors';
import { createRouter } from '../context.ts';
import { defineOperation } from '../schemas/operation.ts';

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

const READY_TIMEOUT_MS = 2000;

/** `/health` (liveness) and `/ready` (DynamoDB reachable). */
export function healthRoutes(deps: HealthRouteDeps) {
  return createRouter()
    .openapi(healthRoute, (c) => c.json({ status: 'ok' as const }, 200))
    .openapi(readyRoute, async (c) => {
      try {
        await withTimeout(deps.checkDatabase(), READY_TIMEOUT_MS);
      } catch (error) {
        c.get('log').warn('readiness check failed', { error: describe(error) });
        throw new ServiceUnavailableError('DynamoDB is not reachable.', 5, error);
      }
      return c.json({ status: 'ready' as const, checks: { dynamodb: 'ok' as const } }, 200);
    });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
