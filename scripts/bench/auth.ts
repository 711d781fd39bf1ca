/**
 * Auth benchmark: what token verification and the auth middleware cost per request.
 * No network: tokens are signed with our own RSA key and the JWKS is preloaded; the
 * denylist and the user-status lookup sit behind their in-process caches (warm), as on
 * the hot path of a real instance. Run alone: `npx tsx scripts/bench/auth.ts`.
 */
import { offlineApp } from '#test/support/app';
import { memoryRevokedTokenStore, offlineAuth, sharedTestKeys, tokenCheckSettings } from '#test/support/auth';

export interface AuthBenchResult {
  /** aws-jwt-verify signature + claims check of one access token (verified-token cache off). */
  verifyUs: number;
  /** The same token again, answered by the verified-token cache. */
  verifyCachedUs: number;
  /** The whole authenticator: verify + denylist + user status (both cached). */
  authenticateUs: number;
  /** `GET /health` through `app.request()`: no auth. */
  healthUs: number;
  /** `GET /v1/me` through `app.request()` with a valid token, warm caches. */
  meUs: number;
  /** The auth middleware's share of the authenticated request: (me − health) / me. */
  authShare: number;
}

/**
 * µs per call of each scenario: rounds interleave the scenarios (so drift and GC hit all
 * alike) and the median round counts. Sequential calls: CPU cost, not throughput.
 */
async function measure<K extends string>(
  iterations: number,
  scenarios: Record<K, () => Promise<unknown>>,
): Promise<Record<K, number>> {
  const names = Object.keys(scenarios) as K[];
  const rounds = 9;
  const perRound = Math.max(1, Math.floor(iterations / rounds));
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (const name of names) for (let i = 0; i < 500; i += 1) await scenarios[name]();
  for (let round = 0; round < rounds; round += 1) {
    for (const name of names) {
      const started = process.hrtime.bigint();
      for (let i = 0; i < perRound; i += 1) await scenarios[name]();
      samples[name].push(Number(process.hrtime.bigint() - started) / 1000 / perRound);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return Object.fromEntries(names.map((name) => [name, median(samples[name])])) as Record<K, number>;
}

export async function runAuthBench(options: { iterations?: number } = {}): Promise<AuthBenchResult> {
  const iterations = options.iterations ?? 18_000;
  const auth = offlineAuth({ keys: sharedTestKeys(), store: memoryRevokedTokenStore() });
  const token = auth.tokenFor({ sub: 'bench-user', groups: ['admin'] });
  const silent = { debug() {}, info() {}, warn() {}, error() {} };
  const app = offlineApp({
    services: auth.services,
    logger: silent,
  });
  const headers = { authorization: `Bearer ${token}` };

  const probe = await app.request('/v1/me', { headers });
  if (probe.status !== 200) throw new Error(`GET /v1/me answered ${probe.status}; the bench setup is wrong`);

  const { createAccessTokenVerifier } = await import('#services/auth/access-token-verifier');
  const { OFFLINE_CLIENT_ID, OFFLINE_ISSUER } = await import('#test/support/auth');
  const verifier = createAccessTokenVerifier({
    ...tokenCheckSettings().verifier,
    issuer: OFFLINE_ISSUER,
    jwksUri: `${OFFLINE_ISSUER}/.well-known/jwks.json`,
    clientId: OFFLINE_CLIENT_ID,
    hardened: true,
    jwks: sharedTestKeys().jwks,
    verifiedCacheSize: 0,
  });
  const cachedVerifier = createAccessTokenVerifier({
    ...tokenCheckSettings().verifier,
    issuer: OFFLINE_ISSUER,
    jwksUri: `${OFFLINE_ISSUER}/.well-known/jwks.json`,
    clientId: OFFLINE_CLIENT_ID,
    hardened: true,
    jwks: sharedTestKeys().jwks,
  });

  const { verifyUs, verifyCachedUs, authenticateUs, healthUs, meUs } = await measure(iterations, {
    verifyUs: () => verifier.verify(token),
    verifyCachedUs: () => cachedVerifier.verify(token),
    authenticateUs: () => auth.authenticator.authenticate(token),
    healthUs: async () => app.request('/health'),
    meUs: async () => app.request('/v1/me', { headers }),
  });
  return { verifyUs, verifyCachedUs, authenticateUs, healthUs, meUs, authShare: (meUs - healthUs) / meUs };
}

/** The figures as a Markdown table. */
export function formatAuthBench(result: AuthBenchResult): string {
  const us = (value: number) => `${value.toFixed(1)} µs`;
  return [
    '| auth measurement | per request |',
    '| --- | --- |',
    `| verify one access token (aws-jwt-verify, RS256, JWKS cached) | ${us(result.verifyUs)} |`,
    `| verify the same token again (verified-token cache) | ${us(result.verifyCachedUs)} |`,
    `| authenticate (cached verify + cached denylist + cached user status) | ${us(result.authenticateUs)} |`,
    `| GET /health via app.request() (no auth) | ${us(result.healthUs)} |`,
    `| GET /v1/me via app.request() (auth, warm caches) | ${us(result.meUs)} |`,
    `| auth middleware's share of GET /v1/me | ${(result.authShare * 100).toFixed(0)} % |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runAuthBench()
    .then((result) => console.log(formatAuthBench(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
