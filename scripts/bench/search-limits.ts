/**
 * `npx tsx scripts/bench/search-limits.ts [1000 10000 100000]`: the embedded search index's limits
 * for one project of N tasks, in this process (no network): blob size, build and load
 * (deserialize) time, query p50/p99 over a mix of queries, and the cost of one update (apply a
 * change + serialize the whole blob, what the stream worker pays per record before its PUT).
 * Synthetic tasks: 8-word titles, 40-word descriptions, 2 labels, one comment in three; one word in
 * three from 100 common ones, the rest from 5,000 rarer ones.
 */
import { gzipSync } from 'node:zlib';
import { newTaskStructure, type Task } from '#data/entities/task';
import { createProjectIndex, loadProjectIndex } from '#data/search/project-index';
import { rankHits } from '#data/search/search-index';
import { newId } from '#lib/ids';

const COMMON = (
  'launch plan budget review design spec api server client mobile web release notes marketing ' +
  'sales customer support billing invoice report metrics dashboard login signup password email ' +
  'database migration index query cache latency outage incident postmortem roadmap quarter goal ' +
  'hiring onboarding training document policy security audit backup restore deploy pipeline test ' +
  'bug feature refactor cleanup upgrade dependency library framework component button modal form'
).split(' ');
const SYLLABLES = 'ka lo mi ne ru sa te vi zo pa qu ri do fe gu ha ji ko lu ma'.split(' ');
/** 100 common words and 5,000 rarer made-up ones (names, jargon): closer to real task text. */
const WORDS = [
  ...COMMON,
  ...Array.from(
    { length: 5000 },
    (_, i) =>
      `${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20]}${SYLLABLES[Math.floor(i / 400) % 20]}`,
  ),
];

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
/** One word in three is a common one. */
const word = () =>
  (random() < 0.33
    ? COMMON[Math.floor(random() * COMMON.length)]
    : WORDS[Math.floor(random() * WORDS.length)]) ?? 'task';
const words = (n: number) => Array.from({ length: n }, word).join(' ');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

function measure(count: number) {
  const projectId = newId();
  const now = new Date().toISOString();
  const tasks: Task[] = Array.from({ length: count }, (_, i) => ({
    id: newId(),
    projectId,
    title: `${words(7)} item${i}`,
    description: words(40),
    status: 'todo',
    priority: 'medium',
    labels: [word(), word()],
    ...newTaskStructure(),
    createdBy: 'bench',
    createdAt: now,
    updatedAt: now,
    version: 1,
  }));
  const comments = tasks
    .filter((_, i) => i % 3 === 0)
    .map((task) => ({ id: newId(), taskId: task.id, body: words(25), version: 1 }));
  let started = performance.now();
  const built = createProjectIndex(projectId, { tasks, comments });
  const buildMs = performance.now() - started;
  const blob = built.serialize();
  started = performance.now();
  const index = loadProjectIndex(blob);
  const loadMs = performance.now() - started;

  const queries = [
    'launch',
    'budget review',
    'laun',
    'dashbord',
    'security audit pol',
    'item1',
    'deploy pipeline test',
  ];
  const times: number[] = [];
  for (let round = 0; round < 30; round += 1) {
    for (const query of queries) {
      const t0 = performance.now();
      rankHits(index.search(query)).slice(0, 25);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);

  const updates: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const task = tasks[Math.floor(random() * tasks.length)] as Task;
    const next = { ...task, title: `${words(7)} changed`, version: task.version + 1 + i };
    const t0 = performance.now();
    index.apply({ kind: 'task', projectId, taskId: task.id, version: next.version, task: next }, Date.now());
    index.serialize();
    updates.push(performance.now() - t0);
  }
  updates.sort((a, b) => a - b);
  return {
    tasks: count,
    blobMiB: Buffer.byteLength(blob) / 2 ** 20,
    gzipMiB: gzipSync(blob).byteLength / 2 ** 20,
    buildMs,
    loadMs,
    queryP50: percentile(times, 50),
    queryP99: percentile(times, 99),
    updateP50: percentile(updates, 50),
    heapMiB: process.memoryUsage().heapUsed / 2 ** 20,
  };
}

const sizes = process.argv.slice(2).map(Number);
console.log(
  '| tasks | blob (MiB) | gzip (MiB) | build (ms) | load (ms) | query p50 (ms) | query p99 (ms) | update + serialize p50 (ms) | heap (MiB) |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const size of sizes.length > 0 ? sizes : [1000, 10000]) {
  const r = measure(size);
  const f = (n: number) => n.toFixed(n < 10 ? 2 : 0);
  console.log(
    `| ${r.tasks} | ${f(r.blobMiB)} | ${f(r.gzipMiB)} | ${f(r.buildMs)} | ${f(r.loadMs)} | ${f(r.queryP50)} | ${f(r.queryP99)} | ${f(r.updateP50)} | ${f(r.heapMiB)} |`,
  );
}
