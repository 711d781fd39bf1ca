import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRIC, METRICS_NAMESPACE, ROUTE_DIMENSION } from './metric-names.ts';

export interface MetricsOptions {
  serviceName: string;
  stage: string;
}

/** Powertools Metrics writing CloudWatch EMF to stdout; flushed by the Lambda invocation wrapper. */
export function createMetrics(options: MetricsOptions): Metrics {
  return new Metrics({
    namespace: METRICS_NAMESPACE,
    serviceName: options.serviceName,
    defaultDimensions: { stage: options.stage },
  });
}

/** One finished HTTP request, as the metrics middleware sees it. */
export interface RequestSample {
  /** `GET /v1/projects/:projectId`, or `GET UNMATCHED` when no route matched. */
  route: string;
  status: number;
  durationMs: number;
}

export type RequestRecorder = (sample: RequestSample) => void;

/**
 * Records requests, 4xx, 5xx (as 0/1 so their Average is a rate) and latency per route.
 * It stores into the shared instance: a Lambda environment serves one request at a time,
 * and the invocation wrapper publishes (and clears dimensions) after every invocation.
 */
export function powertoolsRequestRecorder(metrics: Metrics): RequestRecorder {
  return function recordRequest(sample) {
    metrics.addDimension(ROUTE_DIMENSION, sample.route);
    metrics.addMetric(METRIC.requests, MetricUnit.Count, 1);
    metrics.addMetric(
      METRIC.clientErrors,
      MetricUnit.Count,
      sample.status >= 400 && sample.status < 500 ? 1 : 0,
    );
    metrics.addMetric(METRIC.serverErrors, MetricUnit.Count, sample.status >= 500 ? 1 : 0);
    metrics.addMetric(METRIC.latency, MetricUnit.Milliseconds, sample.durationMs);
  };
}
