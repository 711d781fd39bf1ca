import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * X-Ray tracing through Powertools. Outside Lambda (or with POWERTOOLS_TRACE_ENABLED=false)
 * the tracer is inert and `captureAWSv3Client` returns the client untouched, so the same
 * wiring runs in tests. Only the Lambda entries create one; the Node server does not trace.
 */
export function createTracer(serviceName: string): Tracer {
  return new Tracer({ serviceName });
}

/** Adds X-Ray subsegments to every call an AWS SDK v3 client makes. */
export function traceClient(tracer: Tracer): <T>(client: T) => T {
  return function captureClient<T>(client: T): T {
    return tracer.captureAWSv3Client(client);
  };
}
