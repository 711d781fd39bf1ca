import { createTasklaneClient, type TasklaneClient } from '../../clients/typescript/src/index.ts';
import type { AppSettings } from './config.ts';

export type { components } from '../../clients/typescript/src/index.ts';
export type Api = TasklaneClient;

/**
 * The app's one API client: the shipped typed client, with the session's current access token
 * (read on every request, so a refreshed token is used at once) and the stage's API key.
 */
export function createApi(settings: AppSettings, accessToken: () => string | undefined): Api {
  return createTasklaneClient({
    baseUrl: settings.apiUrl,
    accessToken,
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
  });
}
