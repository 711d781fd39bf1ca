/**
 * `npm run bundle`: the deployable JavaScript — the two Lambda handlers and the container's
 * Node server — as minified ESM with source maps, with no tsx or dev dependencies inside.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type BuildOptions, build, context, type Metafile, type Plugin } from 'esbuild';
import { NODE_MAJOR } from './node-runtime.ts';

/**
 * Bundled CommonJS dependencies (aws-xray-sdk-core under the Powertools tracer, among others)
 * call `require()` for Node built-ins; an ESM bundle has no `require`, so give it one.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __tasklaneCreateRequire } from 'module'; const require = __tasklaneCreateRequire(import.meta.url);";

/**
 * The budget of each Lambda bundle as deployed (AWS SDK inside): the API's size plus a small
 * margin, so growth is a decision (checked by synthesis, `npm run bundle:sizes` and a test).
 */
// 832 KiB before search (MiniSearch and the query side, ~26 KiB), recurrence rules (`rrule`
// validating rules in the API, ~52 KiB), subtasks, dependencies, activity and the edge's
// conditional GET; 970 KiB with them. Routers built on first use and the API bundle split into
// chunks added ~12 KiB (their loaders, the route table, the chunks' import glue) while a cold
// start now compiles ~860 KiB of it: 1080 KiB keeps about 10 % headroom.
export const MAX_BUNDLE_BYTES = 1080 * 1024;

export const BUNDLE_TARGETS = {
  // Split: what only some routes need (each router's module and schemas, the OpenAPI document)
  // sits in chunks/ beside index.mjs, which a cold start then neither compiles nor evaluates.
  api: {
    entry: 'src/entry/lambda-api.ts',
    outFile: 'lambda/api/index.mjs',
    target: `node${NODE_MAJOR}`,
    splitting: true,
  },
  worker: {
    entry: 'src/entry/lambda-worker.ts',
    outFile: 'lambda/worker/index.mjs',
    target: `node${NODE_MAJOR}`,
  },
  // The container's multi-process server, run by the Dockerfile's Node image.
  server: { entry: 'src/entry/cluster.ts', outFile: 'server/index.mjs', target: `node${NODE_MAJOR}` },
} as const;

export type BundleName = keyof typeof BUNDLE_TARGETS;

/** Where a split bundle keeps its chunks, beside its entry file. */
const CHUNK_DIR = 'chunks';

/** The JavaScript a bundle deploys: its entry file and, when split, its chunks (bytes). */
export function deployedBytes(entryFile: string): number {
  const chunkDir = path.join(path.dirname(entryFile), CHUNK_DIR);
  let chunks: string[] = [];
  try {
    chunks = readdirSync(chunkDir).filter((name) => name.endsWith('.mjs'));
  } catch {
    // Not split: the entry file is the whole bundle.
  }
  return chunks.reduce(
    (total, name) => total + statSync(path.join(chunkDir, name)).size,
    statSync(entryFile).size,
  );
}

export interface BundleOptions {
  /** Defaults to `dist/`. */
  outDir?: string;
  names?: BundleName[];
  /** Leave `@aws-sdk/*` to the Lambda runtime's copy instead of bundling it. */
  externalSdk?: boolean;
  /** A different entry for one of the targets (tests bundle their own wiring this way). */
  entries?: Partial<Record<BundleName, string>>;
  /** Also return esbuild's metafile (what each input contributes). */
  metafile?: boolean;
  /** Plugins run before the bundle's own (the bench swaps a layer out this way); never for deployment. */
  plugins?: Plugin[];
}

export interface BundleResult {
  name: BundleName;
  file: string;
  /** The entry file and its chunks (`deployedBytes`). */
  bytes: number;
  metafile?: Metafile;
}

/** Bytes each package (or each source folder under src/) contributes to a bundle (with its chunks), largest first. */
export function bytesByInput(metafile: Metafile, file: string): Array<{ input: string; bytes: number }> {
  const chunkDir = path.join(path.dirname(file), CHUNK_DIR) + path.sep;
  const outputs = Object.entries(metafile.outputs)
    .filter(([out]) => {
      const resolved = path.resolve(repoRoot, out);
      return resolved === file || (resolved.startsWith(chunkDir) && resolved.endsWith('.mjs'));
    })
    .map(([, output]) => output);
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of outputs.flatMap((output) => Object.entries(output.inputs))) {
    const packages = input.match(/node_modules\/(?:@[^/]+\/)?[^/]+/g);
    const name = packages
      ? (packages.at(-1) ?? input).slice('node_modules/'.length)
      : input.split('/').slice(0, 2).join('/');
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals].map(([input, bytes]) => ({ input, bytes })).sort((a, b) => b.bytes - a.bytes);
}

