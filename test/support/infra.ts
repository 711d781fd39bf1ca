import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/app.ts';
import { BUNDLE_DIR_CONTEXT } from '../../infra/constructs/tasklane-function.ts';
import { WEB_DIR_CONTEXT } from '../../infra/constructs/web-hosting.ts';
import type { DeployStage } from '../../infra/stage-config.ts';
import { bundle } from '../../scripts/bundle.ts';

let built: Promise<string> | undefined;

/** The Lambda bundles of scripts/bundle.ts, built once per test file, as infra/bin/tasklane.ts does. */
export function lambdaBundles(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tasklane-infra-bundles-'));
    await bundle({ outDir: dir, names: ['api', 'worker'] });
    return dir;
  })();
  return built;
}

let site: string | undefined;

/**
 * A stand-in for the web app's build (an index.html and one hashed asset): the template tests
 * check how the site is hosted, not the app, which the browser tests build and drive.
 */
export function webSiteFixture(): string {
  if (site) return site;
  const dir = mkdtempSync(path.join(tmpdir(), 'tasklane-infra-web-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><script type="module" src="/assets/app-0a1b2c.js"></script>',
  );
  writeFileSync(path.join(dir, 'assets', 'app-0a1b2c.js'), 'document.title = "Tasklane";');
  site = dir;
  return dir;
}

export interface Synthesized {
  app: App;
  template: Template;
  /** The raw CloudFormation template. */
  json: {
    Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; [key: string]: unknown }>;
  };
  assemblyDir: string;
  /** Findings cdk-nag (and CDK's own validation) reported, acknowledged ones excluded. */
  violations: Array<{ ruleName: string; severity: string; paths: string[] }>;
}

/** Synthesizes one stage exactly as `cdk synth -c stage=…` does, with cdk-nag, into a temp dir. */
export async function synthStage(
  stage: DeployStage,
  context: Record<string, string> = {},
): Promise<Synthesized> {
  const outdir = mkdtempSync(path.join(tmpdir(), `tasklane-cdk-${stage}-`));
  const bundles = { [BUNDLE_DIR_CONTEXT]: await lambdaBundles(), [WEB_DIR_CONTEXT]: webSiteFixture() };
  const { app, stack } = buildApp({ outdir, context: { stage, ...bundles, ...context } });
  const assembly = app.synth();
  const template = Template.fromStack(stack);
  return {
    app,
    template,
    json: template.toJSON() as Synthesized['json'],
    assemblyDir: assembly.directory,
    violations: readViolations(assembly.directory),
  };
}

function readViolations(dir: string): Synthesized['violations'] {
  const file = path.join(dir, 'validation-report.json');
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    pluginReports: Array<{
      violations: Array<{
        ruleName: string;
        severity: string;
        violatingConstructs: Array<{ constructPath: string }>;
      }>;
    }>;
  };
  return report.pluginReports.flatMap((plugin) =>
    plugin.violations.map((violation) => ({
      ruleName: violation.ruleName,
      severity: violation.severity,
      paths: violation.violatingConstructs.map((construct) => construct.constructPath),
    })),
  );
}

/** Resources of one CloudFormation type, by logical id. */
export function resourcesOfType(
  synth: Synthesized,
  type: string,
): Array<[string, { Type: string; Properties: Record<string, unknown> }]> {
  return Object.entries(synth.json.Resources)
    .filter(([, resource]) => resource.Type === type)
    .map(([id, resource]) => [id, { Type: resource.Type, Properties: resource.Properties ?? {} }]);
}

/** Synthesis with cdk-nag takes seconds alone and minutes on a loaded machine: hooks and tests that synthesize get this bound. */
export const SYNTH_TIMEOUT_MS = 300_000;
