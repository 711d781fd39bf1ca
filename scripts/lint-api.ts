import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApiDocument } from './client.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);

/**
 * Lints the document the app generates (not a copy) with Spectral (spectral:oas) and Redocly
 * CLI (recommended). Any error or warning fails; rules turned off say why in their config.
 */
export function lintApi(documentPath: string): void {
  execFileSync(
    bin('spectral'),
    ['lint', documentPath, '--ruleset', path.join(repoRoot, '.spectral.yaml'), '--fail-severity', 'warn'],
    { stdio: 'inherit' },
  );
  execFileSync(
    bin('redocly'),
    ['lint', documentPath, '--config', path.join(repoRoot, 'redocly.yaml'), '--max-problems', '50'],
    {
      stdio: 'inherit',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tasklane-openapi-'));
  try {
    const documentPath = path.join(dir, 'openapi.json');
    writeFileSync(documentPath, JSON.stringify(await openApiDocument(), null, 2));
    lintApi(documentPath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
