import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '#config';
import { PASSWORD_POLICY } from '#domain/password-policy';
import { DOCS_PATH, OPENAPI_PATH } from '#domain/vocabulary';
import { offlineApp } from '#test/support/app';
import { MAX_BUNDLE_BYTES } from '../../../scripts/bundle.ts';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** `/v1/tasks/{taskId}` and `/v1/tasks/{id}` name one route: parameters compare by position. */
const normalized = (route: string) => route.replace(/\{[^},]+\}/g, '{}');

/** `/v1/auth/{a,b}` stands for `/v1/auth/a` and `/v1/auth/b`. */
function expand(routePath: string): string[] {
  const match = /\{([^}]*,[^}]*)\}/.exec(routePath);
  if (!match) return [routePath];
  return (match[1] ?? '').split(',').flatMap((choice) => expand(routePath.replace(match[0], choice)));
}

/** Every `METHOD[/METHOD…] /path` of the README's route table. */
function readmeRoutes(): Set<string> {
  const readme = read('README.md');
  const start = readme.indexOf('| resource | routes | notes |');
  const table = readme.slice(start, readme.indexOf('\n\n', start));
  const routes = new Set<string>();
  for (const span of table.matchAll(/`([A-Z]+(?:\/[A-Z]+)*) (\/[^`\s?]*)[^`]*`/g)) {
    for (const method of (span[1] ?? '').split('/')) {
      for (const routePath of expand(span[2] ?? '')) routes.add(`${method} ${normalized(routePath)}`);
    }
  }
  return routes;
}

describe('the docs match the code', () => {
  it('.env.example documents every variable the configuration reads', () => {
    const example = read('.env.example');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]));
    expect(CONFIG_VARIABLES.filter((name) => !documented.has(name))).toEqual([]);
  });

  it("the README's route table lists every route of the API document", async () => {
    const document = (await (await offlineApp().request(OPENAPI_PATH)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(document.paths).flatMap(([routePath, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'put', 'post', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${normalized(routePath)}`),
    );
    documented.push(`GET ${OPENAPI_PATH}`, `GET ${DOCS_PATH}`);
    const listed = readmeRoutes();
    expect(documented.filter((route) => !listed.has(route))).toEqual([]);
  });

  it('docs/deploy.md describes the REST API, its authorizer and the password policy the pool has', () => {
    const deploy = read('docs/deploy.md');
    expect(deploy).toContain('REST API');
    expect(deploy).not.toMatch(/JWT authorizer|the API Gateway HTTP API/);
    expect(deploy).toContain(`${PASSWORD_POLICY.minLength}+ characters`);
    expect(deploy).toContain('x-api-key');
  });

  it('ADR 0003 states the bundle budget the code enforces', () => {
    expect(read('docs/decisions/0003-lambda-bundles.md')).toContain(`${MAX_BUNDLE_BYTES / 1024} KiB`);
  });
});
