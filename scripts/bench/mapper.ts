import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { OUTBOUND_DEFAULTS } from '#config';
import { createDynamoClients } from '#data/dynamodb/client';
import { partitions, SK_PREFIX } from '#data/dynamodb/table';
import { taskEntity } from '#data/entities/task';
import { createMapper } from '#data/mapper/mapper';
import { newId } from '#lib/ids';
import { ensureTable, LOCAL_REGION, localDynamoClient } from '../local/bootstrap.ts';
import { startDynamoLocal } from '../local/dynamodb-local.ts';
import { freePort } from '../local/processes.ts';

/**
 * The mapper engine's added latency over raw `@aws-sdk/lib-dynamodb`, against DynamoDB Local:
 * a GetItem and a 50-item Query page. Raw and engine rounds alternate (and swap order every
 * round) so drift in DynamoDB Local or the machine hits both alike. Target: ≤ 5 % added.
 */
export interface MapperBenchOptions {
  /** An existing DynamoDB endpoint; omitted → start a private DynamoDB Local on a free port. */
  endpoint?: string;
  rounds?: number;
  callsPerRound?: number;
  warmupCalls?: number;
  pageSize?: number;
}

export interface BenchCase {
  name: string;
  rawMedianUs: number;
  mapperMedianUs: number;
  /** Median over rounds of (mapper round time / raw round time); 1.03 = 3 % added. */
  ratio: number;
  addedPercent: number;
  /** Same ratio from the 5 %-trimmed means of all calls (a cross-check against round noise). */
  trimmedMeanRatio: number;
  /**
   * The engine's own CPU per call, measured in-process by replaying a captured DynamoDB response
   * through a stub client (no network, no noise from other processes); and as % of raw p50.
   */
  engineCpuUs: number;
  engineCpuPercent: number;
}

export interface MapperBenchResult {
  cases: BenchCase[];
  rounds: number;
  callsPerRound: number;
}

const CURSOR_SECRET = 'bench-cursor-secret-0123456789abcdef-local-only';

