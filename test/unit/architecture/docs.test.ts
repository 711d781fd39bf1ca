import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const architecture = readFileSync(`${root}docs/architecture.md`, 'utf8');

/** Every repository path the document names in code spans (`src/...`, `test/...`, …). */
function namedPaths(markdown: string): string[] {
  const paths = new Set<string>();
  for (const [, span] of markdown.matchAll(/`([^`\s]+)`/g)) {
    // `src/services/x-service.ts` is the naming convention's placeholder, not a module.
    if (!span || /\/x-[\w-]+\.ts$/.test(span)) continue;
    if (/^(src|test|scripts|docs|infra)\/[\w./-]+$/.test(span)) paths.add(span.replace(/\/$/, ''));
  }
  return [...paths];
}

describe('docs/architecture.md', () => {
  it('names only modules that exist', () => {
    const named = namedPaths(architecture);
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((path) => !existsSync(`${root}${path}`))).toEqual([]);
  });

  it('traces one request through every layer', () => {
    const trace = architecture.slice(architecture.indexOf('## One request, end to end'));
    for (const layer of [
      'src/entry/',
      'src/http/middleware/',
      'src/http/routes/',
      'src/services/',
      'src/data/repositories/',
      'src/data/mapper/',
      'src/data/outbound/aws-sdk-http.ts',
    ]) {
      expect(trace, layer).toContain(layer);
    }
  });
});
