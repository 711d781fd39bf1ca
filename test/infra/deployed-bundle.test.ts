import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webSiteFixture } from '#test/support/infra';
import { BUNDLE_DIR_CONTEXT } from '../../infra/constructs/tasklane-function.ts';
import { WEB_DIR_CONTEXT } from '../../infra/constructs/web-hosting.ts';
import { bundle, deployedBytes, MAX_BUNDLE_BYTES } from '../../scripts/bundle.ts';

/**
 * Runs the CDK app the way the CDK CLI does (`cdk synth` sets CDK_OUTDIR and CDK_CONTEXT_JSON
 * and runs cdk.json's `app`), then checks that the code each function uploads is, byte for
 * byte, what scripts/bundle.ts builds — the files the Lambda bundle tests invoke.
 */
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'tasklane-deployed-'));
const assembly = path.join(work, 'cdk.out');
let synthOutput = '';
const sdkVersion = (
  JSON.parse(
    readFileSync(path.join(repoRoot, 'node_modules/@aws-sdk/client-dynamodb/package.json'), 'utf8'),
  ) as {
    version: string;
  }
).version;

type Template = { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
type AssetManifest = { files: Record<string, { source: { path: string; packaging: string } }> };

beforeAll(async () => {
  const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['infra/bin/tasklane.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      CDK_OUTDIR: assembly,
      CDK_CONTEXT_JSON: JSON.stringify({
        stage: 'prod',
        [BUNDLE_DIR_CONTEXT]: path.join(work, 'dist'),
        [WEB_DIR_CONTEXT]: webSiteFixture(),
      }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => {
    synthOutput += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    synthOutput += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the CDK app exited ${code}:\n${synthOutput}`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the Lambda code CDK deploys', () => {
  it('is the scripts/bundle.ts output, byte for byte, within the size budget', async () => {
    const template = JSON.parse(
      readFileSync(path.join(assembly, 'prod-tasklane.template.json'), 'utf8'),
    ) as Template;
    const assets = JSON.parse(
      readFileSync(path.join(assembly, 'prod-tasklane.assets.json'), 'utf8'),
    ) as AssetManifest;
    const fresh = await bundle({ outDir: path.join(work, 'fresh'), names: ['api', 'worker'] });

    // Ours are named; CDK's own deploy-time handlers (web app copy, key read) are not.
    const functions = Object.values(template.Resources).filter(
      (r) => r.Type === 'AWS::Lambda::Function' && r.Properties.FunctionName !== undefined,
    );
    const uploaded = new Map<string, string>();
    for (const fn of functions) {
      const key = (fn.Properties.Code as { S3Key: string }).S3Key;
      const asset = assets.files[key.replace(/\.zip$/, '')];
      if (!asset) throw new Error(`no asset for ${key}`);
      expect(asset.source.packaging).toBe('zip');
      expect(fn.Properties).toMatchObject({ Handler: 'index.handler', Runtime: 'nodejs24.x' });
      uploaded.set(String(fn.Properties.FunctionName), path.join(assembly, asset.source.path, 'index.mjs'));
    }
    expect([...uploaded.keys()].sort()).toEqual(
      [
        'prod-tasklane-handle-api-requests',
        'prod-tasklane-run-jobs',
        'prod-tasklane-deliver-webhooks',
      ].sort(),
    );

    // The webhook deliverer runs the worker bundle (its handler takes SQS events too).
    const byName = {
      api: ['prod-tasklane-handle-api-requests'],
      worker: ['prod-tasklane-run-jobs', 'prod-tasklane-deliver-webhooks'],
    };
    for (const built of fresh) {
      for (const name of byName[built.name as 'api' | 'worker']) {
        const file = uploaded.get(name) ?? '';
        expect(readFileSync(file).equals(readFileSync(built.file)), `${built.name} bundle`).toBe(true);
        // A split bundle's chunks are uploaded beside its entry, byte for byte too.
        const chunkDir = path.join(path.dirname(built.file), 'chunks');
        const chunks = existsSync(chunkDir) ? readdirSync(chunkDir) : [];
        for (const chunk of chunks) {
          const uploadedChunk = path.join(path.dirname(file), 'chunks', chunk);
          expect(readFileSync(uploadedChunk).equals(readFileSync(path.join(chunkDir, chunk))), chunk).toBe(
            true,
          );
        }
        expect(deployedBytes(file)).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
        // The SDK ships inside the bundle, at the version the tests ran, not the Lambda runtime's.
        expect(readFileSync(file, 'utf8')).toContain(
          `name:"@aws-sdk/client-dynamodb",version:"${sdkVersion}"`,
        );
        expect(statSync(`${file}.map`).isFile()).toBe(true);
      }
    }
  });

  it('passes cdk-nag with nothing unacknowledged', () => {
    const report = JSON.parse(readFileSync(path.join(assembly, 'validation-report.json'), 'utf8')) as {
      pluginReports: Array<{ violations: unknown[] }>;
    };
    expect(report.pluginReports.flatMap((plugin) => plugin.violations)).toEqual([]);
  });
});
