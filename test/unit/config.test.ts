import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '#config';

const valid = {
  AWS_REGION: 'eu-west-1',
  DYNAMODB_TABLE_NAME: 'tasklane',
  COGNITO_USER_POOL_ID: 'eu-west-1_AbC123',
  COGNITO_CLIENT_ID: 'client',
  S3_BUCKET: 'tasklane-files',
  CURSOR_SECRET: 'a-long-enough-secret-for-signing-cursors',
};

describe('loadConfig', () => {
  it('derives the Cognito issuer and JWKS URL from region and pool', () => {
    const config = loadConfig(valid);
    expect(config.cognito.issuer).toBe('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123');
    expect(config.cognito.jwksUri).toBe(`${config.cognito.issuer}/.well-known/jwks.json`);
    expect(config.port).toBe(3000);
    expect(config.stage).toBe('local');
  });

  it('names a missing variable in one line', () => {
    const { DYNAMODB_TABLE_NAME: _, ...missing } = valid;
    expect(() => loadConfig(missing)).toThrowError(
      new ConfigError('Configuration error: DYNAMODB_TABLE_NAME is missing'),
    );
  });

  it('names a malformed variable and why', () => {
    expect(() => loadConfig({ ...valid, PORT: 'eighty' })).toThrowError(
      /^Configuration error: PORT is invalid/,
    );
    expect(() => loadConfig({ ...valid, CURSOR_SECRET: 'short' })).toThrowError(
      /CURSOR_SECRET is invalid \(must be at least 32/,
    );
    expect(() => loadConfig({ ...valid, DYNAMODB_ENDPOINT: 'not a url' })).toThrowError(
      /DYNAMODB_ENDPOINT is invalid/,
    );
  });

  it('needs the OpenSearch endpoint when the search engine is OpenSearch, and says so once', () => {
    expect(() => loadConfig({ ...valid, SEARCH_ENGINE: 'opensearch' })).toThrowError(
      new ConfigError(
        'Configuration error: OPENSEARCH_ENDPOINT is missing (SEARCH_ENGINE=opensearch needs it)',
      ),
    );
    const endpoint = 'https://search-tasklane.eu-west-1.es.amazonaws.com';
    expect(
      loadConfig({ ...valid, SEARCH_ENGINE: 'opensearch', OPENSEARCH_ENDPOINT: endpoint }).search,
    ).toMatchObject({
      engine: 'opensearch',
      openSearch: { endpoint, index: 'tasks' },
    });
    expect(loadConfig(valid).search.engine).toBe('embedded');
    expect(() =>
      loadConfig({
        ...valid,
        STAGE: 'prod',
        SEARCH_ENGINE: 'opensearch',
        OPENSEARCH_ENDPOINT: 'http://search.example',
      }),
    ).toThrowError(/OPENSEARCH_ENDPOINT: http:\/\/ is refused/);
  });

  it('parses comma-separated CORS origins', () => {
    expect(
      loadConfig({ ...valid, CORS_ORIGINS: 'https://a.example, https://b.example,' }).corsOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
  });

  it('is frozen', () => {
    const config = loadConfig(valid);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.cognito)).toBe(true);
  });

  describe('in production', () => {
    const prod = { ...valid, STAGE: 'prod' };

    it('refuses a wildcard CORS origin', () => {
      expect(() => loadConfig({ ...prod, CORS_ORIGINS: '*' })).toThrowError(
        /CORS_ORIGINS: a wildcard origin is refused/,
      );
    });

    it.each([
      ['COGNITO_ISSUER', 'http://127.0.0.1:9229/local_abc'],
      ['DYNAMODB_ENDPOINT', 'http://127.0.0.1:8000'],
      ['S3_ENDPOINT', 'http://127.0.0.1:4569'],
      ['COGNITO_ENDPOINT', 'http://127.0.0.1:9229'],
      ['CORS_ORIGINS', 'http://app.example'],
    ])('refuses an http:// %s', (name, value) => {
      expect(() => loadConfig({ ...prod, [name]: value })).toThrowError(
        new RegExp(`${name}: http:// is refused`),
      );
    });

    it('accepts https endpoints and explicit origins', () => {
      const config = loadConfig({ ...prod, CORS_ORIGINS: 'https://app.example' });
      expect(config.isHardened).toBe(true);
      expect(config.corsOrigins).toEqual(['https://app.example']);
    });

    it('allows http:// stand-ins in the local stage', () => {
      expect(
        loadConfig({ ...valid, DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000', CORS_ORIGINS: '*' }).isHardened,
      ).toBe(false);
    });
  });
});
