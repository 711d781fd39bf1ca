import { describe, expect, it } from 'vitest';
import { offlineApp, offlineConfig } from '#test/support/app';

const ORIGIN = 'https://app.example';
const app = offlineApp({ config: offlineConfig({ CORS_ORIGINS: ORIGIN }) });

describe('CORS', () => {
  it('lets the web origin read error answers too, not only successes', async () => {
    const refused = await app.request('/v1/me', { headers: { origin: ORIGIN } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(refused.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    expect(refused.headers.get('vary')).toContain('Origin');
    const missing = await app.request('/nowhere', { headers: { origin: ORIGIN } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('answers a preflight with the methods, headers and how long to cache them', async () => {
    const preflight = await app.request('/v1/projects', {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'PATCH' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(preflight.headers.get('access-control-max-age')).toBe('600');
    const stranger = await app.request('/v1/projects', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'PATCH' },
    });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });
});
