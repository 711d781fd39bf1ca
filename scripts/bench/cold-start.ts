/**
 * The Lambda cold path: each bundle's size (AWS SDK inside, and left to the runtime), and
 * the time a fresh Node process takes to import the API bundle and serve its first event,
 * over the time of a bare `node -e ""` (median of several runs). Run alone with tsx.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle } from '../bundle.ts';
import { type MeasuredNodes, renderNodeVersions } from './report.ts';
import { median } from './stats.ts';

export interface ColdStartResult {
  sizes: Array<{ name: string; withSdkKiB: number; withoutSdkKiB: number }>;
  bareNodeMs: number;
  importAndFirstEventMs: number;
  overBareMs: number;
  /**
   * The same two processes' own CPU time (user + system, all threads, medians): a shared
   * machine preempts a process and stretches its wall time, but not the CPU it uses.
   */
  cpu: { bareNodeMs: number; importAndFirstEventMs: number; overBareMs: number };
  /** `process.version` of each measured process, as it printed it. */
  nodeVersions: { bareNode: string[]; importAndFirstEvent: string[] };
  runs: number;
}

/**
 * The cold path the API Lambda must reach (the deployed bundle, AWS SDK inside): CPU time over
 * bare Node in the same run, which preemption on a shared machine does not stretch as it does
 * wall time. Kilobytes are no target of their own (scripts/bundle.ts keeps a size budget).
 */
export const COLD_START_TARGETS = { cpuOverBareMs: 90 } as const;

/** The cold-path targets this run missed, one line each. */
export function coldStartMisses(result: ColdStartResult): string[] {
  return result.cpu.overBareMs <= COLD_START_TARGETS.cpuOverBareMs
    ? []
    : [
        `import + first event CPU ${result.cpu.overBareMs.toFixed(0)} ms over bare Node > ${COLD_START_TARGETS.cpuOverBareMs} ms`,
      ];
}

/** Prints the process's CPU time so far (ms) and its Node version as the last line of its output. */
const PRINT_CPU =
  'const cpu = process.cpuUsage(); console.log(JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, node: process.version }));';

const RUNNER = `
import { pathToFileURL } from 'node:url';
const [bundlePath, eventPath] = process.argv.slice(2);
const { readFileSync } = await import('node:fs');
const event = JSON.parse(readFileSync(eventPath, 'utf8'));
const { handler } = await import(pathToFileURL(bundlePath).href);
const response = await handler(event, { awsRequestId: 'cold-1', functionName: 'api', getRemainingTimeInMillis: () => 30000 });
if (response.statusCode !== 200) { console.error(JSON.stringify(response)); process.exit(2); }
${PRINT_CPU}
process.exit(0);
`;

/** Environment the API bundle needs at import (values only; /health performs no I/O). */
const BUNDLE_ENV = {
  STAGE: 'test',
  LOG_LEVEL: 'WARN',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'cold',
  AWS_SECRET_ACCESS_KEY: 'cold',
  DYNAMODB_TABLE_NAME: 'cold-start',
  DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
  COGNITO_USER_POOL_ID: 'us-east-1_cold',
  COGNITO_CLIENT_ID: 'cold',
  S3_BUCKET: 'cold-start',
  CURSOR_SECRET: 'cold-start-cursor-secret-0123456789abcdef',
  POWERTOOLS_METRICS_NAMESPACE: 'tasklane-bench',
  POWERTOOLS_TRACE_ENABLED: 'false',
};

/** One fresh process: its wall time as seen from here, and the CPU time and Node version it printed last. */
function timed(command: string, args: string[], env: Record<string, string | undefined>) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const { cpuMs, node } = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as {
    cpuMs: number;
    node: string;
  };
  return { wallMs, cpuMs, node };
}

