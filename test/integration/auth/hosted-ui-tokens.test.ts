import { createPrivateKey, createSign, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clientFor,
  expectProblem,
  signedInUser,
  startTestApi,
  type TestApi,
  type TestUser,
} from '#test/support/api';

/*
 * A browser that signs in through the Hosted UI (authorization code + PKCE) gets an access
 * token whose scopes are `openid email profile`, not the `aws.cognito.signin.user.admin` of
 * USER_PASSWORD_AUTH. cognito-local has no Hosted UI, but its signing key is published in its
 * package, so the test mints exactly such a token for a real user of the run's pool, and the
 * app verifies it against cognito-local's JWKS like any other.
 */

const privateKeyFile = createRequire(import.meta.url).resolve(
  'cognito-local/lib/keys/cognitoLocal.private.json',
);
const { jwk } = JSON.parse(readFileSync(privateKeyFile, 'utf8')) as { jwk: Record<string, string> };
const cognitoLocalKey = createPrivateKey({ key: jwk, format: 'jwk' });

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token signed by cognito-local's key: the claims of `like`, with `changes` on top. */
function reissued(like: string, changes: Record<string, unknown>): string {
  const claims = JSON.parse(Buffer.from(like.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  const input = `${b64({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' })}.${b64({ ...claims, jti: randomUUID(), ...changes })}`;
  const signature = createSign('RSA-SHA256').update(input).sign(cognitoLocalKey).toString('base64url');
  return `${input}.${signature}`;
}

let api: TestApi;
let user: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  user = await signedInUser(api, 'hosted-ui');
});

describe('access tokens of the Hosted UI (openid email profile)', () => {
  it('are accepted on every protected route, like those of POST /v1/auth/login', async () => {
    const hostedUi = { accessToken: reissued(user.accessToken, { scope: 'openid email profile' }) };
    const me = await clientFor(api, hostedUi).get('/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ sub: user.sub });
    expect((await clientFor(api, hostedUi).post('/v1/projects', { name: 'From the Hosted UI' })).status).toBe(
      201,
    );
  });

  it('are refused without one of the accepted scopes (what the gateway refuses too)', async () => {
    for (const scope of ['email profile', undefined]) {
      const token = reissued(user.accessToken, { scope });
      const response = await api.fetch('/v1/me', { headers: { authorization: `Bearer ${token}` } });
      const problem = await expectProblem(response, 401);
      expect(problem.detail).toContain('scopes');
    }
  });
});
