/**
 * `npx tsx scripts/bench/search-limits.ts [1000 10000 100000]`: the embedded search index's limits
 * for one project of N tasks, in this process (no network): blob size, build and load
 * (deserialize) time, query p50/p99 over a mix of queries, the cost of one change (apply it +
 * serialize the whole blob) and of a stream batch's changes (apply STREAM_BATCH_SIZE of them +
 * serialize once: what the stream worker pays per project and batch before its PUT), each in wall
 * and CPU time (CPU is the steadier reading on a shared machine), and the peak RSS. 100,000 tasks
 * need a larger heap: `NODE_OPTIONS=--max-old-space-size=6144`.
 * Synthetic tasks: 8-word titles, 40-word descriptions, 2 labels, one comment in three; one word in
 * three from 100 common ones, the rest from 5,000 rarer ones.
 */
import { gzipSync } from 'node:zlib';
import { newTaskStructure, type Task } from '#data/entities/task';
import { createProjectIndex, loadProjectIndex, type ProjectIndex } from '#data/search/project-index';
import { rankHits } from '#data/search/search-index';
import { newId } from '#lib/ids';
import { STREAM_BATCH_SIZE } from '#worker/stream/stream-consumers';

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

/** Changes per stream batch (STREAM_BATCH_SIZE): what one flush of the search consumer applies. */
const BATCH = STREAM_BATCH_SIZE;

/** Wall and CPU milliseconds of `work` (CPU: this process, all threads; GC included). */
function timed(work: () => void): { wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

let peakRssMiB = 0;
const sampleRss = () => {
  peakRssMiB = Math.max(peakRssMiB, process.memoryUsage().rss / 2 ** 20);
};

function measure(count: number) {
  peakRssMiB = 0;
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
  let built: ProjectIndex | undefined;
  const build = timed(() => {
    built = createProjectIndex(projectId, { tasks, comments });
  });
  sampleRss();
  let blob = built?.serialize() ?? '';
  built = undefined;
  const blobMiB = Buffer.byteLength(blob) / 2 ** 20;
  const gzipMiB = gzipSync(blob).byteLength / 2 ** 20;
  sampleRss();
  let index: ProjectIndex = createProjectIndex(projectId);
  const load = timed(() => {
    index = loadProjectIndex(blob);
  });
  blob = '';
  sampleRss();

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
  const queryCpu = process.cpuUsage();
  for (let round = 0; round < 30; round += 1) {
    for (const query of queries) {
      const t0 = performance.now();
      rankHits(index.search(query)).slice(0, 25);
      times.push(performance.now() - t0);
    }
  }
  const queryCpuUsed = process.cpuUsage(queryCpu);
  times.sort((a, b) => a - b);
  sampleRss();

  let version = 1;
  const changeOf = () => {
    const task = tasks[Math.floor(random() * tasks.length)] as Task;
    version += 1;
    const next = { ...task, title: `${words(7)} changed`, version };
    return { kind: 'task' as const, projectId, taskId: task.id, version, task: next };
  };
  // One change, then the whole blob serialized: what every stream record cost before batching.
  const single = Array.from({ length: count >= 100_000 ? 3 : 10 }, () =>
    timed(() => {
      index.apply(changeOf(), Date.now());
      index.serialize();
    }),
  );
  sampleRss();
  // A full batch's changes, then one serialization: what one flush costs now.
  const batch = Array.from({ length: 3 }, () =>
    timed(() => {
      for (let i = 0; i < BATCH; i += 1) index.apply(changeOf(), Date.now());
      index.serialize();
    }),
  );
  sampleRss();
  const median = (runs: Array<{ wallMs: number; cpuMs: number }>, key: 'wallMs' | 'cpuMs') =>
    percentile(
      runs.map((run) => run[key]).sort((a, b) => a - b),
      50,
    );
  return {
    tasks: count,
    blobMiB,
    gzipMiB,
    build,
    load,
    queryP50: percentile(times, 50),
    queryP99: percentile(times, 99),
    queryCpuMean: (queryCpuUsed.user + queryCpuUsed.system) / 1000 / times.length,
    singleWall: median(single, 'wallMs'),
    singleCpu: median(single, 'cpuMs'),
    batchWall: median(batch, 'wallMs'),
    batchCpu: median(batch, 'cpuMs'),
    heapMiB: process.memoryUsage().heapUsed / 2 ** 20,
    peakRssMiB,
  };
}

const sizes = process.argv.slice(2).map(Number);
console.log(
  `| tasks | blob (MiB) | gzip (MiB) | build wall/CPU (s) | load wall/CPU (s) | query p50 (ms) | query p99 (ms) | query CPU mean (ms) | 1 change + serialize wall/CPU (ms) | ${BATCH} changes + serialize wall/CPU (ms) | per change in a batch, CPU (ms) | heap (MiB) | peak RSS (MiB) |`,
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const size of sizes.length > 0 ? sizes : [1000, 10000]) {
  const r = measure(size);
  const f = (n: number) => n.toFixed(n < 10 ? 2 : 0);
  const s = (ms: number) => (ms / 1000).toFixed(2);
  console.log(
    `| ${r.tasks} | ${f(r.blobMiB)} | ${f(r.gzipMiB)} | ${s(r.build.wallMs)} / ${s(r.build.cpuMs)} | ${s(r.load.wallMs)} / ${s(r.load.cpuMs)} | ${f(r.queryP50)} | ${f(r.queryP99)} | ${f(r.queryCpuMean)} | ${f(r.singleWall)} / ${f(r.singleCpu)} | ${f(r.batchWall)} / ${f(r.batchCpu)} | ${f(r.batchCpu / BATCH)} | ${f(r.heapMiB)} | ${f(r.peakRssMiB)} |`,
  );
}
