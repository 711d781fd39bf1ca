/**
 * Runtime settings, read from `/config.json` beside the app so one build serves every stage:
 * `npm start` writes the local one; the deployed stage's hosting writes its own.
 */
export type AuthSettings =
  | { mode: 'local' }
  | {
      /** Cognito's Hosted UI: authorization code + PKCE. */
      mode: 'hosted';
      /** The OIDC issuer, e.g. https://cognito-idp.<region>.amazonaws.com/<poolId>. */
      authority: string;
      clientId: string;
      /** The Hosted UI domain (its /logout ends the Cognito session). */
      domain: string;
      scope?: string;
    };

export interface AppSettings {
  /** The API's origin, without /v1. */
  apiUrl: string;
  /** The stage's web API key, where API Gateway requires one. */
  apiKey?: string;
  auth: AuthSettings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks the parsed file and names the first thing wrong with it. */
export function parseSettings(raw: unknown): AppSettings {
  if (!isRecord(raw) || typeof raw.apiUrl !== 'string') throw new Error('config.json: apiUrl is missing');
  const auth = isRecord(raw.auth) ? raw.auth : { mode: 'local' };
  const apiKey = typeof raw.apiKey === 'string' ? { apiKey: raw.apiKey } : {};
  const apiUrl = raw.apiUrl.replace(/\/+$/, '');
  if (auth.mode === 'hosted') {
    for (const key of ['authority', 'clientId', 'domain'] as const) {
      if (typeof auth[key] !== 'string') throw new Error(`config.json: auth.${key} is missing`);
    }
    return {
      apiUrl,
      ...apiKey,
      auth: {
        mode: 'hosted',
        authority: String(auth.authority),
        clientId: String(auth.clientId),
        domain: String(auth.domain).replace(/\/+$/, ''),
        ...(typeof auth.scope === 'string' ? { scope: auth.scope } : {}),
      },
    };
  }
  return { apiUrl, ...apiKey, auth: { mode: 'local' } };
}

export async function loadSettings(): Promise<AppSettings> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: the server answered ${response.status}`);
  return parseSettings(await response.json());
}
