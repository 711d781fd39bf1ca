import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Invocation {
  event: unknown;
  context: Record<string, unknown>;
}

export type InvocationResult =
  | { ok: true; value: unknown }
  | { ok: false; error: { name: string; message: string } };

export interface BundleRun {
  /** `undefined` when the module failed to load (a Lambda init error). */
  results: InvocationResult[] | undefined;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Output lines that are JSON: log lines (errors go to stderr) and EMF metrics. */
  json: Array<Record<string, unknown>>;
}

const runner = path.join(import.meta.dirname, 'lambda-runner.mjs');

/** Imports a bundled handler in a fresh Node process with exactly `env`, then invokes it. */
export async function runBundle(
  bundleFile: string,
  env: Record<string, string>,
  invocations: Invocation[],
): Promise<BundleRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tasklane-invoke-'));
  try {
    const input = path.join(dir, 'invocations.json');
    const output = path.join(dir, 'results.json');
    writeFileSync(input, JSON.stringify(invocations));
    const child = spawn(process.execPath, [runner, bundleFile, input, output], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    let results: InvocationResult[] | undefined;
    try {
      results = JSON.parse(readFileSync(output, 'utf8')) as InvocationResult[];
    } catch {
      results = undefined;
    }
    return { results, exitCode, stdout, stderr, json: jsonLines(`${stdout}\n${stderr}`) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

/** A fixture from test/fixtures/lambda/, parsed fresh each call (tests may change it). */
export function lambdaFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(
    readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'lambda', name), 'utf8'),
  ) as T;
}

/** Environment a Lambda execution environment sets for an on-demand function. */
export function lambdaRuntimeEnv(functionName: string): Record<string, string> {
  return {
    AWS_LAMBDA_FUNCTION_NAME: functionName,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  };
}
