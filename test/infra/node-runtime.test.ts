import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, SYNTH_TIMEOUT_MS, type Synthesized, synthStage } from '#test/support/infra';
import { BUNDLE_TARGETS } from '../../scripts/bundle.ts';
import { NODE_MAJOR } from '../../scripts/node-runtime.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

let prod: Synthesized;
beforeAll(async () => {
  prod = await synthStage('prod');
}, SYNTH_TIMEOUT_MS);

function majorOf(label: string, text: string, pattern: RegExp): number {
  const major = pattern.exec(text)?.[1];
  if (major === undefined) throw new Error(`${label}: no Node major in "${text}"`);
  return Number(major);
}

/** The image of every FROM in the Dockerfile, with the ARG defaults declared before it filled in. */
function dockerfileBaseImages(): string[] {
  const text = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
  const args = new Map<string, string>();
  const images: string[] = [];
  for (const line of text.split('\n')) {
    const arg = /^ARG\s+(\w+)=(\S+)/.exec(line);
    if (arg?.[1] && arg[2]) args.set(arg[1], arg[2]);
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)/.exec(line);
    if (from?.[1]) {
      images.push(from[1].replace(/\$\{?(\w+)\}?/g, (_ref, name: string) => args.get(name) ?? `$${name}`));
    }
  }
  return images;
}

describe('the Node major', () => {
  it('is the same for the tests, the Lambda functions, the bundles, the container and package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      engines: { node: string };
      devDependencies: Record<string, string>;
      optionalDependencies: Record<string, string>;
    };
    const nodeBinaries = Object.entries(pkg.optionalDependencies).filter(([name]) => /^node-/.test(name));
    // Ours: CDK's own deploy-time handlers (copying the web app, reading its key) are CDK's to run.
    const functions = resourcesOfType(prod, 'AWS::Lambda::Function').filter(
      ([, fn]) => fn.Properties.FunctionName,
    );
    expect(functions).toHaveLength(3);
    expect(nodeBinaries.length).toBeGreaterThan(0);

    const majors: Record<string, number> = {
      'the Node running these tests': majorOf('process', process.versions.node, /^(\d+)\./),
      'package.json engines': majorOf('engines', pkg.engines.node, /^>=\s*(\d+)$/),
      '@types/node': majorOf('@types/node', pkg.devDependencies['@types/node'] ?? '', /^\^?(\d+)\./),
    };
    for (const [name, version] of nodeBinaries) {
      majors[`package.json ${name}`] = majorOf(name, version, /^(\d+)\.\d+\.\d+$/);
    }
    for (const [id, fn] of functions) {
      majors[`Lambda ${id}`] = majorOf(id, String(fn.Properties.Runtime), /^nodejs(\d+)\.x$/);
    }
    for (const [name, { target }] of Object.entries(BUNDLE_TARGETS)) {
      majors[`bundle ${name}`] = majorOf(name, target, /^node(\d+)$/);
    }
    const images = dockerfileBaseImages();
    expect(images.length).toBeGreaterThan(0);
    images.forEach((image, index) => {
      majors[`Dockerfile stage ${index + 1} (${image})`] = majorOf('Dockerfile', image, /^node:(\d+)[-.]/);
    });

    const expected = Object.fromEntries(Object.keys(majors).map((where) => [where, NODE_MAJOR]));
    expect(majors).toEqual(expected);
  });
});
