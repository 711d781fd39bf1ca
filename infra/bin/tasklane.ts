import path from 'node:path';
import { bundle } from '../../scripts/bundle.ts';
import { buildApp } from '../app.ts';
import { BUNDLE_DIR_CONTEXT } from '../constructs/tasklane-function.ts';
import { WEB_DIR_CONTEXT } from '../constructs/web-hosting.ts';

/**
 * `npx cdk synth -c stage=dev` (see cdk.json): builds the Lambda bundles with scripts/bundle.ts
 * (the same call the bundle tests make) into dist/ — or into `-c tasklane:bundleDir=<dir>` —
 * then synthesizes the stage over them and over the web app's build (web/dist, or
 * `-c tasklane:webDir=<dir>`).
 */
const cliContext = JSON.parse(process.env.CDK_CONTEXT_JSON ?? '{}') as Record<string, unknown>;
const root = path.join(import.meta.dirname, '..', '..');
const dirOf = (key: string, fallback: string): string => {
  const requested = cliContext[key];
  return path.resolve(typeof requested === 'string' && requested.length > 0 ? requested : fallback);
};
const bundleDir = dirOf(BUNDLE_DIR_CONTEXT, path.join(root, 'dist'));
await bundle({ outDir: bundleDir, names: ['api', 'worker'] });
buildApp({
  context: {
    [BUNDLE_DIR_CONTEXT]: bundleDir,
    [WEB_DIR_CONTEXT]: dirOf(WEB_DIR_CONTEXT, path.join(root, 'web', 'dist')),
  },
});
