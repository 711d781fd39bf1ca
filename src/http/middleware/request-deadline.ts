import type { MiddlewareHandler } from 'hono';
import { DeadlineExceededError } from '#domain/errors';
import { untilAborted, withDeadline } from '#lib/deadline';
import type { AppEnv } from '../context.ts';

/**
 * One deadline per request. The handler runs under an AbortSignal that every outbound call
 * honours (`#lib/deadline`); when it fires, those calls are aborted and the request answers 503
 * with Retry-After at once, whatever the handler was waiting on.
 */
export function requestDeadline(deadlineMs: number): MiddlewareHandler<AppEnv> {
  if (!Number.isInteger(deadlineMs) || deadlineMs < 1)
    throw new RangeError('deadlineMs must be a positive integer');
  return async function requestDeadlineMiddleware(_c, next) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DeadlineExceededError(deadlineMs)), deadlineMs);
    try {
      await withDeadline(controller.signal, () => untilAborted(next(), controller.signal));
    } catch (error) {
      // Whatever a dependency threw once the deadline passed (an AbortError), the answer is the deadline.
      if (controller.signal.aborted && !(error instanceof DeadlineExceededError)) {
        throw new DeadlineExceededError(deadlineMs, error);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
