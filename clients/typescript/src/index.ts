import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };

/** An RFC 9457 problem, the body of every error response. */
export type Problem = components['schemas']['Problem'];

export interface TasklaneClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** The API's origin, e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** Returns the current access token; each request carries it as a Bearer token when there is one. */
  accessToken?: () => string | undefined;
  /**
   * The stage's API key (staging and prod require one on every call but health, readiness and
   * the docs): given once here, each request carries it as `x-api-key`.
   */
  apiKey?: string | undefined;
}

export type TasklaneClient = Client<paths>;

/**
 * A typed client of the Tasklane API: paths, parameters, bodies and responses are checked
 * against the OpenAPI document at compile time (openapi-fetch over the generated types).
 */
export function createTasklaneClient(options: TasklaneClientOptions): TasklaneClient {
  const { accessToken, apiKey, ...clientOptions } = options;
  const client = createClient<paths>(clientOptions);
  if (apiKey) {
    client.use({
      onRequest({ request }) {
        request.headers.set('x-api-key', apiKey);
        return request;
      },
    });
  }
  if (accessToken) {
    client.use({
      onRequest({ request }) {
        const token = accessToken();
        if (token) request.headers.set('Authorization', `Bearer ${token}`);
        return request;
      },
    });
  }
  return client;
}
