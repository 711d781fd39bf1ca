import { describe, expect, it } from 'vitest';
import { createOpenSearchSigner } from '#data/search/opensearch-transport';

/** SigV4 signing of OpenSearch requests, without a network: fixed clock and credentials. */
const deps = {
  endpoint: 'https://search-tasklane.eu-west-1.es.amazonaws.com',
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'fixed-test-secret' },
  clock: { now: () => new Date('2026-12-07T12:00:00Z') },
};
const request = { method: 'POST' as const, path: '/tasks/_search', body: { query: { match_all: {} } } };

describe('the OpenSearch signer', () => {
  it('signs for the es service in the region, with the date and the body hash', async () => {
    const signed = await createOpenSearchSigner(deps)(request);
    expect(signed.url).toBe('https://search-tasklane.eu-west-1.es.amazonaws.com/tasks/_search');
    expect(signed.body).toBe(JSON.stringify(request.body));
    expect(signed.headers['x-amz-date']).toBe('20261207T120000Z');
    expect(signed.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261207\/eu-west-1\/es\/aws4_request, SignedHeaders=[^,]*content-type;host;x-amz-content-sha256;x-amz-date[^,]*, Signature=[0-9a-f]{64}$/,
    );
    // fetch sets Host itself; the signed value is the endpoint's.
    expect(signed.headers.host).toBeUndefined();
  });

  it('is deterministic, and another body or key gives another signature', async () => {
    const sign = createOpenSearchSigner(deps);
    const [first, again] = [await sign(request), await sign(request)];
    expect(again.headers.authorization).toBe(first.headers.authorization);
    const otherBody = await sign({ ...request, body: { query: { match: { title: 'x' } } } });
    expect(otherBody.headers.authorization).not.toBe(first.headers.authorization);
    const otherKey = await createOpenSearchSigner({
      ...deps,
      credentials: { ...deps.credentials, secretAccessKey: 'another-secret' },
    })(request);
    expect(otherKey.headers.authorization).not.toBe(first.headers.authorization);
  });

  it('signs the query string and carries a session token when the credentials have one', async () => {
    const signed = await createOpenSearchSigner({
      ...deps,
      credentials: { ...deps.credentials, sessionToken: 'session-token' },
    })({ method: 'POST', path: '/tasks/_delete_by_query?conflicts=proceed', body: {} });
    expect(signed.url).toBe(
      'https://search-tasklane.eu-west-1.es.amazonaws.com/tasks/_delete_by_query?conflicts=proceed',
    );
    expect(signed.headers['x-amz-security-token']).toBe('session-token');
  });
});
