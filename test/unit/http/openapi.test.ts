import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { offlineApp } from '#test/support/app';

describe('the API description', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const response = await offlineApp().request('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.paths['/health']?.get).toBeDefined();
    expect(document.paths['/ready']?.get?.responses['503']).toBeDefined();
  });

  it('declares no hop-by-hop header (proxies and gateways drop them)', async () => {
    const text = await (await offlineApp().request('/openapi.json')).text();
    for (const header of ['Connection', 'Keep-Alive', 'Transfer-Encoding', 'Upgrade']) {
      expect(text).not.toMatch(new RegExp(`"${header}"\\s*:`, 'i'));
    }
  });

  it('has an interactive docs page over it', async () => {
    const response = await offlineApp().request('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('SwaggerUIBundle');
    expect(html).toContain('/openapi.json');
  });
});
