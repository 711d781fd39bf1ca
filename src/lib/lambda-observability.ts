import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context } from 'aws-lambda';
import type { Config } from '#config';
import { type AppLogger, createLogger } from './logger.ts';
import { createMetrics } from './metrics.ts';
import { createTracer, traceClient } from './tracer.ts';

/** The Powertools trio of one Lambda environment, built once at module scope (no I/O). */
export interface LambdaObservability {
  logger: AppLogger & { powertools: Logger };
  metrics: Metrics;
  tracer: Tracer;
  /** Pass to `createContainer` so every SDK client is traced. */
  instrumentClient: <T>(client: T) => T;
}

export function createLambdaObservability(config: Config): LambdaObservability {
  const tracer = createTracer(config.serviceName);
  return {
    logger: createLogger({ serviceName: config.serviceName, level: config.logLevel }),
    metrics: createMetrics({ serviceName: config.serviceName, stage: config.stage }),
    tracer,
    instrumentClient: traceClient(tracer),
  };
}

export interface InstrumentOptions<E> {
  /** Names the handler subsegment (`## api`). */
  name: string;
  /** The id that joins this invocation's logs with upstream logs (e.g. the API Gateway request id). */
  correlationId?: (event: E) => string | undefined;
}

/**
 * What Powertools' `injectLambdaContext`, `captureLambdaHandler` and `logMetrics` do, without
 * middy or decorators: Lambda context and correlation id on every log line, a cold-start
 * metric and annotation, a handler subsegment, and metrics flushed after every invocation.
 */
export function instrumentHandler<E, R>(
  observability: LambdaObservability,
  options: InstrumentOptions<E>,
  handler: (event: E, context: Context) => Promise<R>,
): (event: E, context: Context) => Promise<R> {
  const { logger, metrics, tracer } = observability;
  return async function instrumentedHandler(event, context) {
    logger.powertools.resetKeys();
    logger.powertools.addContext(context);
    const correlationId = options.correlationId?.(event);
    if (correlationId) logger.powertools.setCorrelationId(correlationId);
    metrics.captureColdStartMetric(context.functionName);

    const tracing = tracer.isTracingEnabled();
    const segment = tracing ? tracer.getSegment() : undefined;
    const subsegment = segment?.addNewSubsegment(`## ${options.name}`);
    if (subsegment) {
      tracer.setSegment(subsegment);
      tracer.annotateColdStart();
      tracer.addServiceNameAnnotation();
    }
    try {
      return await handler(event, context);
    } catch (error) {
      if (subsegment) tracer.addErrorAsMetadata(error as Error);
      throw error;
    } finally {
      subsegment?.close();
      if (segment) tracer.setSegment(segment);
      metrics.publishStoredMetrics();
    }
  };
}
