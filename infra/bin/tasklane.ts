import path from 'node:path';
import { bundle } from '../../scripts/bundle.ts';
import { buildApp } from '../app.ts';
import { BUNDLE_DIR_CONTEXT } from '../constructs/tasklane-function.ts';

/**
 * `npx cdk synth -c stage=dev` (see cdk.json): builds the Lambda bundles with scripts/bundle.ts
 * (the same call the bundle tests make) into dist/ — or into `-c tasklane:bundleDir=<dir>` —
 * then synthesizes the stage over them.
 */
const cliContext = JSON.parse(process.env.CDK_CONTEXT_JSON ?? '{}') as Record<string, unknown>;
const requested = cliContext[BUNDLE_DIR_CONTEXT];
const bundleDir = path.resolve(
  typeof requested === 'string' && requested.length > 0
    ? requested
    : path.join(import.meta.dirname, '..', '..', 'dist'),
);
await bundle({ outDir: bundleDir, names: ['api', 'worker'] });
buildApp({ context: { [BUNDLE_DIR_CONTEXT]: bundleDir } });
