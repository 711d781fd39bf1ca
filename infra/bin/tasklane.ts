import path from 'node:path';
import { bundle } from '../../scripts/bundle.ts';
import { buildIsCurrent, buildWebApp, WEB_DIST } from '../../scripts/web/build.ts';
import { buildApp } from '../app.ts';
import { BUNDLE_DIR_CONTEXT } from '../constructs/tasklane-function.ts';
import { WEB_DIR_CONTEXT } from '../constructs/web-hosting.ts';

/**
 * `npx cdk synth -c stage=dev` (see cdk.json): builds the Lambda bundles with scripts/bundle.ts
 * (the same call the bundle tests make) into dist/ — or into `-c tasklane:bundleDir=<dir>` —
 * and the web app into web/dist unless `-c tasklane:webDir=<dir>` names a build, then
 * synthesizes the stage over them.
 */
const cliContext = JSON.parse(process.env.CDK_CONTEXT_JSON ?? '{}') as Record<string, unknown>;
const requested = (key: string): string | undefined => {
  const value = cliContext[key];
  return typeof value === 'string' && value.length > 0 ? path.resolve(value) : undefined;
};
const bundleDir = requested(BUNDLE_DIR_CONTEXT) ?? path.join(import.meta.dirname, '..', '..', 'dist');
await bundle({ outDir: bundleDir, names: ['api', 'worker'] });
let webDir = requested(WEB_DIR_CONTEXT);
if (!webDir) {
  webDir = WEB_DIST;
  if (!buildIsCurrent(webDir)) await buildWebApp(webDir);
}
buildApp({ context: { [BUNDLE_DIR_CONTEXT]: bundleDir, [WEB_DIR_CONTEXT]: webDir } });
