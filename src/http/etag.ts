import { PreconditionFailedError } from '#domain/errors';

/**
 * ETags are the resource's `version`, quoted (strong validators: the version changes on
 * every write). Writes may send it back in If-Match to apply only to that version.
 */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version a write is conditioned on, from If-Match; undefined without the header or for
 * `If-Match: *` (any current representation, RFC 9110 §13.1.1): the write then applies
 * atomically to whatever version is current, and still needs the resource to exist.
 * @throws PreconditionFailedError (412) when it cannot match any version.
 */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') return undefined;
  const candidates = ifMatch.split(',').map((tag) => tag.trim());
  if (candidates.length !== 1) throw new PreconditionFailedError('If-Match must name exactly one ETag.');
  const match = /^(?:W\/)?"(\d{1,15})"$/.exec(candidates[0] ?? '');
  if (!match?.[1]) throw new PreconditionFailedError('If-Match does not name a version of this resource.');
  return Number(match[1]);
}

/**
 * True when an If-None-Match header names `etag` (weak comparison, RFC 9110 §13.1.2: a `W/`
 * prefix is ignored) or is `*`: the client's copy is current.
 */
export function noneMatchHits(ifNoneMatch: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
