import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, ErrorHandler, MiddlewareHandler, Next } from 'hono';
import type { AppEnv } from './context.ts';

export type Router = OpenAPIHono<AppEnv>;

/** Imports one router's module (which declares its schemas) and builds the router. */
export type RouterLoader = () => Promise<Router>;

/** The method and Hono path of every route, by router, in mounting order (`route-table.ts`). */
export type RouteTable = Readonly<Record<string, ReadonlyArray<readonly [method: string, path: string]>>>;

/**
 * Mounts routers that are built when first used: a cold process declares and validates only the
 * schemas of the routes it serves. Each (method, path) of `table` answers through its router's
 * own handler chain — route middleware, request validators, handler — exactly as if the router
 * were mounted with `app.route('/', router)`: the same patterns registered in the same order
 * match the same requests, and an error thrown in the chain is answered by `onError` where
 * Hono would answer it. Returns all routers in mounting order (the OpenAPI document needs them).
 */
export function mountLazyRouters<Name extends string>(
  app: Router,
  table: Readonly<Record<Name, RouteTable[string]>>,
  loaders: Readonly<Record<Name, RouterLoader>>,
  onError: ErrorHandler<AppEnv>,
): () => Promise<Router[]> {
  const built = new Map<Name, Promise<Router>>();
  const routerNamed = (name: Name): Promise<Router> => {
    let router = built.get(name);
    if (!router) {
      router = loaders[name]();
      built.set(name, router);
      // A failed import is retried by the next request instead of failing every later one.
      router.catch(() => built.delete(name));
    }
    return router;
  };
  const names = Object.keys(table) as Name[];
  for (const name of names) {
    for (const [method, path] of table[name]) {
      let chain: MiddlewareHandler<AppEnv>[] | undefined;
      app.on(method, path, function lazyRoute(c, next) {
        // Once built, a request costs what `app.route` would: no extra await on the way.
        if (chain) return dispatch(chain, 0, c, next, onError);
        return routerNamed(name).then((router) => {
          chain ??= chainOf(router, method, path);
          return dispatch(chain, 0, c, next, onError);
        });
      });
    }
  }
  return () => Promise.all(names.map(routerNamed));
}

/** The handlers `router` registered for exactly this method and path, in order. */
function chainOf(router: Router, method: string, path: string): MiddlewareHandler<AppEnv>[] {
  const chain = router.routes
    .filter((route) => route.method === method && route.path === path)
    .map((route) => route.handler as MiddlewareHandler<AppEnv>);
  if (chain.length === 0)
    throw new Error(`The router declares no ${method} ${path}: route-table.ts is stale`);
  return chain;
}

/** Runs `chain[index]` onwards the way Hono's compose runs a route's handlers. */
async function dispatch(
  chain: MiddlewareHandler<AppEnv>[],
  index: number,
  c: Context<AppEnv>,
  next: Next,
  onError: ErrorHandler<AppEnv>,
): Promise<void> {
  const handler = chain[index];
  if (!handler) {
    await next();
    return;
  }
  let response: Response | undefined;
  let failed = false;
  try {
    response = (await handler(c, () => dispatch(chain, index + 1, c, next, onError))) || undefined;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    c.error = error;
    response = await onError(error, c);
    failed = true;
  }
  if (response && (!c.finalized || failed)) c.res = response;
}
