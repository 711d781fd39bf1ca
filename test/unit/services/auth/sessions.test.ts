import { describe, expect, it } from 'vitest';
import type { AccessTokenInfo } from '#domain/auth';
import { memoryRevokedTokenStore, memorySessionParts } from '#test/support/auth';
import { memoryUserPool } from '#test/support/memory-user-pool';

function setup() {
  const pool = memoryUserPool();
  const store = memoryRevokedTokenStore();
  return { pool, ...memorySessionParts(pool.gateway, { store }), store };
}

const now = () => Math.floor(Date.now() / 1000);

describe('sessions', () => {
  it('turns a sign-in outcome into tokens, or into the failure the client sees', () => {
    const { sessions } = setup();
    const tokens = { accessToken: 'a', idToken: 'i', refreshToken: undefined, expiresIn: 60 };
    expect(sessions.tokensOf({ kind: 'tokens', tokens }, 'sign-in')).toBe(tokens);
    expect(() => sessions.tokensOf({ kind: 'wrong_credentials' }, 'sign-in')).toThrow(
      expect.objectContaining({ code: 'invalid_credentials' }),
    );
    expect(() => sessions.tokensOf({ kind: 'wrong_credentials' }, 'refresh')).toThrow(
      'The refresh token is not valid.',
    );
    expect(() => sessions.tokensOf({ kind: 'challenge', challenge: 'SMS_MFA' }, 'refresh')).toThrow(
      expect.objectContaining({ code: 'challenge_required' }),
    );
  });

  it('refuses an access token until it expires, and a session’s siblings for one lifetime more', async () => {
    const { sessions, store } = setup();
    const plain: AccessTokenInfo = {
      tokenId: 'j1',
      revocationKey: 'j1',
      issuedAt: now(),
      expiresAt: now() + 600,
    };
    await sessions.revokeAccessToken(plain);
    expect(store.entries.get('j1')).toBe(plain.expiresAt);
    // Issued 50 min into a 60 min lifetime: a sibling refreshed just now lives 60 min more.
    const late: AccessTokenInfo = {
      tokenId: 'j2',
      revocationKey: 'origin-1',
      issuedAt: now() - 3000,
      expiresAt: now() + 600,
    };
    await sessions.revokeAccessToken(late);
    expect(store.entries.get('origin-1')).toBeGreaterThanOrEqual(now() + 3600 - 1);
  });

  it('refuses, after a sign-out everywhere, every refresh token issued before it but the one kept', async () => {
    const { pool, sessions } = setup();
    const ann = pool.add('ann@example.com', 'Correct-horse-1');
    const signIn = async () => {
      const outcome = await pool.gateway.signIn({ email: 'ann@example.com', password: 'Correct-horse-1' });
      return sessions.tokensOf(outcome, 'sign-in');
    };
    const old = await signIn();
    const kept = await signIn();
    await sessions.markSignedOut(ann.sub, kept.refreshToken);
    expect(await sessions.signedOutSince(old.refreshToken ?? '', old)).toBe(true);
    expect(await sessions.signedOutSince(kept.refreshToken ?? '', kept)).toBe(false);
  });

  it('issues tokens only to an enabled user, with the lifetime Cognito gave', async () => {
    const { pool, sessions } = setup();
    pool.add('ann@example.com', 'Correct-horse-1');
    const outcome = await pool.gateway.signIn({ email: 'ann@example.com', password: 'Correct-horse-1' });
    const tokens = sessions.tokensOf(outcome, 'sign-in');
    expect(await sessions.issue(tokens)).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    const ann = pool.users.get('ann@example.com');
    if (ann) ann.enabled = false;
    await expect(sessions.issue(tokens)).rejects.toMatchObject({ code: 'invalid_credentials' });
  });
});
