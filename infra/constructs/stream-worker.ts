import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TABLE_KEYS } from '#data/dynamodb/table';
import { STREAM_FILTERS } from '#worker/stream/stream-consumers';
import type { StreamFilter } from '#worker/stream/stream-dispatcher';
import type { StageConfig } from '../stage-config.ts';
import type { TasklaneFunction } from './tasklane-function.ts';

export interface StreamWorkerProps {
  config: StageConfig;
  table: dynamodb.ITable;
  worker: TasklaneFunction;
}

/**
 * Feeds the worker from the table's stream: only job images and project removals pass the
 * filter (`STREAM_FILTERS`); failing records are bisected and retried a bounded number of times, then their
 * stream coordinates go to an encrypted SQS queue for inspection and replay.
 */
export class StreamWorker extends Construct {
  readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: StreamWorkerProps) {
    super(scope, id);
    const { config } = props;
    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      queueName: `${config.stage}-tasklane-worker-dlq`,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the on-failure destination (dead-letter queue) of the stream worker.',
    });

    props.worker.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: config.worker.batchSize,
        maxBatchingWindow: Duration.seconds(1),
        bisectBatchOnError: true,
        retryAttempts: config.worker.retryAttempts,
        maxRecordAge: Duration.hours(6),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetters),
        filters: filterPatterns(STREAM_FILTERS).map(({ eventName, image, entityTags }) =>
          lambda.FilterCriteria.filter({
            ...(eventName ? { eventName: lambda.FilterRule.isEqual(eventName) } : {}),
            dynamodb: { [image]: { [TABLE_KEYS.entityTag]: { S: entityTags } } },
          }),
        ),
      }),
    );
  }
}

/**
 * The filters as event-source patterns, those on the same event and image merged into one
 * pattern listing every tag (a pattern's value list is an OR): an event source mapping takes
 * at most 5 filters, and the consumers subscribe to more kinds of record than that.
 */
export function filterPatterns(filters: readonly StreamFilter[]) {
  const patterns = new Map<string, { eventName?: string; image: string; entityTags: string[] }>();
  for (const filter of filters) {
    const key = `${filter.eventName ?? '*'} ${filter.image}`;
    const pattern = patterns.get(key) ?? {
      ...(filter.eventName ? { eventName: filter.eventName } : {}),
      image: filter.image,
      entityTags: [],
    };
    if (!pattern.entityTags.includes(filter.entityTag)) pattern.entityTags.push(filter.entityTag);
    patterns.set(key, pattern);
  }
  return [...patterns.values()];
}
