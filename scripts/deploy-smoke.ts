/**
 * `npm run smoke -- (--url <api url> | --outputs-file outputs.json --stage <stage>)`: after a
 * deploy, GET /health and /ready, sign in the stage's smoke-test user (SMOKE_EMAIL,
 * SMOKE_PASSWORD) through POST /v1/auth/login and call GET /v1/me with its token. Every call
 * carries the stage's API key (SMOKE_API_KEY) when given, as staging and prod require. Each
 * request is bounded; the first failure ends the run with one line and exit code 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const REQUEST_TIMEOUT_MS = 10_000;

export interface SmokeOptions {
  apiUrl: string;
  email?: string | undefined;
  password?: string | undefined;
  /** Sent as `x-api-key` on every call (the stage's `web` key where keys are required). */
  apiKey?: string | undefined;
}

/** Runs the checks in order; resolves the lines it printed, rejects with the first failure. */
export async function smokeTest(
  options: SmokeOptions,
  log: (line: string) => void = console.log,
): Promise<void> {
  const base = options.apiUrl.replace(/\/$/, '');
  const call = async (method: string, pathname: string, init: { token?: string; body?: unknown } = {}) => {
    const started = Date.now();
    let response: Response;
    try {
      response = await fetch(`${base}${pathname}`, {
        method,
        headers: {
          ...(init.body ? { 'content-type': 'application/json' } : {}),
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...(options.apiKey ? { 'x-api-key': options.apiKey } : {}),
        },
        ...(init.body ? { body: JSON.stringify(init.body) } : {}),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new Error(`${method} ${pathname}: no answer (${(error as Error).message})`);
    }
    if (response.status !== 200) {
      const problem = (await response.json().catch(() => ({}))) as { code?: unknown };
      const code = typeof problem.code === 'string' ? ` ${problem.code}` : '';
      throw new Error(`${method} ${pathname}: HTTP ${response.status}${code}`);
    }
    log(`ok  ${method} ${pathname} ${response.status} in ${Date.now() - started} ms`);
    return (await response.json()) as Record<string, unknown>;
  };
  await call('GET', '/health');
  await call('GET', '/ready');
  if (!options.email || !options.password) throw new Error('SMOKE_EMAIL and SMOKE_PASSWORD are required');
  const tokens = await call('POST', '/v1/auth/login', {
    body: { email: options.email, password: options.password },
  });
  if (typeof tokens.accessToken !== 'string')
    throw new Error('POST /v1/auth/login: no accessToken in the answer');
  await call('GET', '/v1/me', { token: tokens.accessToken });
}

function apiUrlFrom(values: {
  url?: string | undefined;
  'outputs-file'?: string | undefined;
  stage?: string | undefined;
}) {
  if (values.url) return values.url;
  if (values['outputs-file'] && values.stage) {
    const outputs = JSON.parse(readFileSync(values['outputs-file'], 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    const url = outputs[`${values.stage}-tasklane`]?.ApiUrl;
    if (url) return url;
    throw new Error(`${values['outputs-file']} has no ApiUrl for ${values.stage}-tasklane`);
  }
  throw new Error('Usage: npm run smoke -- --url <api url> | --outputs-file <file> --stage <stage>');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, 'outputs-file': { type: 'string' }, stage: { type: 'string' } },
  });
  try {
    await smokeTest({
      apiUrl: apiUrlFrom(values),
      email: process.env.SMOKE_EMAIL,
      password: process.env.SMOKE_PASSWORD,
      apiKey: process.env.SMOKE_API_KEY || undefined,
    });
  } catch (error) {
    console.error(`smoke test failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
