import { describe, expect, it } from 'vitest';
import {
  type FloodMeasurement,
  floodChecks,
  floodMisses,
  formatFlood,
} from '../../../scripts/bench/flood.ts';

const measured = (overrides: Partial<FloodMeasurement> = {}): FloodMeasurement => ({
  seconds: 15,
  floodRequests: 2000,
  floodConnectionErrors: 0,
  floodNon413: 0,
  floodP50Ms: 8,
  floodP99Ms: 40,
  healthRequests: 3000,
  healthErrors: 0,
  healthP50Ms: 2,
  healthP99Ms: 30,
  serverCpuMsPer413: 2.5,
  generatorCpuMsPer413: 1,
  rssMiB: { before: 300, after: 320, settled: 310 },
  rssBackAfterSeconds: 1.5,
  ...overrides,
});

describe('the flood targets', () => {
  it('are all met by a flood within every bound', () => {
    expect(floodChecks(measured()).every((check) => check.met)).toBe(true);
    expect(floodMisses(measured())).toEqual([]);
    expect(formatFlood(measured()).at(-1)).toContain('no connection errors ✓; 413 p99 < 50 ms ✓');
  });

  it('mark each bound that is missed, and only that one', () => {
    const cases: Array<[Partial<FloodMeasurement>, string]> = [
      [{ floodConnectionErrors: 1 }, 'no connection errors'],
      [{ floodNon413: 1 }, 'no connection errors'],
      [{ healthErrors: 1 }, 'no connection errors'],
      [{ floodRequests: 0 }, 'no connection errors'],
      [{ floodP99Ms: 50 }, '413 p99 < 50 ms'],
      [{ healthP99Ms: 50 }, '/health p99 < 50 ms'],
      [{ rssBackAfterSeconds: undefined }, 'RSS back within 10 s'],
    ];
    for (const [overrides, label] of cases) {
      expect(floodMisses(measured(overrides))).toEqual([`oversized-body flood: ${label}`]);
      expect(formatFlood(measured(overrides)).at(-1)).toContain(`**${label} ✗ missed**`);
    }
  });

  it('count a percentile that could not be measured (no answers) as missed', () => {
    expect(floodMisses(measured({ floodP99Ms: Number.NaN, healthP99Ms: Number.NaN }))).toEqual([
      'oversized-body flood: 413 p99 < 50 ms',
      'oversized-body flood: /health p99 < 50 ms',
    ]);
  });
});