export async function runColdStartBench(runs = 9): Promise<ColdStartResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tasklane-cold-'));
  try {
    const names = ['api', 'worker'] as const;
    const withSdk = await bundle({ outDir: path.join(dir, 'with-sdk'), names: [...names] });
    const withoutSdk = await bundle({
      outDir: path.join(dir, 'without-sdk'),
      names: [...names],
      externalSdk: true,
    });
    const sizes = names.map((name) => ({
      name,
      withSdkKiB: (withSdk.find((result) => result.name === name)?.bytes ?? 0) / 1024,
      withoutSdkKiB: (withoutSdk.find((result) => result.name === name)?.bytes ?? 0) / 1024,
    }));
    const runner = path.join(dir, 'runner.mjs');
    writeFileSync(runner, RUNNER);
    const event = path.join(dir, 'event.json');
    const fixture = JSON.parse(readFileSync('test/fixtures/lambda/http-api-event.json', 'utf8'));
    writeFileSync(
      event,
      JSON.stringify({
        ...fixture,
        rawPath: '/health',
        routeKey: '$default',
        rawQueryString: '',
        requestContext: {
          ...fixture.requestContext,
          http: { ...fixture.requestContext.http, method: 'GET', path: '/health' },
        },
      }),
    );
    const apiBundle = path.join(dir, 'with-sdk', 'lambda', 'api', 'index.mjs');
    const env = { PATH: process.env.PATH, ...BUNDLE_ENV };
    timed(process.execPath, [runner, apiBundle, event], env); // warm the OS file cache
    const bare: Array<ReturnType<typeof timed>> = [];
    const cold: Array<ReturnType<typeof timed>> = [];
    for (let run = 0; run < runs; run += 1) {
      bare.push(timed(process.execPath, ['-e', PRINT_CPU], env));
      cold.push(timed(process.execPath, [runner, apiBundle, event], env));
    }
    const bareNodeMs = median(bare.map((run) => run.wallMs));
    const importAndFirstEventMs = median(cold.map((run) => run.wallMs));
    const bareCpuMs = median(bare.map((run) => run.cpuMs));
    const coldCpuMs = median(cold.map((run) => run.cpuMs));
    return {
      sizes,
      bareNodeMs,
      importAndFirstEventMs,
      overBareMs: importAndFirstEventMs - bareNodeMs,
      cpu: { bareNodeMs: bareCpuMs, importAndFirstEventMs: coldCpuMs, overBareMs: coldCpuMs - bareCpuMs },
      nodeVersions: {
        bareNode: bare.map((run) => run.node),
        importAndFirstEvent: cold.map((run) => run.node),
      },
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The cold path's processes with the Node each ran, for the bench's Node check. */
export function coldStartNodes(result: ColdStartResult): MeasuredNodes[] {
  return [
    { label: 'Lambda cold path: bare `node -e`', versions: result.nodeVersions.bareNode },
    {
      label: 'Lambda cold path: API bundle import + first event',
      versions: result.nodeVersions.importAndFirstEvent,
    },
  ];
}

export function formatColdStart(result: ColdStartResult): string {
  const rows = result.sizes.map(
    (size) => `| ${size.name} | ${size.withSdkKiB.toFixed(1)} KiB | ${size.withoutSdkKiB.toFixed(1)} KiB |`,
  );
  const misses = coldStartMisses(result);
  return [
    '| bundle | AWS SDK bundled (as tested) | `@aws-sdk/*` left to the runtime |',
    '| --- | ---: | ---: |',
    ...rows,
    '',
    `Import the API bundle and serve its first event (GET /health) in a fresh Node process: median ${result.importAndFirstEventMs.toFixed(0)} ms, bare \`node -e ""\` ${result.bareNodeMs.toFixed(0)} ms → ${result.overBareMs.toFixed(0)} ms over bare Node (${result.runs} runs).`,
    '',
    `CPU time of the same processes (user + system, all threads: preemption on a shared machine stretches wall time, not this): ${result.cpu.importAndFirstEventMs.toFixed(0)} ms, bare Node ${result.cpu.bareNodeMs.toFixed(0)} ms → **${result.cpu.overBareMs.toFixed(0)} ms over bare Node**.`,
    '',
    `Target: import + first event CPU ≤ ${COLD_START_TARGETS.cpuOverBareMs} ms over bare Node — ${misses.length === 0 ? 'met ✓' : `**missed ✗: ${misses.join('; ')}**`}.`,
    '',
    renderNodeVersions(coldStartNodes(result)),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatColdStart(await runColdStartBench()));
}
