import { Webhook as StandardWebhook } from 'standardwebhooks';

/**
 * The Standard Webhooks headers of one attempt, signed by the reference library with every
 * secret currently valid for the endpoint: after a rotation the new and the old secret each
 * give a `v1,…` signature, space-separated, and a receiver holding either one verifies.
 */
export function signedHeaders(
  deliveryId: string,
  sentAt: Date,
  payload: string,
  secrets: readonly string[],
): Record<string, string> {
  const signatures = secrets.map((secret) => new StandardWebhook(secret).sign(deliveryId, sentAt, payload));
  return {
    'webhook-id': deliveryId,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
