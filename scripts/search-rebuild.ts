/**
 * `npm run search:rebuild [-- --project <projectId>]`: builds the search index from the table,
 * for every project that holds a task or for one. Reads the deployment from the environment
 * (the same variables as the worker: table, bucket, region, endpoints); safe while the stream
 * worker runs (docs/search.md).
 */
import { ConfigError, loadConfig } from '#config';
import { createWorkerContainer } from '#worker-container';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = args.indexOf('--project');
  const projectId = flag === -1 ? undefined : args[flag + 1];
  if (flag !== -1 && !projectId)
    throw new ConfigError('usage: npm run search:rebuild [-- --project <projectId>]');
  const { searchRebuild } = createWorkerContainer(loadConfig());
  const started = performance.now();
  const result = projectId
    ? { projects: 1, tasks: await searchRebuild.project(projectId) }
    : await searchRebuild.all();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`search index rebuilt: ${result.projects} project(s), ${result.tasks} task(s) in ${seconds} s`);
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
