import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type ManagedProcess, portInUse, spawnManaged, waitUntil } from './processes.ts';

export interface S3LocalOptions {
  port: number;
  dataDir: string;
}

/**
 * Starts s3rver (path-style). It runs with `--openssl-legacy-provider` because its
 * continuation tokens use DES, which OpenSSL 3 (Node 17 and later, Node 24 too) refuses otherwise.
 */
export async function startS3Local(options: S3LocalOptions): Promise<ManagedProcess & { endpoint: string }> {
  mkdirSync(options.dataDir, { recursive: true });
  const bin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('s3rver/package.json')),
    'bin/s3rver.js',
  );
  const child = spawnManaged('s3rver', process.execPath, [
    '--openssl-legacy-provider',
    bin,
    '--directory',
    path.resolve(options.dataDir),
    '--address',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--silent',
    '--no-vhost-buckets',
  ]);
  const endpoint = `http://127.0.0.1:${options.port}`;
  await waitUntil('s3rver', () => portInUse(options.port), child);
  return { ...child, endpoint };
}
