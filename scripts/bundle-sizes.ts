/**
 * `npm run bundle:sizes`: the size of each Lambda bundle as deployed (AWS SDK inside) and
 * with `@aws-sdk/*` left to the Lambda runtime, then the heaviest inputs of the deployed API
 * bundle (esbuild's metafile). Exits 1 when a deployed bundle exceeds the budget.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BundleName, bundle, bytesByInput, MAX_BUNDLE_BYTES } from './bundle.ts';

const names: BundleName[] = ['api', 'worker'];
const dir = mkdtempSync(path.join(tmpdir(), 'tasklane-sizes-'));
try {
  const withSdk = await bundle({ outDir: path.join(dir, 'with-sdk'), names, metafile: true });
  const withoutSdk = await bundle({ outDir: path.join(dir, 'without-sdk'), names, externalSdk: true });
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(12);
  console.log(`${'bundle'.padEnd(8)}${'SDK bundled'.padStart(12)}${'SDK external'.padStart(14)}`);
  let tooBig = false;
  for (const name of names) {
    const bundled = withSdk.find((result) => result.name === name)?.bytes ?? 0;
    const external = withoutSdk.find((result) => result.name === name)?.bytes ?? 0;
    tooBig ||= bundled > MAX_BUNDLE_BYTES;
    console.log(`${name.padEnd(8)}${kib(bundled)}  ${kib(external)}`);
  }
  const api = withSdk.find((result) => result.name === 'api');
  if (api?.metafile) {
    console.log('\napi bundle, heaviest inputs:');
    for (const { input, bytes } of bytesByInput(api.metafile, api.file).slice(0, 25)) {
      console.log(`${kib(bytes)}  ${input}`);
    }
  }
  if (tooBig) {
    console.error(`A bundle exceeds ${MAX_BUNDLE_BYTES / 1024} KiB.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