const repoRoot = path.resolve(import.meta.dirname, '..');

/**
 * zod re-exports all ~50 of its message locales through `z.locales`, which defeats tree
 * shaking (~250 KB minified). The service speaks English only (zod's default), so the
 * locale barrel is replaced by one that offers `en` alone.
 */
export const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(builder) {
    builder.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: path.join(path.dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-en' }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-en' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(path.join(path.dirname(args.path), 'en.js'))};`,
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * @hono/zod-openapi takes zod as a named `z` and hands that whole namespace to
 * `extendZodWithOpenApi`, which reads only `z.ZodType`. A namespace used as a value keeps every
 * export of zod alive (its JSON Schema conversion both ways, its code generator: ~105 KB minified
 * the service never calls), so the module takes zod as a namespace import and passes the one
 * member that is read. The build fails if the module stops matching.
 */
export const zodOpenApiNamespaceImport: Plugin = {
  name: 'zod-openapi-namespace-import',
  setup(builder) {
    builder.onLoad(
      { filter: /[\\/]node_modules[\\/]@hono[\\/]zod-openapi[\\/]dist[\\/]index\.mjs$/ },
      async (args) => {
        const rewrites = [
          ['import { z } from "zod";', 'import * as z from "zod";'],
          ['extendZodWithOpenApi(z);', 'extendZodWithOpenApi({ ZodType: z.ZodType });'],
        ] as const;
        let contents = await readFile(args.path, 'utf8');
        for (const [from, to] of rewrites) {
          if (!contents.includes(from)) throw new Error(`${args.path} no longer contains ${from}`);
          contents = contents.replace(from, to);
        }
        return { contents, loader: 'js' };
      },
    );
  },
};

/** A service client's generated schema module (one entry per shape of the whole API). */
const SDK_SCHEMA_MODULE =
  /[\\/]node_modules[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/;

/**
 * The SDK clients' schema modules describe every operation of their service (S3: ~480 shapes,
 * ~67 KB minified) though the service uses a dozen. Their operation schemas carry trait objects
 * with computed keys (`{ [_h]: ["PUT", …] }`, `const _h = "http"`), which esbuild cannot prove
 * free of side effects, so it keeps them all and everything they point to. Writing the same
 * string constants into those keys (`{ ["http"]: … }`) changes nothing at run time and lets
 * tree shaking drop the unused shapes.
 */
export const sdkSchemaKeysInlined: Plugin = {
  name: 'sdk-schema-keys-inlined',
  setup(builder) {
    builder.onLoad({ filter: SDK_SCHEMA_MODULE }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const constants = new Map<string, string>();
      for (const [, name, literal] of source.matchAll(/^const (_\w+) = ("[^"\\\n]*");$/gm)) {
        if (name && literal) constants.set(name, literal);
      }
      const contents = source.replace(
        /\[(_\w+)\]:/g,
        (_key, name: string) => `[${constants.get(name) ?? name}]:`,
      );
      return { contents, loader: 'js' };
    });
  },
};

/**
 * aws-xray-sdk-core (under the Powertools tracer) requires all of `semver` (~29 KB minified) for
 * one `semver.gte` in its AWS SDK v2 patcher. It gets the same function from semver's own
 * per-function module, so the range parser and the rest of the package stay out.
 */
export const xraySemverGteOnly: Plugin = {
  name: 'xray-semver-gte-only',
  setup(builder) {
    builder.onResolve({ filter: /^semver$/ }, (args) =>
      /[\\/]node_modules[\\/]aws-xray-sdk-core[\\/]/.test(args.importer)
        ? { path: args.importer, namespace: 'xray-semver' }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'xray-semver' }, (args) => ({
      contents: "module.exports = { gte: require('semver/functions/gte') };",
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/** The Lambda bundles resolve the SDK's default credential chain to environment credentials only. */
export const lambdaEnvCredentials: Plugin = {
  name: 'lambda-env-credentials',
  setup(builder) {
    const shim = path.join(repoRoot, 'src/entry/lambda-shims/env-credentials.ts');
    builder.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, () => ({ path: shim }));
  },
};

/** The esbuild options of one bundle and its entry file; `bundle()` and `watchBundles()` share them. */
function buildOptions(name: BundleName, options: BundleOptions): { config: BuildOptions; outfile: string } {
  const outDir = path.resolve(options.outDir ?? path.join(repoRoot, 'dist'));
  const target: { entry: string; outFile: string; target: string; splitting?: boolean } =
    BUNDLE_TARGETS[name];
  const entry = path.resolve(repoRoot, options.entries?.[name] ?? target.entry);
  const outfile = path.join(outDir, target.outFile);
  const output: BuildOptions = target.splitting
    ? {
        entryPoints: { [path.basename(outfile, '.mjs')]: entry },
        outdir: path.dirname(outfile),
        splitting: true,
        outExtension: { '.js': '.mjs' },
        chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
        // The SDK's browser user-agent parser: its import sits in code Node never runs (and that
        // tree shaking drops), but a split build would still emit it as a 34 KB chunk.
        external: ['bowser'],
      }
    : { entryPoints: [entry], outfile };
  const config: BuildOptions = {
    ...output,
    absWorkingDir: repoRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: target.target,
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    legalComments: 'linked',
    banner: { js: ESM_REQUIRE_BANNER },
    external: [...(output.external ?? []), ...(options.externalSdk ? ['@aws-sdk/*'] : [])],
    // Containers need the whole credential chain (ECS task roles); Lambda needs only the environment.
    plugins:
      name === 'server'
        ? [...(options.plugins ?? []), zodEnglishOnly, zodOpenApiNamespaceImport, sdkSchemaKeysInlined]
        : [
            ...(options.plugins ?? []),
            zodEnglishOnly,
            zodOpenApiNamespaceImport,
            sdkSchemaKeysInlined,
            xraySemverGteOnly,
            lambdaEnvCredentials,
          ],
    logLevel: 'warning',
  };
  return { config, outfile };
}

/** Builds the requested bundles in parallel and returns their paths and sizes. */
export async function bundle(options: BundleOptions = {}): Promise<BundleResult[]> {
  const names = options.names ?? (Object.keys(BUNDLE_TARGETS) as BundleName[]);
  return Promise.all(
    names.map(async (name) => {
      const { config, outfile } = buildOptions(name, options);
      // Chunk names carry a content hash: drop the previous build's, or they would be deployed too.
      rmSync(path.join(path.dirname(outfile), CHUNK_DIR), { recursive: true, force: true });
      const result = await build({ ...config, metafile: options.metafile ?? false });
      return {
        name,
        file: outfile,
        bytes: deployedBytes(outfile),
        ...(result.metafile ? { metafile: result.metafile } : {}),
      };
    }),
  );
}

/** `npm run lambda:watch`: rebuilds the named bundles into dist/ on every change, until stopped. */
export async function watchBundles(names: BundleName[]): Promise<void> {
  for (const name of names) {
    const { config, outfile } = buildOptions(name, {});
    const reportSize: Plugin = {
      name: 'report-size',
      setup(builder) {
        builder.onEnd((result) => {
          if (result.errors.length > 0) return;
          const kib = (deployedBytes(outfile) / 1024).toFixed(1);
          console.log(`${new Date().toISOString()} ${path.relative(repoRoot, outfile)}  ${kib} KiB`);
        });
      },
    };
    const watcher = await context({ ...config, plugins: [...(config.plugins ?? []), reportSize] });
    await watcher.watch();
  }
  console.log(`Watching ${names.join(', ')}; Ctrl-C stops.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npm run bundle` builds all; `tsx scripts/bundle.ts server` only the named ones; --watch keeps rebuilding.
  const watch = process.argv.includes('--watch');
  const requested = process.argv.slice(2).filter((arg) => arg !== '--watch');
  const unknown = requested.filter((name) => !(name in BUNDLE_TARGETS));
  if (unknown.length > 0) {
    console.error(
      `Unknown bundle: ${unknown.join(', ')} (choose from ${Object.keys(BUNDLE_TARGETS).join(', ')})`,
    );
    process.exit(1);
  }
  if (watch) {
    await watchBundles(requested.length > 0 ? (requested as BundleName[]) : ['api', 'worker']);
  } else {
    const results = await bundle(requested.length > 0 ? { names: requested as BundleName[] } : {});
    for (const { file, bytes } of results) {
      console.log(`${path.relative(repoRoot, file)}  ${(bytes / 1024).toFixed(1)} KiB`);
    }
  }
}
