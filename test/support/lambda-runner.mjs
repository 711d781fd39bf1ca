// Runs a bundled Lambda handler the way the Node.js runtime does: a fresh process whose
// environment is set before the module is imported, then one invocation per event, in order.
// Usage: node lambda-runner.mjs <bundle.mjs> <invocations.json> <results.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundlePath, invocationsPath, resultsPath] = process.argv.slice(2);
const invocations = JSON.parse(readFileSync(invocationsPath, 'utf8'));
const { handler } = await import(pathToFileURL(bundlePath).href);
const results = [];
for (const { event, context } of invocations) {
  const started = Date.now();
  const lambdaContext = { ...context, getRemainingTimeInMillis: () => 30_000 - (Date.now() - started) };
  try {
    results.push({ ok: true, value: await handler(event, lambdaContext) });
  } catch (error) {
    results.push({ ok: false, error: { name: error?.name, message: error?.message } });
  }
}
writeFileSync(resultsPath, JSON.stringify(results));
