import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { NODE_MAJOR } from '../node-runtime.ts';
import type { LoadResult } from './stats.ts';

/** CPU time per request, in µs, of the processes that served it. */
export interface CpuShare {
  /** The API server (or, for a floor, the process issuing the raw SDK calls). */
  client: number;
  /** DynamoDB Local's Java process. */
  database: number;
}

export type MeasuredLoad = LoadResult & { cpu?: CpuShare | undefined };

/** What a scenario must reach; each bound is checked and a miss is marked in the report. */
export interface ScenarioTargets {
  /** Requests per second at least. */
  requestsPerSecond?: number;
  /** API throughput ÷ raw-SDK floor throughput at least. */
  floorRatio?: number;
  /** API server CPU per request ÷ the SDK loop's per operation at most. */
  cpuRatio?: number;
  /** API server CPU per request less the bare server's, in µs, at most: what the API's own layers cost. */
  aboveBareMicros?: number;
}

export interface ScenarioRow {
  name: string;
  api: MeasuredLoad;
  floor?: { label: string; result: MeasuredLoad };
  /** The same requests answered by the bare `node:http` server (scripts/bench/bare-server.ts). */
  bare?: MeasuredLoad;
  targets?: ScenarioTargets;
}

export interface BenchReport {
  machine: string;
  date: string;
  settings: string;
  rows: ScenarioRow[];
  extra: Array<{ title: string; lines: string[] }>;
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

/** The ratio tracked over time: API throughput ÷ raw-SDK throughput at the same concurrency. */
export function floorRatio(row: ScenarioRow): number | undefined {
  return row.floor ? row.api.requestsPerSecond / row.floor.result.requestsPerSecond : undefined;
}

/** API server CPU per request less the bare server's for the same requests, in µs. */
export function aboveBare(row: ScenarioRow): number | undefined {
  const api = row.api.cpu?.client;
  const bare = row.bare?.cpu?.client;
  return api !== undefined && bare !== undefined ? api - bare : undefined;
}

/** API server CPU per request ÷ the SDK loop's CPU per operation of the same DynamoDB calls. */
export function cpuRatio(row: ScenarioRow): number | undefined {
  const api = row.api.cpu?.client;
  const floor = row.floor?.result.cpu?.client;
  return api !== undefined && floor !== undefined && floor > 0 ? api / floor : undefined;
}

export interface TargetCheck {
  label: string;
  met: boolean;
}

/** Every target of a row with whether this run met it (a value that could not be measured misses). */
export function checkTargets(row: ScenarioRow): TargetCheck[] {
  const { requestsPerSecond, floorRatio: minFloor, cpuRatio: maxCpu, aboveBareMicros } = row.targets ?? {};
  const checks: TargetCheck[] = [];
  if (requestsPerSecond !== undefined) {
    checks.push({
      label: `≥ ${requestsPerSecond.toLocaleString('en-US')} req/s`,
      met: row.api.requestsPerSecond >= requestsPerSecond,
    });
  }
  if (minFloor !== undefined) {
    checks.push({
      label: `≥ ${(minFloor * 100).toFixed(0)} % of floor`,
      met: (floorRatio(row) ?? 0) >= minFloor,
    });
  }
  if (maxCpu !== undefined) {
    checks.push({
      label: `CPU ≤ ${maxCpu}× SDK loop`,
      met: (cpuRatio(row) ?? Number.POSITIVE_INFINITY) <= maxCpu,
    });
  }
  if (aboveBareMicros !== undefined) {
    checks.push({
      label: `API above bare ≤ ${aboveBareMicros} µs`,
      met: (aboveBare(row) ?? Number.POSITIVE_INFINITY) <= aboveBareMicros,
    });
  }
  return checks;
}

/** The targets a run missed, one line each (`scenario: target`), for the console and the report. */
export function missedTargets(rows: ScenarioRow[]): string[] {
  return rows.flatMap((row) =>
    checkTargets(row)
      .filter((check) => !check.met)
      .map((check) => `${row.name}: ${check.label}`),
  );
}

export function renderTable(rows: ScenarioRow[]): string {
  const header =
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | raw-SDK floor req/s | ratio to floor | CPU µs/req: API server · DynamoDB Local (floor: SDK loop · DynamoDB Local) | CPU ratio (API ÷ SDK loop) | targets |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |';
  const cpu = (share: CpuShare | undefined) =>
    share ? `${fixed(share.client, 0)} · ${fixed(share.database, 0)}` : '—';
  const lines = rows.map((row) => {
    const ratio = floorRatio(row);
    const cpuFactor = cpuRatio(row);
    const targets = checkTargets(row)
      .map((check) => (check.met ? `${check.label} ✓` : `**${check.label} ✗ missed**`))
      .join('; ');
    return `| ${row.name} | ${fixed(row.api.requestsPerSecond, 0)} | ${fixed(row.api.p50, 2)} | ${fixed(row.api.p95, 2)} | ${fixed(row.api.p99, 2)} | ${row.api.errors} | ${row.floor ? `${fixed(row.floor.result.requestsPerSecond, 0)} (${row.floor.label})` : '—'} | ${ratio === undefined ? '—' : `${(ratio * 100).toFixed(0)} %`} | ${cpu(row.api.cpu)}${row.floor?.result.cpu ? ` (${cpu(row.floor.result.cpu)})` : ''} | ${cpuFactor === undefined ? '—' : `${cpuFactor.toFixed(2)}×`} | ${targets} |`;
  });
  return [header, ...lines].join('\n');
}

/**
 * The bare `node:http` server against the same floor: the throughput ratio and CPU ratio any
 * Node HTTP server in front of these calls reaches on the machine, and how much of the API's
 * CPU per request lies above that bound (its framework, validation, auth, engine, logging).
 */
export function renderBareTable(rows: ScenarioRow[]): string {
  const header =
    '| scenario | bare server req/s | ratio to floor | bare server CPU µs/req | CPU ratio (bare ÷ SDK loop) | API server CPU µs/req | API above bare |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |';
  const lines = rows.flatMap((row) => {
    const { bare, floor } = row;
    if (!bare || !floor) return [];
    const bareCpu = bare.cpu?.client ?? Number.NaN;
    const floorCpu = floor.result.cpu?.client ?? Number.NaN;
    const apiCpu = row.api.cpu?.client ?? Number.NaN;
    return [
      `| ${row.name} | ${fixed(bare.requestsPerSecond, 0)} | ${fixed((bare.requestsPerSecond / floor.result.requestsPerSecond) * 100, 0)} % | ${fixed(bareCpu, 0)} | ${fixed(bareCpu / floorCpu, 2)}× | ${fixed(apiCpu, 0)} | ${fixed(apiCpu - bareCpu, 0)} µs |`,
    ];
  });
  return [header, ...lines].join('\n');
}

/** The processes of one kind the bench measured, and the Node version each ran (`process.version`). */
export interface MeasuredNodes {
  label: string;
  versions: string[];
}

const majorOf = (version: string) => Number(/^v?(\d+)\./.exec(version)?.[1]);

/** Each kind of process that did not run on NODE_MAJOR, or whose Node could not be read, one line each. */
export function nodeVersionMisses(groups: MeasuredNodes[]): string[] {
  return groups.flatMap(({ label, versions }) => {
    if (versions.length === 0) return [`${label}: Node version not read`];
    const others = [...new Set(versions.filter((version) => majorOf(version) !== NODE_MAJOR))];
    return others.length === 0 ? [] : [`${label}: Node ${others.join(', ')}, not Node ${NODE_MAJOR}`];
  });
}

/** Which Node every measured process ran, per kind of process, each checked against NODE_MAJOR. */
export function renderNodeVersions(groups: MeasuredNodes[]): string {
  const header = `| measured processes | processes | Node | Node ${NODE_MAJOR} |\n| --- | ---: | --- | --- |`;
  const lines = groups.map(({ label, versions }) => {
    const counts = new Map<string, number>();
    for (const version of versions) counts.set(version, (counts.get(version) ?? 0) + 1);
    const node = [...counts].map(([version, count]) => `${version} ×${count}`).join(', ') || '—';
    const met = nodeVersionMisses([{ label, versions }]).length === 0;
    return `| ${label} | ${versions.length} | ${node} | ${met ? '✓' : '**✗ missed**'} |`;
  });
  return [header, ...lines].join('\n');
}

/**
 * The one section of the report written by hand (measurements a run cannot repeat, such as
 * before/after comparisons or runs on a loaded machine); every run carries it over unchanged.
 */
export const KEPT_SECTION = '## Earlier measurements (kept by every run)';

function keptSection(file: string): string {
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(KEPT_SECTION);
  return start < 0 ? '' : `\n${text.slice(start).trimEnd()}\n`;
}

export function writeReport(file: string, report: BenchReport): void {
  const sections = report.extra
    .map((section) => `## ${section.title}\n\n${section.lines.join('\n')}\n`)
    .join('\n');
  const kept = keptSection(file);
  writeFileSync(
    file,
    `# Benchmarks

Written by \`npm run bench\` on ${report.date}; run it again rather than editing by hand. Only the
last section, "${KEPT_SECTION.slice(3)}", is written by hand, and each run keeps it as it is.

Machine: ${report.machine}

${report.settings}

## HTTP scenarios

${renderTable(report.rows)}

The ratio to the floor — API throughput ÷ the throughput of the same DynamoDB calls issued directly
through the AWS SDK, at the same concurrency, in the same run — is the figure we track: absolute
numbers move with the machine, the ratio much less.

${sections}${kept}`,
  );
}
