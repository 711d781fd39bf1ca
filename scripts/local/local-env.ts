import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';

/**
 * What a running `npm start` tells other local tools (`npm run token`): endpoints and
 * names only — never a secret. Written when the stack is ready, removed when it stops.
 */
export const LocalEnvironmentSchema = z.object({
  apiUrl: z.url(),
  region: z.string().min(1),
  dynamodbEndpoint: z.url(),
  cognitoEndpoint: z.url(),
  s3Endpoint: z.url(),
  userPoolId: z.string().min(1),
  clientId: z.string().min(1),
  issuer: z.url(),
  tableName: z.string().min(1),
  bucket: z.string().min(1),
  pid: z.number().int().positive(),
});
export type LocalEnvironment = z.infer<typeof LocalEnvironmentSchema>;

/** `TASKLANE_LOCAL_ENV_FILE`, else `<TASKLANE_DATA_DIR or .data>/local-env.json`. */
export function localEnvFile(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(
    env.TASKLANE_LOCAL_ENV_FILE ?? path.join(env.TASKLANE_DATA_DIR ?? '.data', 'local-env.json'),
  );
}

export function writeLocalEnv(file: string, environment: LocalEnvironment): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(LocalEnvironmentSchema.parse(environment), null, 2)}\n`);
}

export function removeLocalEnv(file: string): void {
  rmSync(file, { force: true });
}

/** Thrown when no running stack has described itself; `message` is one line for a human. */
export class LocalStackNotFoundError extends Error {
  override name = 'LocalStackNotFoundError';
}

export function readLocalEnv(file: string): LocalEnvironment {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new LocalStackNotFoundError(`No local stack described at ${file}: is \`npm start\` running?`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = LocalEnvironmentSchema.safeParse(parsed);
  if (!result.success) {
    throw new LocalStackNotFoundError(
      `${file} is not a valid local stack description: restart \`npm start\`.`,
    );
  }
  return result.data;
}
