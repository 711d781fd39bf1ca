import { type WebhookDue, webhookDueEntity } from '#data/entities/webhook-delivery';
import type { EntityChange } from '#worker/stream/stream-dispatcher';

/**
 * The stream consumer that hands every new place in the due queue (a delivery recorded, a retry
 * scheduled, an attempt claimed, a retry asked for by hand) to whatever runs deliveries: the
 * managed queue on AWS (sent with the delay left), or the local poller (woken when it is due).
 */
export function createDueAnnouncer(announce: (due: WebhookDue) => Promise<void> | void) {
  return async function announceDue(change: EntityChange): Promise<void> {
    if (change.eventName !== 'INSERT' || !change.newImage) return;
    await announce(webhookDueEntity.fromItem(change.newImage));
  };
}
