import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_DIR, generatedClientFiles } from '../../../scripts/client.ts';

describe('the shipped TypeScript client', () => {
  it('is generated from the current API (run `npm run client` after changing a route)', async () => {
    const generated = await generatedClientFiles();
    expect(Object.keys(generated).sort()).toEqual(['openapi.json', 'src/schema.d.ts']);
    for (const [file, content] of Object.entries(generated)) {
      const committed = await readFile(path.join(CLIENT_DIR, file), 'utf8');
      expect(committed, `${file} differs from what npm run client writes`).toBe(content);
    }
  });
});
