import { describe, expect, it } from 'vitest';
import {
  CorruptItemError,
  DataUnavailableError,
  InvalidCursorError,
  ItemExistsError,
  TransactionCancelledError,
  VersionConflictError,
} from '#data/mapper/errors';
import { offlineApp } from '#test/support/app';

/** The app with one route that throws the given error: how an engine error reaches a client. */
async function render(error: Error) {
  const app = offlineApp();
  app.get('/throws', () => {
    throw error;
  });
  const response = await app.request('/throws');
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const key = { pk: 'PROJECT#1', sk: 'TASK#2' };

describe('engine errors as problems', () => {
  it('renders a corrupt item as an opaque 500', async () => {
    const { status, body } = await render(new CorruptItemError('Job', key, ['progress.total']));
    expect(status).toBe(500);
    expect(body.detail).toBe('An unexpected error occurred.');
    expect(JSON.stringify(body)).not.toContain('TASK#2');
    expect(JSON.stringify(body)).not.toContain('progress');
  });

  it('renders an invalid cursor as 400 invalid_cursor naming the field', async () => {
    const { status, body } = await render(new InvalidCursorError('signature'));
    expect(status).toBe(400);
    expect(body.code).toBe('invalid_cursor');
    expect(body.errors).toEqual([{ path: 'query.cursor', message: 'invalid or expired cursor' }]);
  });

  it('renders persistent throttling as 503 with Retry-After, without the operation', async () => {
    const { status, headers, body } = await render(new DataUnavailableError('Query', 5));
    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('1');
    expect(body.code).toBe('service_unavailable');
    expect(JSON.stringify(body)).not.toContain('Query');
  });

  it('keeps a failed write no repository explained opaque: the engine knows no statuses', async () => {
    const cancelled = new TransactionCancelledError([
      {
        label: 'actor',
        index: 1,
        entity: 'Membership',
        key,
        code: 'condition_failed',
        awsCode: 'ConditionalCheckFailed',
      },
    ]);
    for (const error of [
      cancelled,
      new ItemExistsError('IdempotencyRecord', key),
      new VersionConflictError('Task', key, 1, 2),
    ]) {
      const { status, body } = await render(error);
      expect(status).toBe(500);
      expect(JSON.stringify(body)).not.toMatch(/Membership|IdempotencyRecord|Task|PROJECT#|condition_failed/);
    }
    expect(cancelled.failureOf('actor')?.code).toBe('condition_failed');
  });
});
