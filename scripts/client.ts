import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { offlineApp, offlineConfig } from '#test/support/app';

/** Where the shipped TypeScript client lives; its document and types are generated, never edited. */
export const CLIENT_DIR = path.resolve(import.meta.dirname, '..', 'clients', 'typescript');

const TYPES_HEADER = `/**
 * Generated from openapi.json by \`npm run client\` (openapi-typescript, default options).
 * Do not edit: a test fails when this file and the API disagree.
 */

`;

/**
 * The API's OpenAPI document as the app serves it (no I/O: offline dependencies), as a stage
 * that requires API keys serves it (staging, prod): the strictest contract a client meets.
 */
export async function openApiDocument(): Promise<OpenAPI3> {
  const config = offlineConfig({ API_KEY_REQUIRED: 'true' });
  const response = await offlineApp({ config }).request('/openapi.json');
  return (await response.json()) as OpenAPI3;
}

/** The generated files of the client, by path relative to CLIENT_DIR. */
export async function generatedClientFiles(): Promise<Record<string, string>> {
  const document = await openApiDocument();
  const types = astToString(await openapiTS(document));
  return {
    'openapi.json': `${JSON.stringify(document, null, 2)}\n`,
    'src/schema.d.ts': TYPES_HEADER + types,
  };
}

async function main() {
  for (const [file, content] of Object.entries(await generatedClientFiles())) {
    const target = path.join(CLIENT_DIR, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
