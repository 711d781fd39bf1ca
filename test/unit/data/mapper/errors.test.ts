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

/** The app with one route that throws the given error: data-layer errors render without route code. */
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

describe('data-layer errors as problems', () => {
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

  it('renders persistent throttling as 503 with Retry-After', async () => {
    const { status, headers } = await render(new DataUnavailableError('Query', 5));
    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('1');
  });

  it('renders conflicts as 409 and a stale version as 412', async () => {
    const exists = await render(new ItemExistsError('IdempotencyRecord', key));
    expect(exists.status).toBe(409);
    expect(exists.body.detail).toBe('The idempotency record already exists.');
    expect((await render(new VersionConflictError('Task', key, 1, 2))).status).toBe(412);
    const cancelled = new TransactionCancelledError([
      { index: 0, entity: 'Task', key, code: 'version_conflict', awsCode: 'ConditionalCheckFailed' },
    ]);
    expect(cancelled.firstFailure?.code).toBe('version_conflict');
    expect((await render(cancelled)).body.code).toBe('transaction_cancelled');
  });
});
