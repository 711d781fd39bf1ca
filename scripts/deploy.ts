/**
 * `npm run deploy -- <stage> [options]`: the only way a stage is deployed.
 *
 * 1. Synthesizes the stage (bundles, cdk-nag) into cdk.out/<stage>; that assembly, and nothing
 *    rebuilt later, is what gets diffed and deployed.
 * 2. Shows `cdk diff` against the deployed stack and classifies it: security broadening (IAM,
 *    security groups) and replacement or removal of a stateful resource.
 * 3. Asks before either (refuses both in --ci without a person to ask), refuses prod without
 *    `--confirm prod` (or typing `prod`), then deploys through a CloudFormation change set.
 *
 * Options: --dry-run (synth and diff only; without AWS credentials, says so in one line),
 * --diff-only [--diff-file F], --ci (no prompts), --confirm <stage>, --outputs-file F,
 * -c key=value (CDK context for the synth, e.g. corsOrigins, alarmEmail).
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { DEPLOY_STAGES, type DeployStage } from '../infra/stage-config.ts';

/** Resources whose replacement or removal loses data or identities. */
export const STATEFUL_TYPES = [
  'AWS::DynamoDB::Table',
  'AWS::S3::Bucket',
  'AWS::Cognito::UserPool',
  'AWS::SecretsManager::Secret',
  'AWS::SQS::Queue',
  'AWS::Logs::LogGroup',
  'AWS::KMS::Key',
] as const;

export interface DiffRisks {
  /** `[~] TYPE path id replace` or `[-] TYPE path id` lines for stateful types. */
  statefulChanges: string[];
  /** The diff has an IAM statement or security group change section. */
  broadening: boolean;
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Reads `cdk diff` output: which stateful resources it replaces or removes, and whether it broadens security. */
export function classifyDiff(output: string): DiffRisks {
  const lines = output.replace(ANSI, '').split('\n');
  const statefulChanges = lines.filter((line) => {
    const match = /^\[([-~])\] (AWS::\S+) /.exec(line.trim());
    if (!match) return false;
    const [, change, type] = match;
    if (!(STATEFUL_TYPES as readonly string[]).includes(type ?? '')) return false;
    return change === '-' || /\b(replace|may be replaced|requires replacement)\b/.test(line);
  });
  const broadening = lines.some((line) =>
    /^(IAM Statement Changes|IAM Policy Changes|Security Group Changes)/.test(line.trim()),
  );
  return { statefulChanges: statefulChanges.map((line) => line.trim()), broadening };
}

/** Whether the SDK's default chain has anything to find, without touching the network. */
export function hasAwsCredentials(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(
    (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) ||
      env.AWS_PROFILE ||
      env.AWS_WEB_IDENTITY_TOKEN_FILE ||
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI ||
      env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI ||
      existsSync(env.AWS_SHARED_CREDENTIALS_FILE ?? path.join(homedir(), '.aws', 'credentials')) ||
      existsSync(env.AWS_CONFIG_FILE ?? path.join(homedir(), '.aws', 'config')),
  );
}

const repoRoot = path.resolve(import.meta.dirname, '..');
const cdkBin = path.join(repoRoot, 'node_modules', '.bin', 'cdk');

/** Runs the CDK CLI; never consults the EC2 metadata service (no network but AWS's APIs). */
function cdk(args: string[], options: { capture?: boolean } = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cdkBin, args, {
      cwd: repoRoot,
      env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' },
      stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function ask(question: string): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await prompt.question(question)).trim();
  } finally {
    prompt.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'diff-only': { type: 'boolean', default: false },
      'diff-file': { type: 'string' },
      ci: { type: 'boolean', default: false },
      confirm: { type: 'string' },
      'outputs-file': { type: 'string' },
      context: { type: 'string', short: 'c', multiple: true },
    },
  });
  const stage = positionals[0] ?? '';
  if (!(DEPLOY_STAGES as readonly string[]).includes(stage)) {
    fail(`Usage: npm run deploy -- <${DEPLOY_STAGES.join('|')}> [--dry-run] [--confirm <stage>]`);
  }
  const stackName = `${stage as DeployStage}-tasklane`;
  const assembly = path.join('cdk.out', stage);
  const interactive = !values.ci && process.stdin.isTTY === true;
  const diffOnly = values['dry-run'] || values['diff-only'];

  if (stage === 'prod' && !diffOnly && values.confirm !== 'prod') {
    if (!interactive) fail('Refusing to deploy prod without --confirm prod.');
    if ((await ask('Deploying to prod. Type "prod" to go on: ')) !== 'prod')
      fail('Not confirmed; nothing deployed.');
  }

  console.log(`Synthesizing ${stackName} into ${assembly} …`);
  const extraContext = (values.context ?? []).flatMap((entry) => ['-c', entry]);
  const synth = await cdk([
    'synth',
    '-c',
    `stage=${stage}`,
    ...extraContext,
    '--quiet',
    '--output',
    assembly,
  ]);
  if (synth.code !== 0) fail(`cdk synth failed for ${stage}; nothing deployed.`);

  if (!hasAwsCredentials()) {
    const line = `No AWS credentials: synthesized ${stackName} into ${assembly}, but cannot diff it against the deployed stack.`;
    if (diffOnly) {
      if (values['diff-file']) writeFileSync(values['diff-file'], `${line}\n`);
      console.log(line);
      return;
    }
    fail(line);
  }

  const diff = await cdk(['diff', '--app', assembly, stackName, '--context-lines', '2'], { capture: true });
  if (values['diff-file']) writeFileSync(values['diff-file'], diff.output.replace(ANSI, ''));
  if (diff.code !== 0) fail(`cdk diff failed for ${stackName}; nothing deployed.`);
  if (diffOnly) return;

  const risks = classifyDiff(diff.output);
  const warnings = [
    ...(risks.broadening ? ['It broadens or changes IAM permissions or security groups (see above).'] : []),
    ...risks.statefulChanges.map((line) => `It replaces or removes a stateful resource: ${line}`),
  ];
  if (warnings.length > 0) {
    for (const warning of warnings) console.warn(`! ${warning}`);
    if (risks.statefulChanges.length > 0 && !interactive) {
      fail('Refusing to replace or remove a stateful resource without a person to confirm it.');
    }
    if (interactive && (await ask('Deploy anyway? [y/N] ')).toLowerCase() !== 'y') fail('Nothing deployed.');
  }

  const deploy = await cdk([
    'deploy',
    '--app',
    assembly,
    stackName,
    '--method',
    'change-set',
    // In CI the reviewers approved this diff (the environment's approval); here, the person above.
    '--require-approval',
    interactive ? 'broadening' : 'never',
    ...(values['outputs-file'] ? ['--outputs-file', values['outputs-file']] : []),
  ]);
  if (deploy.code !== 0)
    fail(`cdk deploy failed for ${stackName}; CloudFormation rolled the change set back.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
