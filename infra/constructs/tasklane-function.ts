import path from 'node:path';
import { type RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { BUNDLE_TARGETS, ESM_REQUIRE_BANNER } from '../../scripts/bundle.ts';
import type { FunctionSizing } from '../stage-config.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/**
 * Context key: a directory laid out like `dist/` (`lambda/<name>/index.mjs`, from
 * `npm run bundle`). When set, functions use those files instead of bundling again —
 * the infra tests use it to stay fast; `cdk synth` and `cdk deploy` never set it.
 */
export const PREBUILT_BUNDLES_CONTEXT = 'tasklane:prebuiltBundles';

export interface TasklaneFunctionProps {
  functionName: string;
  description: string;
  /** Which bundle of scripts/bundle.ts this function runs. */
  bundle: 'api' | 'worker';
  sizing: FunctionSizing;
  environment: Record<string, string>;
  logRetentionDays: logs.RetentionDays;
  logRemovalPolicy: RemovalPolicy;
}

/**
 * A Lambda function with the project's defaults: Node.js 22 on arm64, ESM bundle with source
 * maps, X-Ray tracing, its own log group with a retention, and a role that may only write
 * to that log group (grants for everything else are added by the stack, one by one).
 */
export class TasklaneFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: TasklaneFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName: `/aws/lambda/${props.functionName}`,
      retention: props.logRetentionDays,
      removalPolicy: props.logRemovalPolicy,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.functionName}`,
    });
    this.logGroup.grantWrite(this.role);

    const common = {
      functionName: props.functionName,
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.sizing.memorySize,
      timeout: props.sizing.timeout,
      tracing: lambda.Tracing.ACTIVE,
      logGroup: this.logGroup,
      role: this.role,
      environment: props.environment,
    };
    const prebuilt: unknown = scope.node.tryGetContext(PREBUILT_BUNDLES_CONTEXT);
    this.function =
      typeof prebuilt === 'string'
        ? new lambda.Function(this, 'Function', {
            ...common,
            code: lambda.Code.fromAsset(path.join(path.resolve(prebuilt), 'lambda', props.bundle)),
            handler: 'index.handler',
            environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
          })
        : new NodejsFunction(this, 'Function', {
            ...common,
            entry: path.join(repoRoot, BUNDLE_TARGETS[props.bundle].entry),
            handler: 'handler',
            projectRoot: repoRoot,
            depsLockFilePath: path.join(repoRoot, 'package-lock.json'),
            bundling: {
              format: OutputFormat.ESM,
              target: BUNDLE_TARGETS[props.bundle].target,
              mainFields: ['module', 'main'],
              minify: true,
              sourceMap: true,
              sourcesContent: false,
              banner: ESM_REQUIRE_BANNER,
              // The runtime's SDK v3 (NodejsFunction's default): without esbuild plugins, which CDK
              // cannot pass, zod's locales would push a bundled-SDK API function to ~1 MB.
              externalModules: ['@aws-sdk/*'],
            },
          });

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions; AWS requires "*".',
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'The design fixes nodejs22.x (the runtime the bundles target and the tests run); moving to a newer runtime is a deliberate change.',
    });
  }
}
