import { Duration, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';
import type { TasklaneFunction } from './tasklane-function.ts';

export interface WebhookDeliveryProps {
  config: StageConfig;
  /** The function that runs attempts (the worker bundle, fed by this queue). */
  deliverer: TasklaneFunction;
  /** Roles that hand due deliveries to the queue (the stream worker's). */
  senders: iam.IGrantable[];
  /** The delivery function's timeout: a message stays invisible six times as long (AWS's advice). */
  delivererTimeout: Duration;
}

/** Receives of one message before it is dead-lettered (each receive is an attempt or a re-queue). */
const MAX_RECEIVES = 5;

/**
 * The managed queue between the table's stream and webhook deliveries: the stream worker sends
 * each new place in the due queue (delayed up to SQS's 15 minutes); the delivery function
 * receives batches, attempts what is due, re-queues what is not yet, and reports failed messages
 * one by one. Messages that keep failing go to an encrypted dead-letter queue, alarmed on depth;
 * the queue is alarmed on the age of its oldest message (deliveries falling behind).
 */
export class WebhookDelivery extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetters: sqs.Queue;
  private readonly prefix: string;

  constructor(scope: Construct, id: string, props: WebhookDeliveryProps) {
    super(scope, id);
    const prefix = `${props.config.stage}-tasklane`;
    this.prefix = prefix;
    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      queueName: `${prefix}-webhook-deliveries-dlq`,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the webhook delivery queue.',
    });
    this.queue = new sqs.Queue(this, 'Queue', {
      queueName: `${prefix}-webhook-deliveries`,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(props.delivererTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: MAX_RECEIVES },
    });
    for (const sender of props.senders) this.queue.grantSendMessages(sender);
    // Not yet due (a backoff longer than 15 minutes): the deliverer sends the message on again.
    this.queue.grantSendMessages(props.deliverer.role);
    props.deliverer.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
      }),
    );
  }

  /** Alarms on dead-lettered deliveries and on a queue falling behind, to the stage's alarm topic. */
  alarmTo(topic: sns.ITopic): cloudwatch.Alarm[] {
    const prefix = `${this.prefix}-webhook-deliveries`;
    const alarms = [
      new cloudwatch.Alarm(this, 'DeadLetterDepth', {
        alarmName: `${prefix}-dlq-depth`,
        alarmDescription: 'Webhook delivery messages failed repeatedly and were dead-lettered.',
        metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
        threshold: 0,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'OldestMessageAge', {
        alarmName: `${prefix}-age`,
        alarmDescription:
          'Webhook deliveries are waiting longer than the longest delay a message is given (15 min) plus 15 min: the delivery function is not keeping up.',
        metric: this.queue.metricApproximateAgeOfOldestMessage({
          period: Duration.minutes(5),
          statistic: 'Maximum',
        }),
        threshold: 30 * 60,
        evaluationPeriods: 2,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    ];
    for (const alarm of alarms) alarm.addAlarmAction(new actions.SnsAction(topic));
    return alarms;
  }
}
