import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidCursorError } from './errors.ts';

/**
 * Opaque pagination cursors: `base64url(payload).base64url(hmac)`. The HMAC covers the
 * payload AND the query's binding (entity, index, partition, range, filters, direction,
 * caller), so a cursor is useless on any other query or for any other caller, and a
 * forged one is a 400 instead of a read of someone else's partition.
 */

export type CursorKey = Record<string, string>;

interface Payload {
  /** The last key returned (ExclusiveStartKey of the next read). */
  k: CursorKey;
  /** Expiry, epoch seconds. */
  e: number;
}

export interface CursorCodec {
  encode(binding: string, lastKey: CursorKey, nowSeconds: number): string;
  /** @throws InvalidCursorError when tampered, foreign, expired or malformed. */
  decode(
    binding: string,
    cursor: string,
    nowSeconds: number,
    allowedAttributes: readonly string[],
  ): CursorKey;
}

export interface CursorCodecOptions {
  secret: string;
  /** How long a cursor stays valid. Default 24 h. */
  ttlSeconds?: number;
}

const MAX_CURSOR_LENGTH = 2048;

/** Builds the codec once per mapper; the secret is checked here, not per call. */
export function createCursorCodec(options: CursorCodecOptions): CursorCodec {
  if (options.secret.length < 32) throw new Error('cursor secret must be at least 32 characters');
  const secret = options.secret;
  const ttlSeconds = options.ttlSeconds ?? 24 * 3600;
  const sign = (binding: string, body: string) =>
    createHmac('sha256', secret).update(binding).update('\n').update(body).digest();

  return {
    encode(binding, lastKey, nowSeconds) {
      const payload: Payload = { k: lastKey, e: nowSeconds + ttlSeconds };
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${body}.${sign(binding, body).toString('base64url')}`;
    },
    decode(binding, cursor, nowSeconds, allowedAttributes) {
      if (cursor.length > MAX_CURSOR_LENGTH) throw new InvalidCursorError('malformed');
      const [body, mac, extra] = cursor.split('.');
      if (!body || !mac || extra !== undefined) throw new InvalidCursorError('malformed');
      const given = Buffer.from(mac, 'base64url');
      const expected = sign(binding, body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new InvalidCursorError('signature');
      }
      const payload = parsePayload(body);
      if (payload.e <= nowSeconds) throw new InvalidCursorError('expired');
      const names = Object.keys(payload.k);
      if (names.length === 0 || names.some((name) => !allowedAttributes.includes(name))) {
        throw new InvalidCursorError('key');
      }
      return payload.k;
    },
  };
}

function parsePayload(body: string): Payload {
  try {
    const value: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) throw new Error('not an object');
    const { k, e } = value as Record<string, unknown>;
    if (typeof e !== 'number' || typeof k !== 'object' || k === null) throw new Error('bad shape');
    if (Object.values(k).some((part) => typeof part !== 'string')) throw new Error('bad key');
    return { k: k as CursorKey, e };
  } catch {
    throw new InvalidCursorError('malformed');
  }
}

/** The string a cursor is bound to: everything that defines the query except the page size. */
export function cursorBinding(parts: {
  entities: readonly string[];
  index: string | undefined;
  partition: string;
  range: unknown;
  filter: unknown;
  forward: boolean;
  caller: string | undefined;
}): string {
  return JSON.stringify([
    parts.entities,
    parts.index ?? '',
    parts.partition,
    parts.range ?? null,
    parts.filter ?? null,
    parts.forward,
    parts.caller ?? '',
  ]);
}
