import { Logger } from '@aws-lambda-powertools/logger';
import { redactingReplacer } from './redact.ts';

export type LogLevelName = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';

/** The logging surface the rest of the code depends on. */
export interface AppLogger {
  debug(message: string, extra?: Record<string, unknown>): void;
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  serviceName: string;
  level: LogLevelName;
}

/**
 * Structured JSON logs through Powertools. Every line passes the redacting replacer,
 * so tokens, passwords and secrets never reach the log stream.
 */
export function createLogger(options: LoggerOptions): AppLogger & { powertools: Logger } {
  const powertools = new Logger({
    serviceName: options.serviceName,
    logLevel: options.level,
    jsonReplacerFn: redactingReplacer,
  });
  return {
    powertools,
    debug: (message, extra) => (extra ? powertools.debug(message, extra) : powertools.debug(message)),
    info: (message, extra) => (extra ? powertools.info(message, extra) : powertools.info(message)),
    warn: (message, extra) => (extra ? powertools.warn(message, extra) : powertools.warn(message)),
    error: (message, extra) => (extra ? powertools.error(message, extra) : powertools.error(message)),
  };
}

/** A view of `base` that adds `keys` to every line; cheap enough to make per request. */
export function withKeys(base: AppLogger, keys: Record<string, unknown>): AppLogger {
  return {
    debug: (message, extra) => base.debug(message, { ...keys, ...extra }),
    info: (message, extra) => base.info(message, { ...keys, ...extra }),
    warn: (message, extra) => base.warn(message, { ...keys, ...extra }),
    error: (message, extra) => base.error(message, { ...keys, ...extra }),
  };
}
