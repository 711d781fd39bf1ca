import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/local/processes.ts';
import { bootstrapLocalStack, removeStackDir, startLocalStack } from '../../scripts/local/stack.ts';
import { TEST_CONFIRMATION_CODE } from './cognito-code.ts';

export interface StackContext {
  /** The app's environment minus the table, which each suite makes for itself. */
  environment: Record<string, string>;
  endpoints: { dynamodb: string; cognito: string; s3: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackContext;
  }
}

interface SharedStack {
  context: Promise<StackContext>;
  users: number;
  teardown: () => Promise<void>;
}

// The `integration` and `slow` projects each load this file; they share one stack per run.
const shared = globalThis as typeof globalThis & { tasklaneStack?: SharedStack | undefined };

/** Starts one in-memory local stack on free ports for the whole run; every child is ended by PID. */
export default async function setup(project: TestProject) {
  if (!shared.tasklaneStack) {
    let teardown = async () => {};
    const context = startStack((stop) => {
      teardown = stop;
    });
    shared.tasklaneStack = { context, users: 0, teardown: () => teardown() };
  }
  const stack = shared.tasklaneStack;
  stack.users += 1;
  project.provide('stack', await stack.context);
  return async () => {
    stack.users -= 1;
    if (stack.users === 0) {
      shared.tasklaneStack = undefined;
      await stack.teardown();
    }
  };
}

async function startStack(onStarted: (stop: () => Promise<void>) => void): Promise<StackContext> {
  // cognito-local (spawned with this environment) then issues a known sign-up code.
  process.env.CODE = TEST_CONFIRMATION_CODE;
  const rootDir = mkdtempSync(path.join(tmpdir(), 'tasklane-test-'));
  const [dynamodb, cognito, s3] = [await freePort(), await freePort(), await freePort()];
  const stack = await startLocalStack({ ports: { dynamodb, cognito, s3 }, rootDir, persist: false });
  const teardown = async () => {
    await stack.stop();
    removeStackDir(rootDir);
  };
  onStarted(teardown);
  try {
    const { environment } = await bootstrapLocalStack(stack, {
      tableName: 'tasklane-test-bootstrap',
      poolName: 'tasklane-test',
      bucket: 'tasklane-test',
      corsOrigins: ['http://localhost:5173'],
    });
    const { DYNAMODB_TABLE_NAME: _table, ...rest } = environment;
    return { environment: rest, endpoints: stack.endpoints };
  } catch (error) {
    await teardown();
    throw error;
  }
}
