import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { TasklaneStack } from './stacks/tasklane-stack.ts';
import { stageConfig, stageEnvironment } from './stage-config.ts';

/**
 * The CDK app: one stack for the stage named by context (`-c stage=dev|staging|prod`), tags
 * on everything, cdk-nag AwsSolutions checks failing synthesis on any unacknowledged finding.
 * The stack is pinned to its stage's account and region (STAGE_ENVIRONMENTS); synth still
 * needs no AWS credentials and makes no lookups.
 */
export function buildApp(props: AppProps = {}): { app: App; stack: TasklaneStack } {
  const app = new App(props);
  const context = (key: string): string | undefined => {
    const value: unknown = app.node.tryGetContext(key);
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  };
  const config = stageConfig(context('stage') ?? 'dev', {
    corsOrigins: context('corsOrigins'),
    gatewayDataTrace: context('gatewayDataTrace'),
    search: context('search'),
    webCertificateArn: context('webCertificateArn'),
  });
  const env = stageEnvironment(config.stage, { account: context('account'), region: context('region') });
  const alarmEmail = context('alarmEmail');
  const stack = new TasklaneStack(app, `${config.stage}-tasklane`, {
    config,
    description: `Tasklane (${config.stage}): API, worker, table, user pool, files, web app`,
    env,
    ...(alarmEmail ? { alarmEmail } : {}),
  });
  Tags.of(app).add('Project', 'Tasklane');
  Tags.of(app).add('Stage', config.stage);
  Tags.of(app).add('Owner', config.tags.Owner);
  Tags.of(app).add('CostCenter', config.tags.CostCenter);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}
