import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TABLE_KEYS } from '#data/table';
import { STREAM_FILTERS } from '#jobs/job-handlers';
import type { StageConfig } from '../stage-config.ts';
import type { TasklaneFunction } from './tasklane-function.ts';

export interface StreamWorkerProps {
  config: StageConfig;
  table: dynamodb.ITable;
  worker: TasklaneFunction;
}

/**
 * Feeds the worker from the table's stream: only the records some consumer subscribes to pass
 * the filter (`STREAM_FILTERS`); failing records are bisected and retried a bounded number of times, then their
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
        filters: groupedFilters().map((group) =>
          lambda.FilterCriteria.filter({
            ...(group.eventName ? { eventName: lambda.FilterRule.isEqual(group.eventName) } : {}),
            dynamodb: {
              [group.image]: { [TABLE_KEYS.entityTag]: { S: group.entityTags } },
            },
          }),
        ),
      }),
    );
  }
}

/**
 * `STREAM_FILTERS` as few filter patterns as possible: one per event name and image, listing the
 * entity tags (an event source mapping takes 5 filters unless the quota is raised).
 */
function groupedFilters(): Array<{ eventName?: string; image: string; entityTags: string[] }> {
  const groups = new Map<string, { eventName?: string; image: string; entityTags: string[] }>();
  for (const filter of STREAM_FILTERS) {
    const id = `${filter.eventName ?? '*'} ${filter.image}`;
    const group = groups.get(id) ?? {
      ...(filter.eventName ? { eventName: filter.eventName } : {}),
      image: filter.image,
      entityTags: [],
    };
    if (!group.entityTags.includes(filter.entityTag)) group.entityTags.push(filter.entityTag);
    groups.set(id, group);
  }
  return [...groups.values()];
}
