import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const modules = (folder: string, suffix: string) =>
  readdirSync(`${root}${folder}`, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => entry.name.slice(0, -suffix.length));

describe('test/unit mirrors src', () => {
  it('gives every service in src/services a unit test of the same name in test/unit/services', () => {
    const services = modules('src/services', '.ts');
    const tested = new Set(modules('test/unit/services', '.test.ts'));
    expect(services.length).toBeGreaterThan(10);
    expect(services.filter((name) => !tested.has(name))).toEqual([]);
  });

  it('has no unit test in test/unit/services without its service', () => {
    const services = new Set(modules('src/services', '.ts'));
    expect(modules('test/unit/services', '.test.ts').filter((name) => !services.has(name))).toEqual([]);
  });
});
