/**
 * `npx tsx scripts/route-table.ts`: writes src/http/route-table.ts, the method and path of every
 * route by router, which the app registers before it builds any router (src/http/lazy-routes.ts).
 * test/unit/http/route-table.test.ts fails when the file no longer matches the routers.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type AppServices, routerLoaders } from '#app';

export const ROUTE_TABLE_FILE = path.resolve(import.meta.dirname, '..', 'src', 'http', 'route-table.ts');

/** Builds every router (over services it never calls) and lists its routes in registration order. */
export async function routeTable(): Promise<Record<string, Array<[method: string, path: string]>>> {
  const services = new Proxy({}, { get: () => ({}) }) as AppServices;
  const loaders = routerLoaders({ services, checkDatabase: async () => {} });
  const table: Record<string, Array<[string, string]>> = {};
  for (const [name, load] of Object.entries(loaders)) {
    const seen = new Set<string>();
    table[name] = [];
    for (const { method, path: routePath } of (await load()).routes) {
      const key = `${method} ${routePath}`;
      if (seen.has(key)) continue;
      seen.add(key);
      table[name].push([method, routePath]);
    }
  }
  return table;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = `/**
 * The method and Hono path of every route, by router, in mounting order: what the app registers
 * before it builds any router (src/http/lazy-routes.ts). Written by \`npx tsx scripts/route-table.ts\`
 * from the routers themselves; test/unit/http/route-table.test.ts fails when it is stale.
 */
export const ROUTE_TABLE = ${JSON.stringify(await routeTable(), null, 2).replaceAll('"', "'")} as const;
`;
  writeFileSync(ROUTE_TABLE_FILE, source);
  execFileSync('npx', ['biome', 'format', '--write', ROUTE_TABLE_FILE], { stdio: 'inherit' });
}
