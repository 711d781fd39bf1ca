import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

/** package.json `imports`: `#worker/*` → `./src/worker/*.ts`. */
const ALIASES = Object.entries(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { imports: Record<string, string> })
    .imports,
);

function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier);
  for (const [pattern, target] of ALIASES) {
    if (!pattern.includes('*')) {
      if (specifier === pattern) return join(ROOT, target);
      continue;
    }
    const prefix = pattern.slice(0, pattern.indexOf('*'));
    if (specifier.startsWith(prefix)) return join(ROOT, target.replace('*', specifier.slice(prefix.length)));
  }
  return undefined; // a package
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every src module and the src modules it imports (type-only imports included: they are edges too). */
const GRAPH = new Map(
  sourceFiles(SRC).map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => resolveSpecifier(file, imported.fileName))
      .filter((target): target is string => target?.startsWith(SRC) === true);
    return [file, targets] as const;
  }),
);

const name = (file: string) => relative(ROOT, file);

/** The first import cycle found, as a path of module names, or undefined. */
function findCycle(): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file].map(name);
    state.set(file, 'open');
    path.push(file);
    for (const target of GRAPH.get(file) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of GRAPH.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Imports from a module under `from` into one under any of `forbidden`, as "a → b" lines. */
function importsAcross(from: string, forbidden: string[]): string[] {
  const inside = (file: string, area: string) => name(file) === area || name(file).startsWith(`${area}/`);
  return [...GRAPH]
    .filter(([file]) => inside(file, from))
    .flatMap(([file, targets]) =>
      targets
        .filter((target) => forbidden.some((area) => inside(target, area)))
        .map((target) => `${name(file)} → ${name(target)}`),
    );
}

/** Every src module `entry` reaches through its imports. */
function reachableFrom(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of GRAPH.get(file) ?? []) visit(target);
  };
  visit(join(ROOT, entry));
  return [...seen].map(name);
}

describe('the module graph of src/', () => {
  it('has no import cycle', () => {
    expect(findCycle()).toBeUndefined();
  });

  const ROOTS = [
    'src/entry',
    'src/app.ts',
    'src/container.ts',
    'src/container-runtime.ts',
    'src/worker-container.ts',
  ];
  it.each([
    ['src/config.ts', ['src/data', 'src/services', 'src/http', 'src/worker', ...ROOTS]],
    ['src/domain', ['src/services', 'src/http', 'src/worker', ...ROOTS]],
    ['src/data', ['src/services', 'src/http', 'src/worker', ...ROOTS]],
    ['src/services', ['src/http', 'src/worker', ...ROOTS]],
    ['src/worker', ['src/http', ...ROOTS]],
    ['src/http', ['src/worker', ...ROOTS]],
    [
      'src/app.ts',
      ['src/worker', 'src/entry', 'src/container.ts', 'src/container-runtime.ts', 'src/worker-container.ts'],
    ],
  ])('%s imports nothing from the layers above it', (from, forbidden) => {
    expect(importsAcross(from, forbidden)).toEqual([]);
  });

  it('gives the stream worker no Cognito, token checks, HTTP layer or API services', () => {
    const reached = reachableFrom('src/entry/lambda-worker.ts');
    expect(reached).toContain('src/worker/exports/export-job.ts');
    const apiOnly = [
      /^src\/(app|container)\.ts$/,
      /^src\/http\//,
      /^src\/services\/auth/,
      /^src\/data\/cognito\//,
      /^src\/services\/(task|comment|project|member|export|task-feed)-service\.ts$/,
    ];
    expect(reached.filter((file) => apiOnly.some((pattern) => pattern.test(file)))).toEqual([]);
  });

  it('gives the API no stream worker: no stream consumers, no streamed uploads, no search index writes', () => {
    const reached = reachableFrom('src/entry/lambda-api.ts');
    expect(reached).toContain('src/data/s3/object-store.ts');
    const workerOnly = [
      /^src\/worker-container\.ts$/,
      /^src\/worker\//,
      /^src\/data\/s3\/object-uploads\.ts$/,
      /^src\/data\/search\/embedded-search-writer\.ts$/,
      /^src\/data\/repositories\/search-source-reader\.ts$/,
    ];
    expect(reached.filter((file) => workerOnly.some((pattern) => pattern.test(file)))).toEqual([]);
  });
});
