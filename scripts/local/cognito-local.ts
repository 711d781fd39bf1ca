import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type ManagedProcess, spawnManaged, waitUntil } from './processes.ts';

/**
 * Every code the local cognito-local "e-mails" (sign-up confirmation, password reset): it sends
 * no mail, so the code is fixed and printed in the start banner. `CODE` in the environment
 * overrides it (the test stack sets its own). Only this emulator reads it: deployed pools
 * e-mail random codes.
 */
export const LOCAL_EMAIL_CODE = '123456';

export interface CognitoLocalOptions {
  port: number;
  /** Its working directory; it keeps its data in `<dir>/.cognito/`. */
  workDir: string;
}

/** Starts cognito-local bound to 127.0.0.1; its issuer is `http://127.0.0.1:<port>/<poolId>`. */
export async function startCognitoLocal(
  options: CognitoLocalOptions,
): Promise<ManagedProcess & { endpoint: string }> {
  mkdirSync(options.workDir, { recursive: true });
  const bin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('cognito-local/package.json')),
    'lib/bin/start.js',
  );
  const child = spawnManaged('cognito-local', process.execPath, [bin], {
    cwd: options.workDir,
    env: {
      ...process.env,
      CODE: process.env.CODE ?? LOCAL_EMAIL_CODE,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DEBUG: '',
    },
  });
  const endpoint = `http://127.0.0.1:${options.port}`;
  await waitUntil(
    'cognito-local',
    async () => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': 'AWSCognitoIdentityProviderService.ListUserPools',
        },
        body: JSON.stringify({ MaxResults: 1 }),
      });
      return response.ok;
    },
    child,
  );
  return { ...child, endpoint };
}
