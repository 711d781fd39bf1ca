/**
 * `npm run lint:dockerfile`: validates the Dockerfile with dockerfile-utils (the validator of
 * the Docker language server) and fails on any finding, warnings included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import dockerfileUtils from 'dockerfile-utils';

/** LSP severities: 1 error, 2 warning. */
const ERROR = 1;

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['Dockerfile'];
let findings = 0;
for (const file of files) {
  for (const diagnostic of dockerfileUtils.validate(readFileSync(file, 'utf8'))) {
    findings += 1;
    const severity = diagnostic.severity === ERROR ? 'error' : 'warning';
    console.error(
      `${path.relative(process.cwd(), path.resolve(file))}:${diagnostic.range.start.line + 1}: ${severity}: ${diagnostic.message}`,
    );
  }
}
if (findings > 0) process.exit(1);
console.log(`${files.join(', ')}: no findings`);
