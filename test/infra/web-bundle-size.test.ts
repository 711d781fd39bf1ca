import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebApp, type InitialJs, initialJavaScript } from '../../scripts/web/build.ts';

/** The web app's budget: what a first visit downloads before the sign-in screen, gzipped. */
const MAX_INITIAL_JS_GZIP_BYTES = 150 * 1024;

const outDir = mkdtempSync(path.join(tmpdir(), 'tasklane-web-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the web app build', () => {
  let initial: InitialJs;
  beforeAll(async () => {
    await buildWebApp(outDir);
    initial = initialJavaScript(outDir);
  });

  it('loads at most 150 KB of JavaScript (gzipped) on a first visit', () => {
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    console.log(
      `web initial JS: ${kib(initial.gzipBytes)} gzipped (${initial.files.map((file) => `${file.file} ${kib(file.bytes)} → ${kib(file.gzipBytes)}`).join(', ')})`,
    );
    expect(initial.files.length).toBeGreaterThan(0);
    expect(initial.gzipBytes).toBeLessThanOrEqual(MAX_INITIAL_JS_GZIP_BYTES);
  });

  it('keeps the Hosted UI sign-in (the OIDC client) out of the first download', () => {
    expect(initial.files.map((file) => file.file).join(' ')).not.toMatch(/oidc/);
  });
});
