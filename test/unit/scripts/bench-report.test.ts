import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderAblationTable } from '../../../scripts/bench/ablation.ts';
import { coldStartMisses, coldStartNodes, formatColdStart } from '../../../scripts/bench/cold-start.ts';
import { renderInProcessTable } from '../../../scripts/bench/in-process.ts';
import {
  type BenchReport,
  KEPT_SECTION,
  type MeasuredLoad,
  missedTargets,
  nodeVersionMisses,
  renderBareTable,
  renderNodeVersions,
  renderTable,
  type ScenarioRow,
  writeReport,
} from '../../../scripts/bench/report.ts';

const load = (requestsPerSecond: number, cpuMicros: number): MeasuredLoad => ({
  requests: requestsPerSecond * 8,
  requestsPerSecond,
  p50: 10,
  p95: 20,
  p99: 30,
  errors: 0,
  cpu: { client: cpuMicros, database: 800 },
});

const getTask = (apiRps: number, apiCpu: number): ScenarioRow => ({
  name: 'GET one task',
  api: load(apiRps, apiCpu),
  floor: { label: '1 BatchGet', result: load(1000, 600) },
  targets: { floorRatio: 0.85, cpuRatio: 1.25 },
});

describe('bench targets', () => {
  it('prints the CPU ratio to the SDK loop and marks each target missed', () => {
    const table = renderTable([getTask(900, 900)]);
    expect(table).toContain('| 1.50× |');
    expect(table).toContain('≥ 85 % of floor ✓');
    expect(table).toContain('**CPU ≤ 1.25× SDK loop ✗ missed**');
    expect(missedTargets([getTask(900, 900)])).toEqual(['GET one task: CPU ≤ 1.25× SDK loop']);
  });

  it('sets the API against the bare HTTP server: its ratios and the CPU the API adds above it', () => {
    const table = renderBareTable([{ ...getTask(700, 1000), bare: load(850, 690) }, getTask(900, 900)]);
    expect(table).toContain('| GET one task | 850 | 85 % | 690 | 1.15× | 1000 | 310 µs |');
    // A row measured without the bare server has nothing to compare.
    expect(table.split('\n')).toHaveLength(3);
  });

  it("marks the API's own cost against the bare server: CPU per request above it, at most the target", () => {
    const row = (apiCpu: number): ScenarioRow => ({
      ...getTask(900, apiCpu),
      bare: load(950, 690),
      targets: { aboveBareMicros: 200 },
    });
    expect(renderTable([row(1000)])).toContain('**API above bare ≤ 200 µs ✗ missed**');
    expect(missedTargets([row(1000)])).toEqual(['GET one task: API above bare ≤ 200 µs']);
    expect(missedTargets([row(890)])).toEqual([]);
    // Without the bare server in the run there is nothing to compare: the target is missed.
    const { bare: _unmeasured, ...withoutBare } = row(700);
    expect(missedTargets([withoutBare])).toEqual(['GET one task: API above bare ≤ 200 µs']);
  });

  it('counts a target as missed when the run could not measure it', () => {
    const unmeasured = {
      ...getTask(900, 600),
      floor: { label: '1 BatchGet', result: { ...load(1000, 0), cpu: undefined } },
    };
    expect(missedTargets([unmeasured])).toEqual(['GET one task: CPU ≤ 1.25× SDK loop']);
    expect(missedTargets([getTask(860, 700)])).toEqual([]);
  });

  it('checks the Lambda cold path by its CPU time over bare Node, ≤ 90 ms, whatever its wall time and size', () => {
    const result = {
      sizes: [{ name: 'api', withSdkKiB: 944, withoutSdkKiB: 573 }],
      bareNodeMs: 23,
      importAndFirstEventMs: 150,
      overBareMs: 127,
      cpu: { bareNodeMs: 20, importAndFirstEventMs: 160, overBareMs: 140 },
      nodeVersions: { bareNode: ['v24.1.0'], importAndFirstEvent: ['v24.1.0'] },
      runs: 9,
    };
    expect(coldStartMisses(result)).toEqual(['import + first event CPU 140 ms over bare Node > 90 ms']);
    expect(formatColdStart(result)).toContain('**missed ✗: import + first event CPU 140 ms');
    const met = { ...result, cpu: { bareNodeMs: 20, importAndFirstEventMs: 110, overBareMs: 90 } };
    expect(coldStartMisses(met)).toEqual([]);
    expect(formatColdStart(met)).toContain('≤ 90 ms over bare Node — met ✓');
  });
});

