// The in-process bench's one process (scripts/bench/in-process.ts starts it): imports every
// target bundle (scripts/bench/in-process-entry.ts, built once per variant; each bundle holds its
// own copy of every module), warms each on each scenario, then has them take turns in short
// batches, charging each batch's CPU to its target. The machine's speed drifts by tens of percent
// within seconds; batches of a few tens of milliseconds in rotation put that drift, and the
// process's garbage collections, on every target alike.
import { pathToFileURL } from 'node:url';

const { files, userId, token, scenarios, warmup, batches, batchSize } = JSON.parse(
  process.env.BENCH_IN_PROCESS_SPEC ?? '{}',
);
const targets = [];
for (const [index, file] of files.entries()) {
  // A query after the path loads the same file again as a separate module (the control copy).
  const [filePath, query] = file.split('?');
  const { prepareTarget } = await import(`${pathToFileURL(filePath).href}${query ? `?${query}` : ''}`);
  targets.push(prepareTarget(index === 0 ? 'bare' : 'api', userId, token));
}
const micros = targets.map(() => ({}));
for (const scenario of scenarios) {
  for (const target of targets) await target.run(scenario, warmup);
  const used = targets.map(() => 0);
  for (let batch = 0; batch < batches; batch++) {
    for (let turn = 0; turn < targets.length; turn++) {
      // Each batch starts the rotation at another target, so none always follows the same one.
      const index = (batch + turn) % targets.length;
      const before = process.cpuUsage();
      await targets[index].run(scenario, batchSize);
      const after = process.cpuUsage(before);
      used[index] += after.user + after.system;
    }
  }
  for (const [index, total] of used.entries()) micros[index][scenario.name] = total / (batches * batchSize);
}
console.log(JSON.stringify({ node: process.version, micros }));
process.exit(0);
