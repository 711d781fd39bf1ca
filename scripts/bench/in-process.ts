/**
 * The in-process bench: what the API's own layers cost per request with no I/O on the request
 * path. Each target (the bare answer, the API as built, and the API with each ablation's layer
 * taken out) is its own bundle of scripts/bench/in-process-entry.ts; one process
 * (scripts/bench/in-process-driver.mjs) loads them all and has them answer the scenarios' requests
 * in turns of short batches, DynamoDB's answers replayed after the first of each distinct call.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { bundle } from '../bundle.ts';
import { type Ablation, ablationPlugin } from './ablation.ts';
import type { InProcessScenario } from './in-process-entry.ts';

export interface InProcessOptions {
  environment: Record<string, string>;
  userId: string;
  token: string;
  scenarios: InProcessScenario[];
  /** One variant per entry: the layers it takes out. The API as built is loaded twice besides. */
  variants: ReadonlyArray<readonly Ablation[]>;
  outDir: string;
  /** Requests each target answers per scenario before any is measured. */
  warmup?: number;
  /** Turns each target takes per scenario, and the requests of each turn. */
  batches?: number;
  batchSize?: number;
}

export interface InProcessTable {
  scenarios: string[];
  /** CPU µs per request of the bare answer, by scenario. */
  bare: Record<string, number>;
  /** The same of the API as built, and of its second copy (the control: how far two copies lie apart). */
  api: Record<string, number>;
  control: Record<string, number>;
  /** The same of each variant, in the order given. */
  variants: Array<Record<string, number>>;
  nodes: string[];
  /** Requests measured per target and scenario. */
  requests: number;
}

const ENTRY = 'scripts/bench/in-process-entry.ts';
const DRIVER = path.join(import.meta.dirname, 'in-process-driver.mjs');

async function buildTarget(outDir: string, ablations: readonly Ablation[]): Promise<string> {
  await bundle({
    outDir,
    names: ['server'],
    entries: { server: ENTRY },
    plugins: [ablationPlugin(ablations)],
  });
  return path.join(outDir, 'server', 'index.mjs');
}

export async function measureInProcess(options: InProcessOptions): Promise<InProcessTable> {
  const batches = options.batches ?? 60;
  const batchSize = options.batchSize ?? 50;
  const files = [await buildTarget(path.join(options.outDir, 'in-process-bare'), [])];
  const api = await buildTarget(path.join(options.outDir, 'in-process-api'), []);
  // The control loads the very same file again under another URL: a second, separate copy of every module.
  files.push(api, `${api}?control`);
  for (const [index, ablations] of options.variants.entries()) {
    files.push(await buildTarget(path.join(options.outDir, `in-process-${index}`), ablations));
  }
  const spec = {
    files,
    userId: options.userId,
    token: options.token,
    scenarios: options.scenarios,
    warmup: options.warmup ?? 1_000,
    batches,
    batchSize,
  };
  const result = spawnSync(process.execPath, [DRIVER], {
    env: {
      ...process.env,
      ...options.environment,
      LOG_LEVEL: 'WARN',
      NODE_ENV: 'production',
      BENCH_IN_PROCESS_SPEC: JSON.stringify(spec),
    },
    encoding: 'utf8',
    timeout: 30 * 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`in-process bench failed: ${result.stderr || result.error}`);
  const { node, micros } = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as {
    node: string;
    micros: Array<Record<string, number>>;
  };
  const [bare = {}, apiMicros = {}, control = {}, ...variants] = micros;
  return {
    scenarios: options.scenarios.map((scenario) => scenario.name),
    bare,
    api: apiMicros,
    control,
    variants,
    nodes: [node],
    requests: batches * batchSize,
  };
}

const micros = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) ? `${value.toFixed(0)} µs` : '—';

/**
 * The table: the bare answer, the API (the mean of its two copies), the API above bare, how far
 * the two copies lie apart (the noise every row carries), and what each variant saves against
 * the API. `layers` label the variants.
 */
export function renderInProcessTable(table: InProcessTable, layers: readonly string[]): string {
  const api = Object.fromEntries(
    table.scenarios.map((name) => [
      name,
      ((table.api[name] ?? Number.NaN) + (table.control[name] ?? Number.NaN)) / 2,
    ]),
  );
  const row = (label: string, cell: (name: string) => string) =>
    `| ${label} | ${table.scenarios.map(cell).join(' | ')} |`;
  return [
    `| CPU per request, in process (no sockets; DynamoDB answers replayed) | ${table.scenarios.join(' | ')} |`,
    `| --- |${table.scenarios.map(() => ' ---: |').join('')}`,
    row('bare answer (the floor’s calls, JSON out)', (name) => micros(table.bare[name])),
    row('API (mean of its two copies)', (name) => micros(api[name])),
    row(
      '**API above bare**',
      (name) => `**${micros((api[name] ?? Number.NaN) - (table.bare[name] ?? Number.NaN))}**`,
    ),
    row('noise: the two copies of the API apart', (name) =>
      micros(Math.abs((table.api[name] ?? Number.NaN) - (table.control[name] ?? Number.NaN))),
    ),
    ...layers.map((layer, index) =>
      row(layer, (name) => micros((api[name] ?? Number.NaN) - (table.variants[index]?.[name] ?? Number.NaN))),
    ),
  ].join('\n');
}
