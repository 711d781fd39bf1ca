import { describe, expect, it } from 'vitest';
import { loadConfig } from '#config';
import { RETRY_JITTER, retryDelayMs, scheduleSpanMs } from '#domain/webhook-schedule';

const DEFAULT_SCHEDULE = [30, 120, 600, 3600, 10_800, 21_600, 43_200];

describe('the webhook retry schedule', () => {
  it('waits the n-th delay before the n-th retry, and none past the schedule', () => {
    const middle = () => 0.5;
    expect(DEFAULT_SCHEDULE.map((_, used) => retryDelayMs(DEFAULT_SCHEDULE, used, middle))).toEqual(
      DEFAULT_SCHEDULE.map((seconds) => seconds * 1000),
    );
    expect(retryDelayMs(DEFAULT_SCHEDULE, DEFAULT_SCHEDULE.length, middle)).toBeUndefined();
  });

  it('jitters each delay by at most ±20 %, and retries first within a minute', () => {
    for (const random of [() => 0, () => 0.999_999]) {
      const first = retryDelayMs(DEFAULT_SCHEDULE, 0, random) ?? 0;
      expect(first).toBeGreaterThanOrEqual(30_000 * (1 - RETRY_JITTER));
      expect(first).toBeLessThanOrEqual(30_000 * (1 + RETRY_JITTER));
      expect(first).toBeLessThan(60_000);
    }
    const spread = new Set(Array.from({ length: 50 }, () => retryDelayMs(DEFAULT_SCHEDULE, 3)));
    expect(spread.size).toBeGreaterThan(1);
  });

  it('backs off over about a day by default, as the configuration says', () => {
    const config = loadConfig({
      AWS_REGION: 'us-east-1',
      DYNAMODB_TABLE_NAME: 'tasklane',
      COGNITO_USER_POOL_ID: 'us-east-1_abc',
      COGNITO_CLIENT_ID: 'client',
      S3_BUCKET: 'bucket',
      CURSOR_SECRET: 'a-cursor-secret-of-at-least-32-characters',
    });
    expect(config.webhooks.retryScheduleSeconds).toEqual(DEFAULT_SCHEDULE);
    const spanHours = DEFAULT_SCHEDULE.reduce((sum, seconds) => sum + seconds, 0) / 3600;
    expect(spanHours).toBeGreaterThan(18);
    expect(spanHours).toBeLessThan(30);
    expect(scheduleSpanMs(DEFAULT_SCHEDULE)).toBeCloseTo(spanHours * 3600 * 1000 * 1.2, -3);
    // Each delay grows: exponential, not a fixed interval.
    for (let index = 1; index < DEFAULT_SCHEDULE.length; index++) {
      expect(DEFAULT_SCHEDULE[index]).toBeGreaterThan(DEFAULT_SCHEDULE[index - 1] ?? 0);
    }
  });
});
