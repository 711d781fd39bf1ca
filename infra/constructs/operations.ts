import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC, METRICS_NAMESPACE } from '#lib/metric-names';
import type { StageConfig } from '../stage-config.ts';

/** The API metrics the alarms and the dashboard read (a REST or an HTTP API has them all). */
export interface ApiMetrics {
  metricCount(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
  metricClientError(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
  metricServerError(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
  metricLatency(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
}

export interface OperationsProps {
  config: StageConfig;
  api: ApiMetrics;
  apiFunction: lambda.IFunction;
  worker: lambda.IFunction;
  table: dynamodb.ITable;
  deadLetters: sqs.IQueue;
  /** Optional e-mail for alarm notifications (`-c alarmEmail=...`). */
  alarmEmail?: string;
}

const FIVE_MINUTES = Duration.minutes(5);

/** Alarms on what needs a human (5xx rate, throttles, dead letters, worker errors) and a dashboard. */
export class Operations extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly topic: sns.Topic;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    const { config } = props;
    const prefix = `${config.stage}-tasklane`;
    // CloudWatch can only publish to a topic encrypted with a key whose policy lets it (not aws/sns).
    const key = new kms.Key(this, 'AlarmTopicKey', {
      description: `Encrypts ${prefix}-alarms`,
      enableKeyRotation: true,
    });
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        // In a key policy "*" means "this key"; a key policy cannot name its own ARN.
        resources: ['*'],
      }),
    );
    this.topic = new sns.Topic(this, 'AlarmTopic', {
      topicName: `${prefix}-alarms`,
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));

    const apiErrorRate = new cloudwatch.MathExpression({
      expression: '100 * errors / MAX([requests, 1])',
      usingMetrics: {
        errors: props.api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
        requests: props.api.metricCount({ period: FIVE_MINUTES, statistic: 'Sum' }),
      },
      label: 'API 5xx rate (%)',
      period: FIVE_MINUTES,
    });
    const throttles = new cloudwatch.MathExpression({
      expression: 'reads + writes',
      usingMetrics: {
        reads: props.table.metric('ReadThrottleEvents', { period: FIVE_MINUTES, statistic: 'Sum' }),
        writes: props.table.metric('WriteThrottleEvents', { period: FIVE_MINUTES, statistic: 'Sum' }),
      },
      label: 'DynamoDB throttled requests',
      period: FIVE_MINUTES,
    });
    const deadLetters = props.deadLetters.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES });
    const workerErrors = props.worker.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' });

    this.alarm(
      'ApiServerErrorRate',
      `${prefix}-api-5xx-rate`,
      apiErrorRate,
      1,
      'More than 1% of API requests answered 5xx.',
      2,
    );
    this.alarm(
      'TableThrottles',
      `${prefix}-dynamodb-throttles`,
      throttles,
      0,
      'DynamoDB throttled requests.',
    );
    this.alarm(
      'DeadLetters',
      `${prefix}-worker-dlq-depth`,
      deadLetters,
      0,
      'Stream records gave up and were dead-lettered.',
    );
    this.alarm(
      'WorkerErrors',
      `${prefix}-worker-errors`,
      workerErrors,
      0,
      'The stream worker failed invocations.',
    );

    const appMetric = (name: string, statistic = 'Sum') =>
      new cloudwatch.Metric({
        namespace: METRICS_NAMESPACE,
        metricName: name,
        dimensionsMap: { service: 'tasklane', stage: config.stage },
        statistic,
        period: FIVE_MINUTES,
      });
    new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `${prefix}-operations`,
      widgets: [
        [
          graph('API requests', [props.api.metricCount({ period: FIVE_MINUTES })]),
          graph('API errors', [
            props.api.metricClientError({ period: FIVE_MINUTES }),
            props.api.metricServerError({ period: FIVE_MINUTES }),
          ]),
          graph('API latency p50/p99 (ms)', [
            props.api.metricLatency({ period: FIVE_MINUTES, statistic: 'p50' }),
            props.api.metricLatency({ period: FIVE_MINUTES, statistic: 'p99' }),
          ]),
        ],
        [
          graph('Lambda errors', [props.apiFunction.metricErrors(), workerErrors]),
          graph('Lambda duration p99 (ms)', [
            props.apiFunction.metricDuration({ statistic: 'p99' }),
            props.worker.metricDuration({ statistic: 'p99' }),
          ]),
          graph('Lambda throttles', [props.apiFunction.metricThrottles(), props.worker.metricThrottles()]),
        ],
        [
          graph('DynamoDB throttles', [throttles]),
          graph('Stream records', [
            appMetric(METRIC.streamRecordsHandled),
            appMetric(METRIC.streamRecordsSkipped),
            appMetric(METRIC.streamRecordsFailed),
          ]),
          graph('Dead letters', [deadLetters]),
        ],
      ],
    });
  }

  private alarm(
    id: string,
    alarmName: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    description: string,
    evaluationPeriods = 1,
  ): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmName,
      alarmDescription: description,
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}

function graph(title: string, left: cloudwatch.IMetric[]): cloudwatch.GraphWidget {
  return new cloudwatch.GraphWidget({ title, left, width: 8 });
}
