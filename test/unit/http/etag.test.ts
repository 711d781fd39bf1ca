import { describe, expect, it } from 'vitest';
import { PreconditionFailedError } from '#domain/errors';
import { etagOf, expectedVersion, noneMatchHits } from '#http/etag';

describe('ETags', () => {
  it('round-trips a version', () => {
    expect(expectedVersion(etagOf(7))).toBe(7);
  });

  it('accepts a weak validator from proxies that weaken ETags', () => {
    expect(expectedVersion('W/"3"')).toBe(3);
  });

  it('takes a missing If-Match as "the current version", like *', () => {
    expect(expectedVersion(undefined)).toBeUndefined();
    expect(expectedVersion('  ')).toBeUndefined();
  });

  it('reads If-Match: * as "any current version" (RFC 9110)', () => {
    expect(expectedVersion('*')).toBeUndefined();
    expect(expectedVersion(' * ')).toBeUndefined();
  });

  it.each(['"abc"', '3', '"1", "2"', '"99999999999999999"'])('refuses %s (412)', (header) => {
    expect(() => expectedVersion(header)).toThrow(PreconditionFailedError);
  });
});

describe('If-None-Match', () => {
  it('hits the current ETag, a weak form of it, one of a list, or *', () => {
    for (const header of ['"3"', 'W/"3"', '"1", "3"', '*'])
      expect(noneMatchHits(header, '"3"'), header).toBe(true);
  });

  it('misses another version', () => {
    expect(noneMatchHits('"2"', '"3"')).toBe(false);
    expect(noneMatchHits('"2", W/"4"', '"3"')).toBe(false);
  });
});
