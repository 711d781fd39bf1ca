/**
 * The one Node major Tasklane runs on: the Lambda runtime, the bundles' esbuild target, the
 * container image, and the Node that runs the tests, the bench and `npm start`. package.json
 * pins that Node's binary from the npm registry (`node-linux-*`, optional dependencies), so npm
 * scripts find it first on PATH whatever the system Node is; test/infra/node-runtime.test.ts
 * fails when any of them says another major.
 */
export const NODE_MAJOR = 24;

/** The one line `npm start` prints on an older Node, saying how to get this one; undefined when fine. */
export function olderNodeThanRequired(version: string = process.versions.node): string | undefined {
  const major = Number(version.replace(/^v/, '').split('.')[0]);
  if (major >= NODE_MAJOR) return undefined;
  return `Tasklane needs Node ${NODE_MAJOR}, this is Node ${version}: \`npm ci\` installs it into node_modules/.bin on Linux (x64, arm64); elsewhere run \`npx -y -p node@${NODE_MAJOR} -- npm start\``;
}
