import { createHash } from 'node:crypto';
import { encodeTime } from 'ulid';
import type { WebhookEventType } from './vocabulary.ts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The id of the delivery of one event to one endpoint, and its `webhook-id`: a ULID whose time
 * is the event's and whose 80 other bits come from the event and the endpoint. The same event
 * for the same endpoint always has the same id (a redelivered stream record finds it recorded);
 * a log sorted by id is sorted by event time.
 */
export function deliveryIdOf(eventKey: string, webhookId: string, occurredAt: string): string {
  const digest = createHash('sha256').update(`${eventKey}\n${webhookId}`).digest();
  let bits = BigInt(`0x${digest.subarray(0, 10).toString('hex')}`);
  let tail = '';
  for (let index = 0; index < 16; index++) {
    tail = CROCKFORD[Number(bits & 31n)] + tail;
    bits >>= 5n;
  }
  return encodeTime(Date.parse(occurredAt), 10) + tail;
}

/** The body every attempt of a delivery sends, as the Standard Webhooks specification shapes it. */
export function webhookPayload(
  type: WebhookEventType,
  timestamp: string,
  data: Record<string, unknown>,
): string {
  return JSON.stringify({ type, timestamp, data });
}

/** Fields the table keeps for itself that are no part of a resource as the API returns it. */
const INTERNAL_FIELDS = new Set([
  'ttl',
  'updatedBy',
  'ownerCount',
  'webhookCount',
  'inboxOf',
  'objectKey',
  'openBlockerCount',
  'subtreeRevision',
  'subtreePurges',
]);

/**
 * A stored resource as clients know it: without the bookkeeping only the table needs, and a
 * task with `isBlocked` (derived from its open blockers, as the API renders it).
 */
export function publicResource(model: Record<string, unknown>): Record<string, unknown> {
  const visible = Object.fromEntries(Object.entries(model).filter(([field]) => !INTERNAL_FIELDS.has(field)));
  const open = model.openBlockerCount;
  return typeof open === 'number' ? { ...visible, isBlocked: open > 0 } : visible;
}
