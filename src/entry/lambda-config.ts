import { type Config, ConfigError, loadConfig } from '#config';

/**
 * Loads the configuration at module scope of a Lambda entry. A bad environment fails the
 * init phase with the one-line message (no stack trace to scroll past in CloudWatch).
 */
export function loadLambdaConfig(env: Record<string, string | undefined> = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      const clean = new ConfigError(error.message);
      clean.stack = `${clean.name}: ${clean.message}`;
      throw clean;
    }
    throw error;
  }
}
