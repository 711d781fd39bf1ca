import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lambdaRuntimeEnv, runBundle } from '#test/support/lambda';
import { stackContext } from '#test/support/stack';
import { bundle } from '../../../scripts/bundle.ts';

const outDir = mkdtempSync(path.join(tmpdir(), 'tasklane-object-store-bundle-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('object store in a Lambda bundle (the API bundle’s esbuild options, s3rver)', () => {
  it('presigns, heads, puts, uploads in parts and deletes exactly as the unbundled code does', async () => {
    const [built] = await bundle({
      outDir,
      names: ['api'],
      entries: { api: 'test/fixtures/lambda/object-store-round-trip.ts' },
    });
    const run = await runBundle(
      built?.file ?? '',
      {
        ...stackContext().environment,
        ...lambdaRuntimeEnv('test-tasklane-object-store'),
        AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? '',
        AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? '',
        DYNAMODB_TABLE_NAME: 'unused-by-this-entry',
        CURSOR_SECRET: 'lambda-test-cursor-secret-0123456789abcdef',
        STAGE: 'test',
        LOG_LEVEL: 'WARN',
      },
      [{ event: { prefix: `bundle-${Date.now().toString(36)}` }, context: {} }],
    );
    expect(run.results, run.stderr).toEqual([
      {
        ok: true,
        value: {
          presignedPut: 200,
          uploaded: { size: 5, contentType: 'text/plain' },
          downloaded: '{"x":1}',
          big: { size: 6 * 1024 * 1024, contentType: 'application/octet-stream' },
          afterDelete: [null, null, null],
        },
      },
    ]);
  });
});
