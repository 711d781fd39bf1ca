import { describe, expect, it } from 'vitest';
import { requestMetrics } from '#http/middleware/request-metrics';
import type { RequestSample } from '#lib/metrics';
import { offlineApp } from '#test/support/app';
import { mintAccessToken, sharedTestKeys } from '#test/support/auth';

const auth = {
  headers: { authorization: `Bearer ${mintAccessToken(sharedTestKeys(), { sub: 'metrics-user' })}` },
};

function appRecording(samples: RequestSample[]) {
  const app = offlineApp({}, { middleware: [requestMetrics((sample) => samples.push(sample))] });
  app.get('/v1/things/:thingId', (c) => c.json({ id: c.req.param('thingId') }));
  app.get('/v1/broken', () => {
    throw new Error('boom');
  });
  return app;
}

describe('requestMetrics', () => {
  it('labels requests with the matched route template, never the raw path', async () => {
    const samples: RequestSample[] = [];
    const app = appRecording(samples);
    await app.request('/v1/things/01JD000A', auth);
    await app.request('/v1/things/01JD000B', auth);
    await app.request('/health');
    expect(samples.map((sample) => [sample.route, sample.status])).toEqual([
      ['GET /v1/things/:thingId', 200],
      ['GET /v1/things/:thingId', 200],
      ['GET /health', 200],
    ]);
    expect(samples[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('sees the final status of errors and groups unknown paths as UNMATCHED', async () => {
    const samples: RequestSample[] = [];
    const app = appRecording(samples);
    await app.request('/v1/broken', auth);
    await app.request('/v1/does/not/exist/01JD', auth);
    expect(samples.map((sample) => [sample.route, sample.status])).toEqual([
      ['GET /v1/broken', 500],
      ['GET UNMATCHED', 404],
    ]);
  });
});
