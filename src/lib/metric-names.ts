/**
 * Names of the custom CloudWatch metrics (EMF) the service emits. The CDK app reads the
 * same constants for its alarms and dashboard, so a rename cannot silently orphan an alarm.
 */
export const METRICS_NAMESPACE = 'Tasklane';

export const METRIC = {
  requests: 'Requests',
  clientErrors: 'Errors4xx',
  serverErrors: 'Errors5xx',
  latency: 'Latency',
  streamRecordsHandled: 'StreamRecordsHandled',
  streamRecordsSkipped: 'StreamRecordsSkipped',
  streamRecordsFailed: 'StreamRecordsFailed',
} as const;

/** Dimension that carries `METHOD /matched/route/:param` — never the raw path (bounded cardinality). */
export const ROUTE_DIMENSION = 'route';
