import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNTH_TIMEOUT_MS, type Synthesized, synthStage } from '#test/support/infra';

let staging: Synthesized;
// Synthesis bundles the functions and runs cdk-nag: minutes on a loaded machine.
beforeAll(async () => {
  staging = await synthStage('staging');
}, SYNTH_TIMEOUT_MS);

const logicalIdOf = (type: string, properties: Record<string, unknown>) => {
  const found = Object.keys(staging.template.findResources(type, { Properties: properties }));
  expect(found, `${type} ${JSON.stringify(properties)}`).toHaveLength(1);
  return found[0] as string;
};

describe('webhook delivery on AWS', () => {
  it('puts an encrypted SQS queue with a dead-letter queue between the stream worker and the deliveries', () => {
    const dlq = logicalIdOf('AWS::SQS::Queue', { QueueName: 'staging-tasklane-webhook-deliveries-dlq' });
    staging.template.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'staging-tasklane-webhook-deliveries',
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] }, maxReceiveCount: 5 },
    });
  });

  it('feeds the delivery function from the queue, with partial batch failures', () => {
    const queue = logicalIdOf('AWS::SQS::Queue', { QueueName: 'staging-tasklane-webhook-deliveries' });
    const deliverer = logicalIdOf('AWS::Lambda::Function', {
      FunctionName: 'staging-tasklane-deliver-webhooks',
    });
    staging.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queue, 'Arn'] },
      FunctionName: { Ref: deliverer },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    // Both the stream worker (hands deliveries over) and the deliverer (re-queues what is not due) know the queue.
    for (const name of ['staging-tasklane-run-jobs', 'staging-tasklane-deliver-webhooks']) {
      staging.template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: name,
        Environment: {
          Variables: Match.objectLike({
            WEBHOOK_QUEUE_URL: { Ref: queue },
            WEBHOOK_SECRET_KEY: Match.anyValue(),
          }),
        },
      });
    }
  });

  it('alarms on dead-lettered deliveries and on a queue falling behind', () => {
    staging.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: Match.stringLikeRegexp('webhook-deliveries-dlq-depth'),
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 0,
      AlarmActions: Match.anyValue(),
    });
    staging.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: Match.stringLikeRegexp('webhook-deliveries-age'),
      MetricName: 'ApproximateAgeOfOldestMessage',
      AlarmActions: Match.anyValue(),
    });
  });

  it('passes cdk-nag', () => {
    expect(staging.violations).toEqual([]);
  });
});
