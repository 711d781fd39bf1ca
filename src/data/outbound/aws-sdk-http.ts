import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { Config } from '#config';
import { currentDeadline } from '#lib/deadline';

type OutboundLimits = Config['outbound'];
type HandleArgs = Parameters<NodeHttpHandler['handle']>;

/**
 * The HTTP handler every AWS SDK client of the process uses. Per attempt: a connect timeout, a
 * limit on the wait for the answer to start (`throwOnRequestTimeout`: without it the handler only
 * logs a warning and keeps waiting), and the same limit on silence in the middle of an answer
 * (`socketTimeout`). Every call also honours the request deadline in force (`#lib/deadline`), so a
 * repository or gateway never has to pass a signal along for its calls to end with the request.
 */
class DeadlineAwareHttpHandler extends NodeHttpHandler {
  override handle(request: HandleArgs[0], options: HandleArgs[1] = {}) {
    const abortSignal = options.abortSignal ?? currentDeadline();
    return super.handle(request, abortSignal ? { ...options, abortSignal } : options);
  }
}

/** The `requestHandler` and retry settings shared by the DynamoDB, S3 and Cognito clients. */
export function outboundClientOptions(limits: OutboundLimits) {
  return {
    requestHandler: new DeadlineAwareHttpHandler({
      connectionTimeout: limits.connectTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      throwOnRequestTimeout: true,
      socketTimeout: limits.requestTimeoutMs,
    }),
    // The SDK's standard strategy is the one retry layer for throttling and transient faults.
    retryMode: 'standard',
    maxAttempts: limits.maxAttempts,
  } as const;
}
