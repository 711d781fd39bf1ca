import type { Webhook } from '#data/entities/webhook';
import type { DeliveryAttempt, WebhookDelivery, WebhookDue } from '#data/entities/webhook-delivery';
import type { SendOutcome } from '#data/outbound/webhook-transport';
import type { WebhookDeliveryRepository } from '#data/repositories/webhook-delivery-repository';
import type { WebhookRepository } from '#data/repositories/webhook-repository';
import type { WebhookDisabledReason } from '#domain/vocabulary';
import { retryDelayMs } from '#domain/webhook-schedule';
import type { TargetRules } from '#domain/webhook-targets';
import { type Clock, systemClock } from '#lib/clock';
import type { AppLogger } from '#lib/logger';
import type { SecretBox } from '#lib/secret-box';
import { signedHeaders } from './webhook-signing.ts';

/** Attempts kept in a delivery's log (manual retries can add more than the schedule has). */
const KEPT_ATTEMPTS = 30;
/** An attempt's claim outlives its timeout by this much before another worker may take it over. */
const CLAIM_GRACE_MS = 5000;

export interface WebhookDelivererDeps {
  webhooks: Pick<WebhookRepository, 'find' | 'update'>;
  deliveries: Pick<WebhookDeliveryRepository, 'find' | 'progress' | 'dropDue'>;
  secrets: SecretBox;
  send: (request: {
    url: string;
    headers: Record<string, string>;
    body: string;
    timeoutMs: number;
    rules: TargetRules;
  }) => Promise<SendOutcome>;
  rules: TargetRules;
  attemptTimeoutMs: number;
  retryScheduleSeconds: readonly number[];
  logger: AppLogger;
  clock?: Clock;
  random?: () => number;
}

/** What one call of the deliverer did, for its caller's counts. */
export type AttemptResult = 'delivered' | 'retrying' | 'failed' | 'skipped';

/**
 * Makes one attempt of a due delivery: claims it (so no other worker sends it meanwhile; a
 * worker that dies leaves it due again when the claim runs out), signs and POSTs it, and
 * records what happened: delivered on 2xx; on 410 the endpoint is disabled at once; anything
 * else is retried on the schedule with the same `webhook-id`, and an endpoint whose delivery
 * fails the whole schedule is disabled.
 */
export function createWebhookDeliverer(deps: WebhookDelivererDeps) {
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? Math.random;

  function secretsOf(webhook: Webhook, now: Date): string[] {
    const current = deps.secrets.open(webhook.secret);
    const previousValid =
      webhook.previousSecret &&
      webhook.previousSecretExpiresAt &&
      Date.parse(webhook.previousSecretExpiresAt) > now.getTime();
    return previousValid && webhook.previousSecret
      ? [current, deps.secrets.open(webhook.previousSecret)]
      : [current];
  }

  async function disable(webhook: Webhook, reason: WebhookDisabledReason): Promise<void> {
    await deps.webhooks.update(webhook.projectId, webhook.id, { enabled: false, disabledReason: reason });
    deps.logger.warn('webhook endpoint disabled', { webhookId: webhook.id, reason });
  }

  async function settle(
    delivery: WebhookDelivery,
    attempt: DeliveryAttempt | undefined,
    status: 'delivered' | 'failed',
  ) {
    await deps.deliveries.progress(delivery, {
      status,
      attempts: attempt ? [...delivery.attempts, attempt].slice(-KEPT_ATTEMPTS) : delivery.attempts,
      retriesUsed: delivery.retriesUsed,
      nextAttemptAt: undefined,
    });
  }

  return async function attemptDelivery(due: WebhookDue): Promise<AttemptResult> {
    const delivery = await deps.deliveries.find(due.webhookId, due.deliveryId);
    if (delivery?.status !== 'pending' || delivery.nextAttemptAt !== due.dueAt) {
      // Settled, gone or moved on: this place in the queue is stale.
      await deps.deliveries.dropDue(due);
      return 'skipped';
    }
    const webhook = await deps.webhooks.find(delivery.projectId, delivery.webhookId);
    if (!webhook?.enabled) {
      await settle(delivery, undefined, 'failed');
      return 'failed';
    }
    const now = clock.now();
    const claimed = await deps.deliveries.progress(delivery, {
      status: 'pending',
      attempts: delivery.attempts,
      retriesUsed: delivery.retriesUsed,
      nextAttemptAt: new Date(now.getTime() + deps.attemptTimeoutMs + CLAIM_GRACE_MS).toISOString(),
    });
    if (!claimed) return 'skipped';
    const outcome = await deps.send({
      url: webhook.url,
      headers: signedHeaders(delivery.id, now, delivery.payload, secretsOf(webhook, now)),
      body: delivery.payload,
      timeoutMs: deps.attemptTimeoutMs,
      rules: deps.rules,
    });
    const attempt: DeliveryAttempt = {
      attempt: delivery.attempts.length + 1,
      at: now.toISOString(),
      durationMs: outcome.durationMs,
      ...('status' in outcome ? { responseStatus: outcome.status } : { error: outcome.error }),
    };
    const status = 'status' in outcome ? outcome.status : undefined;
    deps.logger.info('webhook attempt', {
      webhookId: webhook.id,
      deliveryId: delivery.id,
      type: delivery.type,
      attempt: attempt.attempt,
      responseStatus: status,
      durationMs: outcome.durationMs,
      ...('error' in outcome ? { error: outcome.error } : {}),
    });
    if (status !== undefined && status >= 200 && status < 300) {
      await settle(claimed, attempt, 'delivered');
      return 'delivered';
    }
    if (status === 410) {
      await settle(claimed, attempt, 'failed');
      await disable(webhook, 'gone');
      return 'failed';
    }
    const delay = retryDelayMs(deps.retryScheduleSeconds, claimed.retriesUsed, random);
    if (delay === undefined) {
      await settle(claimed, attempt, 'failed');
      await disable(webhook, 'failing');
      return 'failed';
    }
    await deps.deliveries.progress(claimed, {
      status: 'pending',
      attempts: [...claimed.attempts, attempt].slice(-KEPT_ATTEMPTS),
      retriesUsed: claimed.retriesUsed + 1,
      nextAttemptAt: new Date(clock.now().getTime() + delay).toISOString(),
    });
    return 'retrying';
  };
}

export type WebhookDeliverer = ReturnType<typeof createWebhookDeliverer>;
