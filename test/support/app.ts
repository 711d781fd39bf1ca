import { type AppDeps, type AppServices, createApp } from '#app';
import { type Config, loadConfig } from '#config';
import { createContainer } from '#container';
import type { AppLogger } from '#lib/logger';
import { offlineAuth } from './auth.ts';

/** A configuration that needs no running stack (pure HTTP-layer tests). */
export function offlineConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    STAGE: 'test',
    LOG_LEVEL: 'SILENT',
    AWS_REGION: 'us-east-1',
    DYNAMODB_TABLE_NAME: 'offline-table',
    COGNITO_USER_POOL_ID: 'us-east-1_offline',
    COGNITO_CLIENT_ID: 'offline-client',
    S3_BUCKET: 'offline-bucket',
    CURSOR_SECRET: 'offline-cursor-secret-0123456789abcdef',
    // Closed ports: a test that reaches for a backing service fails fast, never calls AWS.
    DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
    S3_ENDPOINT: 'http://127.0.0.1:9',
    ...overrides,
  });
}

/** A logger that keeps what it is given, for assertions on log content. */
export function memoryLogger(): AppLogger & {
  lines: Array<{ level: string; message: string; extra?: object }>;
} {
  const lines: Array<{ level: string; message: string; extra?: object }> = [];
  const at = (level: string) => (message: string, extra?: Record<string, unknown>) => {
    lines.push({ level, message, ...(extra ? { extra } : {}) });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * The app with offline dependencies; override any of them. Auth runs for real over offline
 * parts (`offlineAuth()`): tokens minted with `sharedTestKeys()` are accepted.
 */
export function offlineApp(overrides: OfflineAppOverrides = {}, options?: Parameters<typeof createApp>[1]) {
  const auth = offlineAuth();
  const config = overrides.config ?? offlineConfig();
  const deps: AppDeps = {
    config,
    logger: overrides.logger ?? memoryLogger(),
    checkDatabase: overrides.checkDatabase ?? (async () => {}),
    services: { ...createContainer(config).services, ...auth.services, ...overrides.services },
  };
  return createApp(deps, options);
}

/** What a test may replace in `offlineApp`: the app's own dependencies, and any of its services. */
export interface OfflineAppOverrides {
  config?: Config;
  logger?: AppLogger;
  checkDatabase?: AppDeps['checkDatabase'];
  services?: Partial<AppServices>;
}
