import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repository = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const WEB_ROOT = path.join(repository, 'web');
export const WEB_DIST = path.join(WEB_ROOT, 'dist');

/** What the app is built from: its own sources and the typed client. */
const SOURCES = [
  path.join(WEB_ROOT, 'src'),
  path.join(WEB_ROOT, 'index.html'),
  path.join(WEB_ROOT, 'vite.config.ts'),
  path.join(repository, 'clients/typescript/src'),
];

function newestChange(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** True when `outDir` holds a build at least as new as every source file. */
export function buildIsCurrent(outDir = WEB_DIST): boolean {
  const index = path.join(outDir, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return SOURCES.every((source) => !existsSync(source) || newestChange(source) <= built);
}

/** `vite build` of web/ into `outDir` (web/dist unless told), quietly. */
export async function buildWebApp(outDir = WEB_DIST): Promise<void> {
  const { build } = await import('vite');
  // Vite takes NODE_ENV over its mode: under a test runner (NODE_ENV=test) it would build for development.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(WEB_ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export interface InitialJs {
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  gzipBytes: number;
}

/**
 * The JavaScript a first visit loads before anything else: index.html's module scripts and
 * their modulepreloads (lazy chunks, such as the Hosted UI's OIDC client, are not counted).
 */
export function initialJavaScript(outDir = WEB_DIST): InitialJs {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const files = [...new Set(sources)].map((source) => {
    const bytes = readFileSync(path.join(outDir, source.replace(/^\//, '')));
    return { file: source, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
