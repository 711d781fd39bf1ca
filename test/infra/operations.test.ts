import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNTH_TIMEOUT_MS, type Synthesized, synthStage } from '#test/support/infra';

let staging: Synthesized;
// Synthesis bundles the functions and runs cdk-nag over every API method: minutes on a loaded machine.
beforeAll(async () => {
  staging = await synthStage('staging', { alarmEmail: 'oncall@example.com' });
}, SYNTH_TIMEOUT_MS);

/** Types whose CloudFormation schema has no Tags property. */
const UNTAGGABLE = new Set([
  'AWS::ApiGateway::Account',
  'AWS::ApiGateway::Authorizer',
  'AWS::ApiGateway::Deployment',
  'AWS::ApiGateway::GatewayResponse',
  'AWS::ApiGateway::Method',
  'AWS::ApiGateway::RequestValidator',
  'AWS::ApiGateway::Resource',
  'AWS::ApiGateway::UsagePlanKey',
  'AWS::WAFv2::WebACLAssociation',
  'AWS::Cognito::UserPoolClient',
  'AWS::Cognito::UserPoolDomain',
  'AWS::Cognito::UserPoolGroup',
  'AWS::IAM::Policy',
  'AWS::Lambda::Permission',
  'AWS::S3::BucketPolicy',
  'AWS::SQS::QueuePolicy',
  'AWS::SNS::TopicPolicy',
  'AWS::SNS::Subscription',
  'AWS::CloudWatch::Dashboard',
  'AWS::CDK::Metadata',
  // The web app's hosting: CloudFormation takes no tags on these, nor on custom resources.
  'AWS::CloudFront::ResponseHeadersPolicy',
  'AWS::CloudFront::OriginAccessControl',
  'AWS::Lambda::LayerVersion',
  'Custom::CDKBucketDeployment',
  'Custom::AWS',
]);

describe('operations', () => {
  it('alarms on the API 5xx rate, DynamoDB throttles, dead letters and worker errors, to an encrypted topic', () => {
    for (const name of ['api-5xx-rate', 'dynamodb-throttles', 'worker-dlq-depth', 'worker-errors']) {
      staging.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `staging-tasklane-${name}`,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [{ Ref: Match.stringLikeRegexp('^OperationsAlarmTopic') }],
      });
    }
    staging.template.hasResourceProperties('AWS::SNS::Topic', {
      TopicName: 'staging-tasklane-alarms',
      KmsMasterKeyId: Match.anyValue(),
    });
    staging.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.com',
    });
    staging.template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('has a dashboard', () => {
    staging.template.hasResourceProperties('AWS::CloudWatch::Dashboard', {
      DashboardName: 'staging-tasklane-operations',
    });
  });

  it('tags every taggable resource with Project, Stage, Owner and CostCenter', () => {
    const tagged = Object.entries(staging.json.Resources).filter(
      ([, resource]) => !UNTAGGABLE.has(resource.Type),
    );
    expect(tagged.length).toBeGreaterThan(15);
    for (const [id, resource] of tagged) {
      const raw = resource.Properties?.Tags ?? resource.Properties?.UserPoolTags;
      const tags = Array.isArray(raw)
        ? Object.fromEntries(
            (raw as Array<{ Key: string; Value: string }>).map((tag) => [tag.Key, tag.Value]),
          )
        : (raw as Record<string, string> | undefined);
      expect({ id, tags }).toMatchObject({
        id,
        tags: { Project: 'Tasklane', Stage: 'staging', Owner: 'tasklane-team', CostCenter: 'engineering' },
      });
    }
  });

  it('names resources <stage>-tasklane-…', () => {
    const names = Object.values(staging.json.Resources).flatMap((resource) => {
      const props = resource.Properties ?? {};
      return [
        'TableName',
        'FunctionName',
        'QueueName',
        'TopicName',
        'Name',
        'UserPoolName',
        'AlarmName',
        'DashboardName',
      ]
        .map((key) => props[key])
        .filter((value): value is string => typeof value === 'string');
    });
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(name).toMatch(/^staging-tasklane-/);
  });
});