describe('the Node of the measured processes', () => {
  const groups = [
    { label: 'API server (primary + workers)', versions: ['v24.1.0', 'v24.1.0', 'v24.1.0'] },
    { label: 'bare HTTP server', versions: ['v20.20.2'] },
    { label: 'profiled API servers', versions: [] },
  ];

  it('prints each kind of process with its Node versions and whether they are Node 24', () => {
    const table = renderNodeVersions(groups);
    expect(table).toContain('| API server (primary + workers) | 3 | v24.1.0 ×3 | ✓ |');
    expect(table).toContain('| bare HTTP server | 1 | v20.20.2 ×1 | **✗ missed** |');
    expect(table).toContain('| profiled API servers | 0 | — | **✗ missed** |');
  });

  it('counts another major, or a version it could not read, as a missed target', () => {
    expect(nodeVersionMisses(groups)).toEqual([
      'bare HTTP server: Node v20.20.2, not Node 24',
      'profiled API servers: Node version not read',
    ]);
  });

  it('is printed for every process of the Lambda cold path', () => {
    const result = {
      sizes: [{ name: 'api', withSdkKiB: 690, withoutSdkKiB: 400 }],
      bareNodeMs: 23,
      importAndFirstEventMs: 120,
      overBareMs: 97,
      cpu: { bareNodeMs: 20, importAndFirstEventMs: 110, overBareMs: 90 },
      nodeVersions: { bareNode: ['v24.1.0', 'v24.1.0'], importAndFirstEvent: ['v24.1.0', 'v22.3.0'] },
      runs: 2,
    };
    expect(nodeVersionMisses(coldStartNodes(result))).toEqual([
      'Lambda cold path: API bundle import + first event: Node v22.3.0, not Node 24',
    ]);
    expect(formatColdStart(result)).toContain('| Lambda cold path: bare `node -e` | 2 | v24.1.0 ×2 | ✓ |');
  });
});

describe('the bench report', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tasklane-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is rewritten by every run except for the hand-written section, which it keeps', () => {
    const file = path.join(dir, 'benchmarks.md');
    const report = (date: string): BenchReport => ({
      machine: 'test machine',
      date,
      settings: 'settings',
      rows: [getTask(900, 700)],
      extra: [{ title: 'Memory', lines: [`RSS on ${date}`] }],
    });
    writeReport(file, report('2026-01-01'));
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${KEPT_SECTION}\n\nMeasured by hand.\n`);
    writeReport(file, report('2026-02-02'));
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('RSS on 2026-02-02');
    expect(text).not.toContain('RSS on 2026-01-01');
    expect(text.split(KEPT_SECTION)).toHaveLength(2);
    expect(text.trimEnd().endsWith('Measured by hand.')).toBe(true);
  });
});

describe('the ablation table', () => {
  it("reads each layer against the control, a fresh process of the API's build, not against the warm API", () => {
    const scenario = {
      name: 'GET one task',
      api: load(600, 1000),
      bare: load(800, 700),
      // The control, then one layer taken out.
      variants: [load(600, 1300), load(650, 1200)],
    };
    const table = renderAblationTable(['without the deadline: saves'], [scenario]);
    expect(table).toContain('| **API above bare** | **300 µs** |');
    expect(table).toContain('| control: the same build, a fresh process like each variant | 1300 µs |');
    expect(table).toContain('| without the deadline: saves | 100 µs |');
  });
});

describe('in-process table', () => {
  it('reads the API against the bare answer, and each variant against the API', () => {
    const table = renderInProcessTable(
      {
        scenarios: ['GET one task'],
        bare: { 'GET one task': 400 },
        api: { 'GET one task': 710 },
        control: { 'GET one task': 690 },
        variants: [{ 'GET one task': 620 }],
        nodes: ['v24.0.0'],
        requests: 3000,
      },
      ['without the deadline: saves'],
    );
    expect(table).toContain('| bare answer (the floor’s calls, JSON out) | 400 µs |');
    expect(table).toContain('| **API above bare** | **300 µs** |');
    expect(table).toContain('| API (mean of its two copies) | 700 µs |');
    expect(table).toContain('| noise: the two copies of the API apart | 20 µs |');
    expect(table).toContain('| without the deadline: saves | 80 µs |');
  });
});
