import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COGNITO_LOCAL_KEY_ID } from '#config';
import { ServiceUnavailableError, UnauthorizedError } from '#domain/errors';
import { createAccessTokenVerifier } from '#services/auth/access-token-verifier';
import {
  generateTestKeys,
  mintAccessToken,
  signJwt,
  type TestKeys,
  tokenCheckSettings,
} from '#test/support/auth';

/**
 * Every forgery class against the real verifier. The JWKS is served by a tiny local HTTP
 * server, so key fetching, caching and refetching run for real.
 */
const keys = generateTestKeys('key-1');
const attacker = generateTestKeys('key-1');
const rotated = generateTestKeys('key-2');
let served: TestKeys['jwks'] = keys.jwks;
let fetches = 0;
let server: Server;
let issuer = '';
const clientId = 'client-under-test';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.endsWith('/.well-known/jwks.json')) {
      fetches += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(served));
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/local_pool`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const verifier = () =>
  createAccessTokenVerifier({
    ...tokenCheckSettings().verifier,
    issuer,
    jwksUri: `${issuer}/.well-known/jwks.json`,
    clientId,
    hardened: false,
  });
const token = (claims: Partial<Parameters<typeof mintAccessToken>[1]> = {}, signer = keys) =>
  mintAccessToken(signer, { sub: 'user-1', iss: issuer, clientId, groups: ['admin'], ...claims });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UnauthorizedError);
  return error as UnauthorizedError;
}

describe('createAccessTokenVerifier', () => {
  it('accepts a genuine access token and returns its claims', async () => {
    const claims = await verifier().verify(token({ username: 'alice-uuid', jti: 'jti-1' }));
    expect(claims).toMatchObject({
      sub: 'user-1',
      username: 'alice-uuid',
      groups: ['admin'],
      tokenId: 'jti-1',
      revocationKey: 'jti-1',
      keyId: 'key-1',
    });
  });

  it('accepts a Hosted UI token (code + PKCE: scopes openid email profile only)', async () => {
    const claims = await verifier().verify(token({ extra: { scope: 'openid email profile' } }));
    expect(claims.sub).toBe('user-1');
  });

  it('uses origin_jti as the revocation key when present', async () => {
    const claims = await verifier().verify(token({ jti: 'a', originJti: 'session-1' }));
    expect(claims.revocationKey).toBe('session-1');
  });

  it('caches the JWKS: many verifications, one fetch', async () => {
    const before = fetches;
    const instance = verifier();
    for (let i = 0; i < 5; i += 1) await instance.verify(token());
    expect(fetches - before).toBe(1);
  });

  describe('refuses with 401', () => {
    const unsigned = (payload: object, header: object) =>
      `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;

    it('alg none', async () => {
      const payload = JSON.parse(Buffer.from(token().split('.')[1] ?? '', 'base64url').toString());
      await refusal(verifier().verify(unsigned(payload, { alg: 'none', kid: 'key-1' })));
      await refusal(verifier().verify(`${unsigned(payload, { alg: 'none', kid: 'key-1' })}x`));
    });

    it('HS256 signed with the public key', async () => {
      const { createHmac } = await import('node:crypto');
      const header = Buffer.from(JSON.stringify({ alg: 'HS256', kid: 'key-1' })).toString('base64url');
      const body = token().split('.')[1];
      const secret = JSON.stringify(keys.jwks.keys[0]);
      const mac = createHmac('sha256', secret).update(`${header}.${body}`).digest('base64url');
      await refusal(verifier().verify(`${header}.${body}.${mac}`));
    });

    it('a tampered payload', async () => {
      const [header, payload, signature] = token().split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admin', 'root'] })).toString(
        'base64url',
      );
      await refusal(verifier().verify(`${header}.${forged}.${signature}`));
    });

    it('a token signed by another key with the same kid', async () => {
      await refusal(verifier().verify(token({}, attacker)));
    });

    it('the wrong issuer', async () => {
      await refusal(verifier().verify(token({ iss: 'https://evil.example/pool' })));
    });

    it('another client', async () => {
      await refusal(verifier().verify(token({ clientId: 'other-client' })));
    });

    it('a token with none of the accepted scopes (email profile, or none)', async () => {
      const error = await refusal(verifier().verify(token({ extra: { scope: 'email profile' } })));
      expect(error.detail).toContain('scopes');
      await refusal(verifier().verify(token({ extra: { scope: undefined } })));
    });

    it('an id token (token_use id)', async () => {
      await refusal(verifier().verify(token({ tokenUse: 'id' })));
    });

    it('an expired token', async () => {
      const error = await refusal(verifier().verify(token({ expiresIn: -60 })));
      expect(error.detail).toContain('expired');
    });

    it('a token not yet valid (nbf in the future)', async () => {
      await refusal(verifier().verify(token({ extra: { nbf: Math.floor(Date.now() / 1000) + 3600 } })));
    });

    it('a token without exp', async () => {
      const now = Math.floor(Date.now() / 1000);
      const payload = { sub: 'u', username: 'u', iss: issuer, client_id: clientId, token_use: 'access' };
      await refusal(verifier().verify(signJwt(keys, { ...payload, jti: 'j', iat: now })));
    });

    it('an unknown kid (after one rate-limited refetch)', async () => {
      const instance = verifier();
      await instance.verify(token());
      const before = fetches;
      await refusal(instance.verify(token({}, generateTestKeys('unknown-kid'))));
      await refusal(instance.verify(token({}, generateTestKeys('unknown-kid-2'))));
      expect(fetches - before).toBe(1);
    });

    it('garbage, empty and oversized strings', async () => {
      for (const garbage of ['', 'abc', 'a.b.c', 'eyJ.eyJ.', '...', '{"alg":"RS256"}', 'x'.repeat(9000)]) {
        await refusal(verifier().verify(garbage));
      }
      await refusal(verifier().verify(`${Buffer.from('not json').toString('base64url')}.e30.e30`));
    });

    it("cognito-local's published key id in a hardened stage", async () => {
      const hardened = createAccessTokenVerifier({
        ...tokenCheckSettings().verifier,
        issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_x',
        jwksUri: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_x/.well-known/jwks.json',
        clientId,
        hardened: true,
        jwks: { keys: [{ ...keys.jwks.keys[0], kid: COGNITO_LOCAL_KEY_ID }] } as TestKeys['jwks'],
      });
      const local = { ...keys, kid: COGNITO_LOCAL_KEY_ID };
      const error = await refusal(
        hardened.verify(token({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_x' }, local)),
      );
      expect(error.detail).toContain('refused in this stage');
    });
  });

  it('picks up a rotated key: an unknown kid refetches the JWKS', async () => {
    const instance = verifier();
    await instance.verify(token());
    served = { keys: [...keys.jwks.keys, ...rotated.jwks.keys] } as TestKeys['jwks'];
    try {
      expect((await instance.verify(token({}, rotated))).keyId).toBe('key-2');
    } finally {
      served = keys.jwks;
    }
  });

  it('answers 503, never a pass, when the JWKS cannot be fetched', async () => {
    const down = createAccessTokenVerifier({
      ...tokenCheckSettings().verifier,
      issuer,
      jwksUri: 'http://127.0.0.1:9/nothing/.well-known/jwks.json',
      clientId,
      hardened: false,
    });
    await expect(down.verify(token())).rejects.toBeInstanceOf(ServiceUnavailableError);
  });

  it('refuses to be built with http:// URLs in a hardened stage', () => {
    expect(() =>
      createAccessTokenVerifier({
        ...tokenCheckSettings().verifier,
        issuer,
        jwksUri: `${issuer}/.well-known/jwks.json`,
        clientId,
        hardened: true,
      }),
    ).toThrow(/https/);
  });
});
