import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { createApp } from '#app';
import { createContainer } from '#container';
import { requestMetrics } from '#http/middleware/request-metrics';
import { createLambdaObservability, instrumentHandler } from '#lib/lambda-observability';
import { powertoolsRequestRecorder } from '#lib/metrics';
import { loadLambdaConfig } from './lambda-config.ts';

/**
 * The API on Lambda behind an API Gateway HTTP API (payload format 2.0). Everything below
 * runs once per execution environment and performs no I/O; requests reuse it.
 */
const config = loadLambdaConfig();
const observability = createLambdaObservability(config);
const deps = createContainer(config, {
  logger: observability.logger,
  instrumentClient: observability.instrumentClient,
});
const app = createApp(deps, {
  middleware: [requestMetrics(powertoolsRequestRecorder(observability.metrics))],
});
const serve = handle(app);

/**
 * API Gateway's request id becomes the app's request id: it is what API Gateway writes in
 * its access log and returns as `apigw-requestid`, so one id joins every log of a request.
 */
function toHonoEvent(event: APIGatewayProxyEventV2): LambdaEvent {
  // Same payload; @types/aws-lambda and Hono disagree only on which context fields are optional.
  return {
    ...event,
    // API Gateway omits `body` on bodiless requests; Hono's type wants null.
    body: event.body ?? null,
    headers: { ...event.headers, 'x-request-id': event.requestContext.requestId },
  } as unknown as LambdaEvent;
}

export const handler = instrumentHandler(
  observability,
  { name: 'api', correlationId: (event: APIGatewayProxyEventV2) => event.requestContext.requestId },
  (event, context: Context) => serve(toHonoEvent(event), context),
);
