import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Module paths under `folder` (relative to it, without `suffix`), in subfolders too. */
function modules(folder: string, suffix: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith(suffix) ? [relative(`${root}${folder}`, path).slice(0, -suffix.length)] : [];
    });
  return walk(`${root}${folder}`);
}

describe('test/unit mirrors src', () => {
  it('gives every service in src/services (auth/ included) a unit test of the same path in test/unit/services', () => {
    const services = modules('src/services', '.ts');
    const tested = new Set(modules('test/unit/services', '.test.ts'));
    expect(services.length).toBeGreaterThan(20);
    expect(services.filter((name) => !tested.has(name))).toEqual([]);
  });

  // Feature suites of the HTTP layer (the app, auth routes, OpenAPI) are named for what they check.
  it.each(['data', 'domain', 'lib', 'services', 'worker'])(
    'has no unit test in test/unit/%s without a module of the same path in src',
    (layer) => {
      const orphans = modules(`test/unit/${layer}`, '.test.ts').filter(
        (name) => !existsSync(`${root}src/${layer}/${name}.ts`),
      );
      expect(orphans).toEqual([]);
    },
  );
});
