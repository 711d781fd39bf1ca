import { writeFileSync } from 'node:fs';
import type { LoadResult } from './stats.ts';

/** CPU time per request, in µs, of the processes that served it. */
export interface CpuShare {
  /** The API server (or, for a floor, the process issuing the raw SDK calls). */
  client: number;
  /** DynamoDB Local's Java process. */
  database: number;
}

export type MeasuredLoad = LoadResult & { cpu?: CpuShare | undefined };

export interface ScenarioRow {
  name: string;
  api: MeasuredLoad;
  floor?: { label: string; result: MeasuredLoad };
  target?: string;
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

export function renderTable(rows: ScenarioRow[]): string {
  const header =
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | raw-SDK floor req/s | ratio to floor | target | CPU µs/req: API server · DynamoDB Local (floor: SDK loop · DynamoDB Local) |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |';
  const cpu = (share: CpuShare | undefined) =>
    share ? `${fixed(share.client, 0)} · ${fixed(share.database, 0)}` : '—';
  const lines = rows.map((row) => {
    const ratio = floorRatio(row);
    return `| ${row.name} | ${fixed(row.api.requestsPerSecond, 0)} | ${fixed(row.api.p50, 2)} | ${fixed(row.api.p95, 2)} | ${fixed(row.api.p99, 2)} | ${row.api.errors} | ${row.floor ? `${fixed(row.floor.result.requestsPerSecond, 0)} (${row.floor.label})` : '—'} | ${ratio === undefined ? '—' : `${(ratio * 100).toFixed(0)} %`} | ${row.target ?? ''} | ${cpu(row.api.cpu)}${row.floor?.result.cpu ? ` (${cpu(row.floor.result.cpu)})` : ''} |`;
  });
  return [header, ...lines].join('\n');
}

export function writeReport(file: string, report: BenchReport): void {
  const sections = report.extra
    .map((section) => `## ${section.title}\n\n${section.lines.join('\n')}\n`)
    .join('\n');
  writeFileSync(
    file,
    `# Benchmarks

Written by \`npm run bench\` on ${report.date}. Do not edit by hand; run it again.

Machine: ${report.machine}

${report.settings}

## HTTP scenarios

${renderTable(report.rows)}

The ratio to the floor — API throughput ÷ the throughput of the same DynamoDB calls issued directly
through the AWS SDK, at the same concurrency, in the same run — is the figure we track: absolute
numbers move with the machine, the ratio much less.

${sections}`,
  );
}
