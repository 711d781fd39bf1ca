import { createHmac, timingSafeEqual } from 'node:crypto';
import { BadRequestError } from '#domain/errors';

/**
 * Change-feed sync tokens: `base64url(payload).base64url(hmac)`, opaque and tamper-evident like
 * cursors, bound to one project. The payload is a feed position: `<recordedAt>#<entryKey>` or,
 * for "everything up to a time", `<time>#~` (`~` sorts after every entry key).
 */
export interface SyncTokenCodec {
  encode(projectId: string, position: string): string;
  /** @throws BadRequestError `invalid_sync_token` when tampered, foreign or malformed. */
  decode(projectId: string, token: string): string;
}

const MAX_TOKEN_LENGTH = 1024;
const invalid = () =>
  new BadRequestError(
    'The syncToken is not valid for this project; start again without it.',
    'invalid_sync_token',
  );

export function createSyncTokenCodec(secret: string): SyncTokenCodec {
  const sign = (projectId: string, body: string) =>
    createHmac('sha256', secret).update('sync-token\n').update(projectId).update('\n').update(body).digest();
  return {
    encode(projectId, position) {
      const body = Buffer.from(position).toString('base64url');
      return `${body}.${sign(projectId, body).toString('base64url')}`;
    },
    decode(projectId, token) {
      if (token.length > MAX_TOKEN_LENGTH) throw invalid();
      const [body, mac, extra] = token.split('.');
      if (!body || !mac || extra !== undefined) throw invalid();
      const given = Buffer.from(mac, 'base64url');
      const expected = sign(projectId, body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
      const position = Buffer.from(body, 'base64url').toString('utf8');
      if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z#[^\s#]+$/.test(position)) throw invalid();
      return position;
    },
  };
}

/** The time part of a position (when its entry was recorded). */
export function positionTime(position: string): number {
  return Date.parse(position.slice(0, position.indexOf('#')));
}

/** The position after every entry recorded at or before `time`. */
export function positionAt(time: Date): string {
  return `${time.toISOString()}#~`;
}
