import { createRoute } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { ProblemSchema } from '#http/schemas/problem';
import * as z from '#http/schemas/zod';
import { memoryLogger, offlineApp, offlineConfig } from '#test/support/app';
import { mintAccessToken, sharedTestKeys } from '#test/support/auth';

/** The app plus one JSON route, to exercise body handling without a database. */
function appWithEchoRoute(options: Parameters<typeof offlineApp>[0] = {}) {
  const app = offlineApp(options);
  const echo = createRoute({
    method: 'post',
    path: '/echo',
    request: {
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.strictObject({ title: z.string().min(1), count: z.number().int().max(10) }),
          },
        },
      },
    },
    responses: { 200: { description: 'echo', content: { 'application/json': { schema: z.object({}) } } } },
  });
  app.openapi(echo, (c) => c.json(c.req.valid('json'), 200));
  app.get('/boom', () => {
    throw new Error('database password is hunter2');
  });
  return app;
}

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return ProblemSchema.parse(await response.json());
}

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => ({
  method: 'POST',
  body,
  headers,
});

describe('the HTTP app', () => {
  it('answers /health without touching anything', async () => {
    const app = offlineApp({
      checkDatabase: () => Promise.reject(new Error('must not be called')),
    });
    const response = await app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  describe('request ids', () => {
    it('mints one, echoes it and puts it in error bodies', async () => {
      const response = await offlineApp().request('/nope');
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9A-Z]{26}$/);
      expect((await problemOf(response)).requestId).toBe(id);
    });

    it('keeps a sane caller-supplied id and replaces an unsafe one', async () => {
      const app = offlineApp();
      const kept = await app.request('/health', { headers: { 'x-request-id': 'abc-123' } });
      expect(kept.headers.get('x-request-id')).toBe('abc-123');
      const replaced = await app.request('/health', { headers: { 'x-request-id': 'bad id\twith spaces' } });
      expect(replaced.headers.get('x-request-id')).not.toBe('bad id\twith spaces');
    });

    it('puts the id in every log line of the request', async () => {
      const logger = memoryLogger();
      const response = await offlineApp({ logger }).request('/health');
      const id = response.headers.get('x-request-id');
      expect(logger.lines).toContainEqual(
        expect.objectContaining({
          message: 'request',
          extra: expect.objectContaining({ requestId: id, status: 200 }),
        }),
      );
    });
  });

  describe('problem responses', () => {
    it('404 for an unknown route (under /v1 once authenticated; 401 before)', async () => {
      const app = offlineApp();
      expect((await app.request('/v1/unknown')).status).toBe(401);
      const token = mintAccessToken(sharedTestKeys(), { sub: 'user-1' });
      const response = await app.request('/v1/unknown', { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(404);
      expect(await problemOf(response)).toMatchObject({
        status: 404,
        code: 'route_not_found',
        instance: '/v1/unknown',
      });
    });

    it('405 with Allow for a known path and the wrong method', async () => {
      const response = await offlineApp().request('/health', { method: 'DELETE' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect((await problemOf(response)).code).toBe('method_not_allowed');
    });

    it('413 for a body over the limit', async () => {
      const app = appWithEchoRoute({ config: offlineConfig({ MAX_BODY_BYTES: '100' }) });
      const response = await app.request('/echo', post(JSON.stringify({ title: 'x'.repeat(200), count: 1 })));
      expect(response.status).toBe(413);
      expect((await problemOf(response)).code).toBe('payload_too_large');
    });

    it('413 for a chunked body over the limit (no Content-Length to trust)', async () => {
      const app = appWithEchoRoute({ config: offlineConfig({ MAX_BODY_BYTES: '100' }) });
      const chunk = new TextEncoder().encode(`{"title":"${'x'.repeat(300)}","count":1}`);
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(chunk);
          controller.close();
        },
      });
      const response = await app.request('/echo', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
    });

    it('415 for a body that is not JSON', async () => {
      const response = await appWithEchoRoute().request(
        '/echo',
        post('title=x', { 'content-type': 'text/plain' }),
      );
      expect(response.status).toBe(415);
      expect((await problemOf(response)).code).toBe('unsupported_media_type');
    });

    it('400 for malformed JSON', async () => {
      const response = await appWithEchoRoute().request('/echo', post('{"title": '));
      expect(response.status).toBe(400);
      expect((await problemOf(response)).code).toBe('malformed_json');
    });

    it('422 listing every invalid and unknown field', async () => {
      const response = await appWithEchoRoute().request(
        '/echo',
        post(JSON.stringify({ title: '', count: 99, version: 3, colour: 'red' })),
      );
      expect(response.status).toBe(422);
      const problem = await problemOf(response);
      expect(problem.code).toBe('validation_failed');
      const paths = problem.errors?.map((error) => error.path).sort();
      expect(paths).toEqual(['body.colour', 'body.count', 'body.title', 'body.version']);
      expect(problem.errors).toContainEqual({
        path: 'body.version',
        message: 'is set by the server and cannot be written',
      });
    });

    it('500 without internals, logged with the request id', async () => {
      const logger = memoryLogger();
      const response = await appWithEchoRoute({ logger }).request('/boom');
      expect(response.status).toBe(500);
      const text = await response.clone().text();
      expect(text).not.toContain('hunter2');
      expect(text).not.toContain('at ');
      expect((await problemOf(response)).detail).toBe('An unexpected error occurred.');
      expect(logger.lines.some((line) => line.level === 'error' && line.message === 'request failed')).toBe(
        true,
      );
    });
  });

  describe('CORS', () => {
    it('allows configured origins only', async () => {
      const app = offlineApp({ config: offlineConfig({ CORS_ORIGINS: 'https://app.example' }) });
      const allowed = await app.request('/health', { headers: { origin: 'https://app.example' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
      const other = await app.request('/health', { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers preflight with the headers the API needs', async () => {
      const app = offlineApp({ config: offlineConfig({ CORS_ORIGINS: 'https://app.example' }) });
      const response = await app.request('/health', {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-headers')).toContain('If-Match');
      // A browser on the local server sends its usage-plan key and reads the rate-limit headers.
      expect(response.headers.get('access-control-allow-headers')).toContain('X-Api-Key');
      const simple = await app.request('/health', { headers: { origin: 'https://app.example' } });
      expect(simple.headers.get('access-control-expose-headers')).toContain('RateLimit-Remaining');
    });
  });

  describe('/ready', () => {
    it('is 503 with Retry-After when the database check fails', async () => {
      const app = offlineApp({ checkDatabase: () => Promise.reject(new Error('connect ECONNREFUSED')) });
      const response = await app.request('/ready');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect((await problemOf(response)).code).toBe('service_unavailable');
    });
  });
});
