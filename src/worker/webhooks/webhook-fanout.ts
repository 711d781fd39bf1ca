import type { Webhook } from '#data/entities/webhook';
import type { WebhookDeliveryRepository } from '#data/repositories/webhook-delivery-repository';
import type { WebhookRepository } from '#data/repositories/webhook-repository';
import { type ActivityAction, ALL_WEBHOOK_EVENTS } from '#domain/vocabulary';
import { deliveryIdOf, publicResource, webhookPayload } from '#domain/webhook-events';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import type { AppLogger } from '#lib/logger';
import { type ActivityDraft, activityOf } from '#worker/activity-entries';
import type { EntityChange } from '#worker/stream/stream-dispatcher';

export interface WebhookFanoutDeps {
  webhooks: Pick<WebhookRepository, 'listByProject'>;
  deliveries: Pick<WebhookDeliveryRepository, 'record'>;
  logger: AppLogger;
  /** How long deliveries stay in the log. */
  retentionSeconds: number;
  clock?: Clock;
}

const wants = (webhook: Webhook, action: ActivityAction) =>
  webhook.enabled && (webhook.eventTypes.includes(ALL_WEBHOOK_EVENTS) || webhook.eventTypes.includes(action));

/** The event's `data`: the resource as the API returns it, or for a deletion the ids that name it. */
function dataOf(draft: ActivityDraft): Record<string, unknown> {
  if (draft.data) return publicResource(draft.data);
  return {
    id: draft.resourceId,
    projectId: draft.projectId,
    ...(draft.taskId && draft.taskId !== draft.resourceId ? { taskId: draft.taskId } : {}),
    deleted: true,
  };
}

/**
 * The stream consumer that turns each user change into one delivery per endpoint that wants it,
 * off the request path. A delivery's id derives from the activity entry and the endpoint, so a
 * redelivered record (or a batch retried after a crash) finds its deliveries recorded and adds none.
 */
export function createWebhookFanout(deps: WebhookFanoutDeps) {
  const clock = deps.clock ?? systemClock;
  return async function fanOutWebhooks(change: EntityChange): Promise<void> {
    const draft = activityOf(change);
    if (!draft) return;
    const endpoints = (await deps.webhooks.listByProject(draft.projectId)).filter((webhook) =>
      wants(webhook, draft.action),
    );
    if (endpoints.length === 0) return;
    const payload = webhookPayload(draft.action, draft.occurredAt, dataOf(draft));
    const now = clock.now();
    const outcomes = await Promise.all(
      endpoints.map((webhook) =>
        deps.deliveries.record({
          id: deliveryIdOf(draft.entryKey, webhook.id, draft.occurredAt),
          webhookId: webhook.id,
          projectId: draft.projectId,
          type: draft.action,
          eventKey: draft.entryKey,
          payload,
          status: 'pending',
          attempts: [],
          retriesUsed: 0,
          nextAttemptAt: now.toISOString(),
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          ttl: epochSeconds(now) + deps.retentionSeconds,
        }),
      ),
    );
    deps.logger.debug('webhook deliveries recorded', {
      entryKey: draft.entryKey,
      endpoints: endpoints.length,
      created: outcomes.filter((outcome) => outcome === 'created').length,
    });
  };
}
