import { describe, expect, it } from 'vitest';
import { offlineApp, offlineConfig } from '#test/support/app';

const KEY = 'acme-key-0123456789abcdef';
const appWith = (limits: Record<string, string>) =>
  offlineApp({ config: offlineConfig({ API_KEYS: `acme:${KEY}`, ...limits }) });

describe('local API keys and usage plan', () => {
  it('refuses a missing or unknown key with 403 invalid_api_key, but never on /health', async () => {
    const app = appWith({});
    const missing = await app.request('/v1/me');
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { code: string }).code).toBe('invalid_api_key');
    expect(
      (await app.request('/v1/me', { headers: { 'x-api-key': 'wrong-key-0123456789abcdef' } })).status,
    ).toBe(403);
    expect((await app.request('/health')).status).toBe(200);
    // With the key the request reaches authentication (no token: 401) and carries the quota.
    const keyed = await app.request('/v1/me', { headers: { 'x-api-key': KEY } });
    expect(keyed.status).toBe(401);
    expect(keyed.headers.get('ratelimit-limit')).toBe('10000');
    expect(keyed.headers.get('ratelimit-remaining')).toBe('9999');
  });

  it('answers 429 rate_limited with Retry-After and RateLimit headers past the burst', async () => {
    const app = appWith({ API_KEY_RATE_LIMIT: '1', API_KEY_BURST_LIMIT: '2' });
    const call = () => app.request('/v1/me', { headers: { 'x-api-key': KEY } });
    expect([(await call()).status, (await call()).status]).toEqual([401, 401]);
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { code: string }).code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers 429 quota_exceeded once the daily quota is used up', async () => {
    const app = appWith({ API_KEY_DAILY_QUOTA: '1' });
    const call = () => app.request('/v1/me', { headers: { 'x-api-key': KEY } });
    expect((await call()).status).toBe(401);
    const exceeded = await call();
    expect(exceeded.status).toBe(429);
    expect(((await exceeded.json()) as { code: string }).code).toBe('quota_exceeded');
    expect(Number(exceeded.headers.get('retry-after'))).toBeGreaterThan(3600);
  });
});
