import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';

/** Where a sample's CPU time is charged. Order matters: the first matching rule wins. */
export const CPU_CATEGORIES = [
  'AWS SDK (middleware, signing, HTTP, marshalling)',
  'zod: item validation in the engine',
  'zod: request/response validation',
  'Hono routing and the Node adapter',
  'Node HTTP, sockets, streams (node:*)',
  'JSON parse/stringify',
  'logger and redaction',
  'metrics and tracing',
  'auth (token verify, caches)',
  'engine (src/data)',
  'services (src/services)',
  'HTTP layer (src/http)',
  'other own code (src/*)',
  'garbage collection',
  'other (V8, natives, rest of node_modules)',
] as const;
export type CpuCategory = (typeof CPU_CATEGORIES)[number];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A frame's origin: a package name, a repo path under src/, a Node built-in, or a native. */
interface Origin {
  kind: 'package' | 'src' | 'node' | 'native';
  name: string;
}

/** Maps bundle positions back to their sources with the bundle's own source map. */
function originResolver(bundleFile: string): (frame: ProfileNode['callFrame']) => Origin {
  const map = new SourceMap(JSON.parse(readFileSync(`${bundleFile}.map`, 'utf8')));
  const bundleDir = path.dirname(bundleFile);
  const cache = new Map<string, Origin>();
  return (frame) => {
    if (frame.url.startsWith('node:')) return { kind: 'node', name: frame.url };
    if (!frame.url) return { kind: 'native', name: frame.functionName };
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    const known = cache.get(key);
    if (known) return known;
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
    const source = entry.originalSource ? path.resolve(bundleDir, entry.originalSource) : '';
    const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    const origin: Origin = packageMatch?.[1]
      ? { kind: 'package', name: packageMatch[1] }
      : source.includes('/src/')
        ? { kind: 'src', name: source.slice(source.lastIndexOf('/src/') + 1) }
        : { kind: 'native', name: frame.functionName };
    cache.set(key, origin);
    return origin;
  };
}

const isSdk = (name: string) => name.startsWith('@aws-sdk/') || name.startsWith('@smithy/');

function categorize(self: Origin, ownCaller: Origin | undefined, functionName: string): CpuCategory {
  const caller = ownCaller?.name ?? '';
  if (self.kind === 'native') {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === 'stringify' || functionName === 'parse') return 'JSON parse/stringify';
    return 'other (V8, natives, rest of node_modules)';
  }
  if (self.kind === 'node') return 'Node HTTP, sockets, streams (node:*)';
  if (self.kind === 'package') {
    if (isSdk(self.name) || ['fast-xml-parser', 'tslib', 'bowser', 'uuid'].includes(self.name)) {
      return 'AWS SDK (middleware, signing, HTTP, marshalling)';
    }
    if (self.name === 'zod' || self.name === '@hono/zod-openapi' || self.name === '@hono/zod-validator') {
      return caller.startsWith('src/data/')
        ? 'zod: item validation in the engine'
        : 'zod: request/response validation';
    }
    if (self.name === 'hono' || self.name === '@hono/node-server') return 'Hono routing and the Node adapter';
    if (self.name === '@aws-lambda-powertools/logger') return 'logger and redaction';
    if (self.name.startsWith('@aws-lambda-powertools/') || self.name === 'aws-xray-sdk-core') {
      return 'metrics and tracing';
    }
    if (self.name === 'aws-jwt-verify') return 'auth (token verify, caches)';
    return 'other (V8, natives, rest of node_modules)';
  }
  const file = self.name;
  if (file.startsWith('src/lib/logger') || file.startsWith('src/lib/redact')) return 'logger and redaction';
  if (file.startsWith('src/lib/metric') || file.startsWith('src/lib/tracer')) return 'metrics and tracing';
  if (file.startsWith('src/services/auth')) return 'auth (token verify, caches)';
  if (file.startsWith('src/data/')) return 'engine (src/data)';
  if (file.startsWith('src/services/')) return 'services (src/services)';
  if (file.startsWith('src/http/') || file === 'src/app.ts') return 'HTTP layer (src/http)';
  return 'other own code (src/*)';
}

export interface CpuBreakdown {
  /** Profiled CPU time (idle excluded) per request, in µs. */
  totalMicros: number;
  /** µs per request by category. */
  byCategory: Map<CpuCategory, number>;
  /** The heaviest origins (package or source file, and function), µs per request. */
  top: Array<{ label: string; micros: number }>;
}

/**
 * Reads a V8 `.cpuprofile` of the server bundle and charges
 * each sample's self time to a category: by the frame's package, or for zod by the nearest own
 * caller (the engine's item validation vs the HTTP layer's).
 */
export function summarizeProfile(profileFile: string, bundleFile: string, requests: number): CpuBreakdown {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const resolve = originResolver(bundleFile);
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const categoryOf = new Map<number, CpuCategory | 'idle'>();
  const classify = (id: number): CpuCategory | 'idle' => {
    const known = categoryOf.get(id);
    if (known) return known;
    const node = byId.get(id) as ProfileNode;
    let category: CpuCategory | 'idle';
    if (node.callFrame.functionName === '(idle)') category = 'idle';
    else {
      let ownCaller: Origin | undefined;
      for (let at = parent.get(id); at !== undefined && !ownCaller; at = parent.get(at)) {
        const origin = resolve((byId.get(at) as ProfileNode).callFrame);
        if (origin.kind === 'src') ownCaller = origin;
      }
      category = categorize(resolve(node.callFrame), ownCaller, node.callFrame.functionName);
    }
    categoryOf.set(id, category);
    return category;
  };
  const micros = new Map<CpuCategory, number>();
  const byOrigin = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const category = classify(id);
    const delta = profile.timeDeltas[index] ?? 0;
    if (category === 'idle') return;
    micros.set(category, (micros.get(category) ?? 0) + delta);
    const frame = (byId.get(id) as ProfileNode).callFrame;
    const label = `${resolve(frame).name} ${frame.functionName || '(anonymous)'}`;
    byOrigin.set(label, (byOrigin.get(label) ?? 0) + delta);
    total += delta;
  });
  const top = [...byOrigin.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([label, value]) => ({ label, micros: value / requests }));
  const perRequest = new Map<CpuCategory, number>();
  for (const category of CPU_CATEGORIES) perRequest.set(category, (micros.get(category) ?? 0) / requests);
  return { totalMicros: total / requests, byCategory: perRequest, top };
}

/** One markdown table: a column per scenario, a row per category, µs per request and share. */
export function formatBreakdowns(breakdowns: Array<{ name: string; breakdown: CpuBreakdown }>): string {
  const header = `| where the server's CPU goes (µs/req, share) | ${breakdowns.map((b) => b.name).join(' | ')} |`;
  const rule = `| --- | ${breakdowns.map(() => '---:').join(' | ')} |`;
  const rows = CPU_CATEGORIES.map((category) => {
    const cells = breakdowns.map(({ breakdown }) => {
      const value = breakdown.byCategory.get(category) ?? 0;
      return `${value.toFixed(0)} (${((value / breakdown.totalMicros) * 100).toFixed(0)} %)`;
    });
    return `| ${category} | ${cells.join(' | ')} |`;
  });
  const total = `| **profiled total** | ${breakdowns.map((b) => `**${b.breakdown.totalMicros.toFixed(0)}**`).join(' | ')} |`;
  return [header, rule, ...rows, total].join('\n');
}
