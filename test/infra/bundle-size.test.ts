import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundle, MAX_BUNDLE_BYTES } from '../../scripts/bundle.ts';

const outDir = mkdtempSync(path.join(tmpdir(), 'tasklane-size-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('Lambda bundles with the AWS SDK inside', () => {
  it('stay within the bundle budget each', async () => {
    const results = await bundle({ outDir, names: ['api', 'worker'] });
    for (const result of results) {
      expect(result.bytes, `${result.name} bundle`).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
    }
  });

  it('carry only environment credentials (the default chain is swapped out for Lambda)', () => {
    const api = readFileSync(path.join(outDir, 'lambda/api/index.mjs'), 'utf8');
    expect(existsSync(path.join(outDir, 'lambda/api/index.mjs.map'))).toBe(true);
    expect(api).toContain('AWS_SECRET_ACCESS_KEY');
    expect(api).not.toContain('AWS_WEB_IDENTITY_TOKEN_FILE');
  });
});
