import { describe, expect, it } from 'vitest';
import { createApp } from '#app';
import { createContainer } from '#container';
import { createTestTable, testConfig } from '#test/support/stack';

describe('/ready against DynamoDB Local', () => {
  it('is 200 when the table answers', async () => {
    const table = await createTestTable();
    const app = createApp(createContainer(testConfig(table)));
    const response = await app.request('/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: { dynamodb: 'ok' } });
  });

  it('is 503 when the table does not exist', async () => {
    const app = createApp(createContainer(testConfig('no-such-table-here')));
    const response = await app.request('/ready');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
  });
});
