import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  lambdaBundles,
  resourcesOfType,
  SYNTH_TIMEOUT_MS,
  type Synthesized,
  synthStage,
} from '#test/support/infra';
import { buildApp } from '../../infra/app.ts';
import { BUNDLE_DIR_CONTEXT } from '../../infra/constructs/tasklane-function.ts';
import { STAGE_ENVIRONMENTS } from '../../infra/stage-config.ts';

let staging: Synthesized;
beforeAll(async () => {
  staging = await synthStage('staging');
}, SYNTH_TIMEOUT_MS);

describe('physical names', () => {
  it('name each function <stage>-tasklane-<verb>-<noun>, with its own <function>-execution-role', () => {
    // CDK's own deploy-time handlers (copying the web app, reading its key) carry no name of ours.
    const functions = resourcesOfType(staging, 'AWS::Lambda::Function').filter(
      ([, fn]) => fn.Properties.FunctionName !== undefined,
    );
    const roles = new Map(resourcesOfType(staging, 'AWS::IAM::Role').map(([id, role]) => [id, role]));
    expect(functions.map(([, fn]) => fn.Properties.FunctionName).sort()).toEqual([
      'staging-tasklane-deliver-webhooks',
      'staging-tasklane-handle-api-requests',
      'staging-tasklane-run-jobs',
    ]);
    const roleIds = functions.map(
      ([, fn]) => (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0],
    );
    expect(new Set(roleIds).size).toBe(functions.length);
    functions.forEach(([, fn], index) => {
      const role = roles.get(roleIds[index] ?? '');
      expect(role?.Properties.RoleName).toBe(`${String(fn.Properties.FunctionName)}-execution-role`);
      expect(String(role?.Properties.RoleName).length).toBeLessThanOrEqual(64);
    });
  });

  it('prefix the table, queue, secret and API with <stage>-tasklane-', () => {
    const names = [
      ...resourcesOfType(staging, 'AWS::DynamoDB::Table').map(([, r]) => r.Properties.TableName),
      ...resourcesOfType(staging, 'AWS::SQS::Queue').map(([, r]) => r.Properties.QueueName),
      ...resourcesOfType(staging, 'AWS::SecretsManager::Secret').map(([, r]) => r.Properties.Name),
      ...resourcesOfType(staging, 'AWS::ApiGateway::RestApi').map(([, r]) => r.Properties.Name),
    ];
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) expect(name).toMatch(/^staging-tasklane-[a-z0-9-]+$/);
  });
});

describe('the stage → account map', () => {
  it('pins each stack to its stage account and region', () => {
    expect(staging.app.node.findAll().find((c) => c.node.id === 'staging-tasklane')).toMatchObject({
      account: STAGE_ENVIRONMENTS.staging.account,
      region: STAGE_ENVIRONMENTS.staging.region,
    });
  });

  it(
    'refuses a stage with another account or region',
    async () => {
      const context = { stage: 'prod', [BUNDLE_DIR_CONTEXT]: await lambdaBundles() };
      const outdir = mkdtempSync(path.join(tmpdir(), 'tasklane-cdk-guard-'));
      expect(() =>
        buildApp({ outdir, context: { ...context, account: STAGE_ENVIRONMENTS.dev.account } }),
      ).toThrow(
        `Stage prod deploys to account ${STAGE_ENVIRONMENTS.prod.account} only; account ${STAGE_ENVIRONMENTS.dev.account} is refused`,
      );
      expect(() => buildApp({ outdir, context: { ...context, region: 'us-east-1' } })).toThrow(
        /region us-east-1 is refused/,
      );
    },
    SYNTH_TIMEOUT_MS,
  );
});
