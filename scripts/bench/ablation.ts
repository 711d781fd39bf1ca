/**
 * The per-layer ablation: the server bundle built again with one layer of the API taken out
 * (its module replaced, or one call rewritten, at bundle time), so that the bench can drive each
 * variant beside the API and the bare server in the same interleaved comparison and charge the
 * difference in CPU per request to that layer. Bench-only: the variants give up guarantees the
 * API keeps (validation, the request deadline, the access log) and are never deployed.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import type { MeasuredLoad } from './report.ts';

/** One source change: the file it applies to, and what it does to that file's text. */
interface Rewrite {
  file: RegExp;
  rewrite: (source: string) => string;
}

export interface Ablation {
  /** The layer taken out, as the report names it. */
  layer: string;
  /** What the variant does instead, for the report. */
  instead: string;
  rewrites: Rewrite[];
}

/** Replaces the whole module with `contents` (same exports, the layer's work left out). */
const replaceModule = (contents: string) => (): string => contents;

/** Replaces `from` in the source, failing the build when it is no longer there. */
const replaceText =
  (from: string | RegExp, to: string) =>
  (source: string): string => {
    const found = typeof from === 'string' ? source.includes(from) : from.test(source);
    if (!found) throw new Error(`ablation: ${String(from)} not found; the ablation must follow the source`);
    return source.replace(from, to);
  };

const PASS_THROUGH = 'async function passThrough(_c, next) { await next(); }';

export const ABLATIONS: readonly Ablation[] = [
  {
    layer: 'request deadline (AsyncLocalStorage, per-request timer, per-call abort signal)',
    instead: 'no deadline: the handler runs outside any async context, SDK calls get no signal',
    rewrites: [
      {
        file: /src\/http\/middleware\/request-deadline\.ts$/,
        rewrite: replaceModule(`export function requestDeadline() { return ${PASS_THROUGH}; }`),
      },
    ],
  },
  {
    layer: 'request context and logger (request id, scoped logger, access-log line)',
    instead: 'a fixed request id and the root logger, no X-Request-Id, no log call',
    rewrites: [
      {
        file: /src\/http\/middleware\/request-context\.ts$/,
        rewrite: replaceModule(
          "export function requestContext(logger) { return async function (c, next) { c.set('requestId', 'bench'); c.set('log', logger); await next(); }; }",
        ),
      },
    ],
  },
  {
    layer: 'CORS (the stage’s web origins)',
    instead: 'no CORS middleware',
    rewrites: [
      {
        file: /src\/http\/middleware\/cors\.ts$/,
        rewrite: replaceModule(`export const cors = () => ${PASS_THROUGH};`),
      },
    ],
  },
  {
    layer: 'edge checks (405 on a wrong method, JSON content type, body limit, conditional GET)',
    instead: 'none of the four middleware',
    rewrites: [
      {
        file: /node_modules\/hono\/dist\/middleware\/method-not-allowed\/index\.js$/,
        rewrite: replaceModule(`export const methodNotAllowed = () => ${PASS_THROUGH};`),
      },
      ...['require-json', 'limit-bodies', 'conditional-get'].map((name) => ({
        file: new RegExp(`src/http/middleware/${name}\\.ts$`),
        rewrite: replaceModule(
          `export const requireJsonBodies = () => ${PASS_THROUGH}; export const limitBodies = requireJsonBodies; export const conditionalGet = requireJsonBodies;`,
        ),
      })),
    ],
  },
  {
    layer:
      'request validation of the path and headers (query and body still parsed: the handlers need their defaults)',
    instead: 'the raw path parameters and headers handed to the handler',
    rewrites: [
      {
        file: /node_modules\/@hono\/zod-validator\/dist\/index\.mjs$/,
        rewrite: replaceText(
          'await schema.safeParseAsync(validatorValue)',
          "(target === 'param' || target === 'header' ? { success: true, data: validatorValue } : await schema.safeParseAsync(validatorValue))",
        ),
      },
    ],
  },
  {
    layer: 'response validation (each body parsed by its schema before it is sent)',
    instead: 'the service’s result sent as it is',
    rewrites: [
      {
        file: /src\/http\/routes\/[\w-]+\.ts$/,
        rewrite: (source) => source.replace(/\b(\w+Schema)\.parse\(/g, '((value) => value)('),
      },
    ],
  },
  {
    layer: "the engine's item validation on reads (every item read parsed by its entity schema)",
    instead: 'items read taken as they are (writes still parsed: they fill defaults)',
    rewrites: [
      {
        file: /src\/data\/mapper\/entity\.ts$/,
        rewrite: replaceText('schema.safeParse(item)', '({ success: true, data: item })'),
      },
    ],
  },
];

/** The esbuild plugin that applies an ablation's rewrites while the server bundle is built. */
export function ablationPlugin(ablations: readonly Ablation[]): Plugin {
  const rewrites = ablations.flatMap((ablation) => ablation.rewrites);
  return {
    name: 'bench-ablation',
    setup(builder) {
      builder.onLoad({ filter: /\.(?:ts|js|mjs)$/ }, async (args) => {
        const matching = rewrites.filter(({ file }) => file.test(args.path.replaceAll('\\', '/')));
        if (matching.length === 0) return undefined;
        let contents = await readFile(args.path, 'utf8');
        for (const { rewrite } of matching) contents = rewrite(contents);
        return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
}

/** One scenario of the ablation: the API, the bare server and each variant, measured together. */
export interface AblationScenario {
  name: string;
  api: MeasuredLoad;
  bare: MeasuredLoad;
  /** In the order of the ablations measured (the last one: all of them at once). */
  variants: MeasuredLoad[];
}

const cpuOf = (load: MeasuredLoad) => load.cpu?.client ?? Number.NaN;
const micros = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} µs` : '—');

/**
 * What each layer costs per request, per scenario. Every variant is a fresh process warmed like
 * the others, while the API server has served the whole bench before; so a layer's cost is read
 * against the control (the same build as the API, fresh like the variants): the control's CPU per
 * request less the variant's. The control's own row is how far it lies from the warm API server.
 * `layers` label the variants after the control; negative savings are within the run's noise.
 */
export function renderAblationTable(
  layers: readonly string[],
  scenarios: readonly AblationScenario[],
): string {
  const header = `| CPU per request | ${scenarios.map((scenario) => scenario.name).join(' | ')} |\n| --- |${scenarios.map(() => ' ---: |').join('')}`;
  const row = (label: string, cell: (scenario: AblationScenario) => string) =>
    `| ${label} | ${scenarios.map(cell).join(' | ')} |`;
  const control = (scenario: AblationScenario) => cpuOf(scenario.variants[0] ?? scenario.api);
  return [
    header,
    row('API server (warm: it served the whole bench)', (scenario) => micros(cpuOf(scenario.api))),
    row('control: the same build, a fresh process like each variant', (scenario) =>
      micros(control(scenario)),
    ),
    row('bare server', (scenario) => micros(cpuOf(scenario.bare))),
    row('**API above bare**', (scenario) => `**${micros(cpuOf(scenario.api) - cpuOf(scenario.bare))}**`),
    ...layers.map((layer, index) =>
      row(layer, (scenario) => {
        const variant = scenario.variants[index + 1];
        return variant ? micros(control(scenario) - cpuOf(variant)) : '—';
      }),
    ),
  ].join('\n');
}
