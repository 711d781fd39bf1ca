import { existsSync } from 'node:fs';
import path from 'node:path';
import { type RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { BUNDLE_TARGETS, deployedBytes, MAX_BUNDLE_BYTES } from '../../scripts/bundle.ts';
import { NODE_MAJOR } from '../../scripts/node-runtime.ts';
import type { FunctionSizing } from '../stage-config.ts';

/**
 * Context key: the directory `scripts/bundle.ts` wrote (laid out like `dist/`:
 * `lambda/<name>/index.mjs`). infra/bin/tasklane.ts builds the bundles and sets it before
 * synthesis, so what CDK uploads is exactly the artifact the bundle tests invoke.
 */
export const BUNDLE_DIR_CONTEXT = 'tasklane:bundleDir';

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
 * A Lambda function with the project's defaults: Node.js (scripts/node-runtime.ts) on arm64, the ESM bundle of
 * scripts/bundle.ts with source maps, X-Ray tracing, its own log group with a retention, and
 * its own execution role (`<functionName>-execution-role`) that may only write to that log
 * group (grants for everything else are added by the stack, one by one).
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
      roleName: `${props.functionName}-execution-role`,
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.functionName}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new lambda.Function(this, 'Function', {
      functionName: props.functionName,
      description: props.description,
      runtime: nodeRuntime(),
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.sizing.memorySize,
      timeout: props.sizing.timeout,
      tracing: lambda.Tracing.ACTIVE,
      logGroup: this.logGroup,
      role: this.role,
      code: lambda.Code.fromAsset(bundleDirectory(scope, props.bundle)),
      handler: 'index.handler',
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
    });

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions; AWS requires "*".',
    });
  }
}

/** The Lambda runtime of the Node major the bundles target and the tests run on. */
function nodeRuntime(): lambda.Runtime {
  const runtime = lambda.Runtime.ALL.find((candidate) => candidate.name === `nodejs${NODE_MAJOR}.x`);
  if (!runtime) throw new Error(`This aws-cdk-lib knows no Lambda runtime nodejs${NODE_MAJOR}.x`);
  return runtime;
}

/**
 * The directory of one Lambda bundle, refused when it is missing or over the size budget:
 * the budget applies to the very JavaScript that is uploaded (the entry and its chunks).
 */
function bundleDirectory(scope: Construct, name: TasklaneFunctionProps['bundle']): string {
  const root: unknown = scope.node.tryGetContext(BUNDLE_DIR_CONTEXT);
  if (typeof root !== 'string' || root.length === 0) {
    throw new Error(
      `No Lambda bundles: set -c ${BUNDLE_DIR_CONTEXT}=<dir> or synthesize through infra/bin/tasklane.ts, which runs scripts/bundle.ts first`,
    );
  }
  const file = path.join(path.resolve(root), BUNDLE_TARGETS[name].outFile);
  if (!existsSync(file)) throw new Error(`No ${name} bundle at ${file} (run npm run bundle)`);
  const bytes = deployedBytes(file);
  if (bytes > MAX_BUNDLE_BYTES) {
    throw new Error(
      `The ${name} bundle is ${bytes} bytes, over the ${MAX_BUNDLE_BYTES}-byte budget: ${file}`,
    );
  }
  return path.dirname(file);
}
