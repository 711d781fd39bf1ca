import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { createApp } from '#app';
import { createContainer } from '#container';
import { requestMetrics } from '#http/middleware/request-metrics';
import { createLambdaObservability, instrumentHandler } from '#lib/lambda-observability';
import { powertoolsRequestRecorder } from '#lib/metrics';
import { loadLambdaConfig } from './lambda-config.ts';

/**
 * The API on Lambda behind the API Gateway REST API (Lambda proxy, payload format 1.0); HTTP API
 * events (payload 2.0) are served too. Everything below runs once per execution environment and
 * performs no I/O; requests reuse it.
 */
const config = loadLambdaConfig();
const observability = createLambdaObservability(config);
const container = createContainer(config, {
  logger: observability.logger,
  instrumentClient: observability.instrumentClient,
});
const app = createApp(container, {
  middleware: [requestMetrics(powertoolsRequestRecorder(observability.metrics))],
});
const serve = handle(app);

export type ApiGatewayEvent = APIGatewayProxyEvent | APIGatewayProxyEventV2;

const REQUEST_ID_HEADER = 'x-request-id';

/** The map without any spelling of X-Request-Id (a client's own must not survive). */
function withoutRequestId<V>(map: Record<string, V | undefined> | null | undefined): Record<string, V> {
  return Object.fromEntries(
    Object.entries(map ?? {}).filter(
      (entry): entry is [string, V] => entry[0].toLowerCase() !== REQUEST_ID_HEADER && entry[1] !== undefined,
    ),
  );
}

/**
 * API Gateway's request id becomes the app's request id: it is what API Gateway writes in
 * its access log, so one id joins every log of a request. Payload 1.0 carries headers twice
 * (`headers` and `multiValueHeaders`, which Hono reads first); both are set.
 */
function toHonoEvent(event: ApiGatewayEvent): LambdaEvent {
  const requestId = event.requestContext.requestId;
  const multiValueHeaders =
    'multiValueHeaders' in event && event.multiValueHeaders
      ? {
          multiValueHeaders: {
            ...withoutRequestId(event.multiValueHeaders),
            [REQUEST_ID_HEADER]: [requestId],
          },
        }
      : {};
  // Same payload; @types/aws-lambda and Hono disagree only on which context fields are optional.
  return {
    ...event,
    // API Gateway omits `body` on bodiless requests; Hono's type wants null.
    body: event.body ?? null,
    headers: { ...withoutRequestId(event.headers), [REQUEST_ID_HEADER]: requestId },
    ...multiValueHeaders,
  } as unknown as LambdaEvent;
}

export const handler = instrumentHandler(
  observability,
  { name: 'api', correlationId: (event: ApiGatewayEvent) => event.requestContext.requestId },
  (event, context: Context) => serve(toHonoEvent(event), context),
);