export async function runMapperBench(options: MapperBenchOptions = {}): Promise<MapperBenchResult> {
  const rounds = options.rounds ?? 20;
  const callsPerRound = options.callsPerRound ?? 50;
  const warmupCalls = options.warmupCalls ?? 300;
  const pageSize = options.pageSize ?? 50;
  const workDir = mkdtempSync(path.join(tmpdir(), 'tasklane-bench-'));
  const local = options.endpoint ? undefined : await startDynamoLocal({ port: await freePort(), workDir });
  try {
    const endpoint = options.endpoint ?? local?.endpoint ?? '';
    process.env.AWS_ACCESS_KEY_ID ??= 'local';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
    const tableName = `bench-mapper-${Date.now().toString(36)}`;
    await ensureTable(localDynamoClient(endpoint), tableName);
    const { doc } = createDynamoClients({
      region: LOCAL_REGION,
      dynamodb: { tableName, endpoint },
      outbound: OUTBOUND_DEFAULTS,
    });
    const mapper = createMapper({ doc, tableName, cursorSecret: CURSOR_SECRET });

    const projectId = newId();
    const now = new Date().toISOString();
    const tasks = Array.from({ length: pageSize + 10 }, (_, index) => ({
      id: newId(),
      projectId,
      title: `Task ${index}`,
      description: 'A realistic description of a task that someone has to do soon.',
      status: 'todo' as const,
      priority: 'medium' as const,
      labels: ['bench', 'mapper'],
      dueDate: '2026-06-01',
      createdBy: 'bench-user',
      createdAt: now,
      updatedAt: now,
      version: 1,
    }));
    await mapper.batchWrite({ puts: tasks.map((model) => ({ entity: taskEntity, model })) });
    const first =
      tasks[0] ??
      (() => {
        throw new Error('no tasks');
      })();
    const key = taskEntity.key(first);
    const partition = partitions.project(projectId);

    const rawGet = () => doc.send(new GetCommand({ TableName: tableName, Key: key }));
    const mapperGet = () => mapper.get(taskEntity, first);
    const rawQueryInput = {
      TableName: tableName,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :sk)',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
      ExpressionAttributeValues: { ':pk': partition, ':sk': SK_PREFIX.task },
      Limit: pageSize,
    };
    const rawQuery = () => doc.send(new QueryCommand(rawQueryInput));
    const mapperQuery = () =>
      mapper.query(taskEntity, { partition, range: { beginsWith: SK_PREFIX.task }, limit: pageSize });

    const check = await mapperQuery();
    if (check.items.length !== pageSize) throw new Error(`expected a ${pageSize}-item page`);
    const plan = { rounds, callsPerRound, warmupCalls };
    const getCase = await compare('GetItem (1 task)', rawGet, mapperGet, plan);
    const queryCase = await compare(`Query (${pageSize}-task page)`, rawQuery, mapperQuery, plan);
    // Replay what DynamoDB answered to the engine's own requests (the query reads one look-ahead item).
    const getAnswer = await rawGet();
    const queryAnswer = await doc.send(new QueryCommand({ ...rawQueryInput, Limit: pageSize + 1 }));
    return {
      rounds,
      callsPerRound,
      cases: [
        withEngineCpu(getCase, await engineCpu(getAnswer, (m) => m.get(taskEntity, first))),
        withEngineCpu(
          queryCase,
          await engineCpu(queryAnswer, (m) =>
            m.query(taskEntity, { partition, range: { beginsWith: SK_PREFIX.task }, limit: pageSize }),
          ),
        ),
      ],
    };
  } finally {
    await local?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function compare(
  name: string,
  raw: () => Promise<unknown>,
  engine: () => Promise<unknown>,
  plan: { rounds: number; callsPerRound: number; warmupCalls: number },
): Promise<Omit<BenchCase, 'engineCpuUs' | 'engineCpuPercent'>> {
  for (let i = 0; i < plan.warmupCalls; i++) {
    await raw();
    await engine();
  }
  const rawTimes: number[] = [];
  const engineTimes: number[] = [];
  const roundRatios: number[] = [];
  const timeRound = async (fn: () => Promise<unknown>, into: number[]) => {
    const begin = performance.now();
    for (let i = 0; i < plan.callsPerRound; i++) {
      const start = performance.now();
      await fn();
      into.push(performance.now() - start);
    }
    return performance.now() - begin;
  };
  for (let round = 0; round < plan.rounds; round++) {
    if (round % 2 === 0) {
      const rawTime = await timeRound(raw, rawTimes);
      roundRatios.push((await timeRound(engine, engineTimes)) / rawTime);
    } else {
      const engineTime = await timeRound(engine, engineTimes);
      roundRatios.push(engineTime / (await timeRound(raw, rawTimes)));
    }
  }
  const ratio = median(roundRatios);
  return {
    name,
    rawMedianUs: Math.round(median(rawTimes) * 1000),
    mapperMedianUs: Math.round(median(engineTimes) * 1000),
    ratio: Number(ratio.toFixed(3)),
    addedPercent: Number(((ratio - 1) * 100).toFixed(1)),
    trimmedMeanRatio: Number((trimmedMean(engineTimes) / trimmedMean(rawTimes)).toFixed(3)),
  };
}

function trimmedMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const kept = sorted.slice(0, Math.max(1, Math.floor(sorted.length * 0.95)));
  return kept.reduce((total, value) => total + value, 0) / kept.length;
}

/** Microseconds of engine work per call around a stub client that answers instantly with `answer`. */
async function engineCpu(
  answer: unknown,
  call: (mapper: ReturnType<typeof createMapper>) => Promise<unknown>,
) {
  const stub = { send: async () => answer } as unknown as Parameters<typeof createMapper>[0]['doc'];
  const mapper = createMapper({ doc: stub, tableName: 'replay', cursorSecret: CURSOR_SECRET });
  const calls = 5000;
  for (let i = 0; i < 500; i++) await call(mapper);
  const start = performance.now();
  for (let i = 0; i < calls; i++) await call(mapper);
  return ((performance.now() - start) / calls) * 1000;
}

function withEngineCpu(
  result: Omit<BenchCase, 'engineCpuUs' | 'engineCpuPercent'>,
  cpuUs: number,
): BenchCase {
  return {
    ...result,
    engineCpuUs: Number(cpuUs.toFixed(1)),
    engineCpuPercent: Number(((cpuUs / result.rawMedianUs) * 100).toFixed(1)),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A markdown table of the results. */
export function formatMapperBench(result: MapperBenchResult): string {
  const lines = [
    '| operation | raw lib-dynamodb p50 (µs) | mapper p50 (µs) | mapper/raw (median of rounds) | added | mapper/raw (trimmed mean) | engine CPU per call (µs, % of raw p50) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...result.cases.map(
      (c) =>
        `| ${c.name} | ${c.rawMedianUs} | ${c.mapperMedianUs} | ${c.ratio} | ${c.addedPercent} % | ${c.trimmedMeanRatio} | ${c.engineCpuUs} (${c.engineCpuPercent} %) |`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMapperBench()
    .then((result) => {
      console.log(formatMapperBench(result));
      console.log(
        `\n${result.rounds} alternating rounds × ${result.callsPerRound} calls per side, after warm-up.`,
      );
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
