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

/** Starts one in-memory local stack on free ports for the whole run; every child is ended by PID. */
export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  // cognito-local (spawned with this environment) then issues a known sign-up code.
  process.env.CODE = TEST_CONFIRMATION_CODE;
  const rootDir = mkdtempSync(path.join(tmpdir(), 'tasklane-test-'));
  const [dynamodb, cognito, s3] = [await freePort(), await freePort(), await freePort()];
  const stack = await startLocalStack({ ports: { dynamodb, cognito, s3 }, rootDir, persist: false });
  const teardown = async () => {
    await stack.stop();
    removeStackDir(rootDir);
  };
  try {
    const { environment } = await bootstrapLocalStack(stack, {
      tableName: 'tasklane-test-bootstrap',
      poolName: 'tasklane-test',
      bucket: 'tasklane-test',
      corsOrigins: ['http://localhost:5173'],
    });
    const { DYNAMODB_TABLE_NAME: _table, ...rest } = environment;
    project.provide('stack', { environment: rest, endpoints: stack.endpoints });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
