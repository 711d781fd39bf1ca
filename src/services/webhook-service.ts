import { randomBytes } from 'node:crypto';
import type { Webhook } from '#data/entities/webhook';
import type { WebhookDelivery } from '#data/entities/webhook-delivery';
import type { WebhookDeliveryRepository } from '#data/repositories/webhook-delivery-repository';
import type { WebhookChanges, WebhookRepository } from '#data/repositories/webhook-repository';
import type { AuthUser } from '#domain/auth';
import { ConflictError, NotFoundError, ValidationError } from '#domain/errors';
import { adaptOptions, type Created, type CreateOptions, mapCreated } from '#domain/idempotency';
import { type ActivityAction, ALL_WEBHOOK_EVENTS, WEBHOOK_SECRET_PREFIX } from '#domain/vocabulary';
import { webhookPayload } from '#domain/webhook-events';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import { newId } from '#lib/ids';
import type { SecretBox } from '#lib/secret-box';
import type { ProjectAccess } from './project-access.ts';

/** How long a rotated-out secret keeps signing beside the new one. */
export const PREVIOUS_SECRET_VALID_MS = 24 * 60 * 60 * 1000;

export type WebhookEventFilter = Array<ActivityAction | typeof ALL_WEBHOOK_EVENTS>;

export interface WebhookInput {
  url: string;
  eventTypes?: WebhookEventFilter | undefined;
  description?: string | undefined;
  enabled?: boolean | undefined;
}

export interface WebhookPatch {
  url?: string | undefined;
  eventTypes?: WebhookEventFilter | undefined;
  description?: string | null | undefined;
  enabled?: boolean | undefined;
}

/** A new or rotated endpoint with its signing secret in the clear: answered once, never stored so. */
export interface WebhookWithSecret {
  webhook: Webhook;
  /** Absent in a replay of the create: the secret is kept sealed only (rotate to get a new one). */
  secret?: string;
}

export interface WebhookServiceDeps {
  webhooks: WebhookRepository;
  deliveries: WebhookDeliveryRepository;
  projectAccess: ProjectAccess;
  secrets: SecretBox;
  /** Why the URL may not receive webhooks in this stage (checked with its resolved addresses), or undefined. */
  targetProblem: (url: string) => Promise<string | undefined>;
  perProject: number;
  /** How long deliveries stay in the log. */
  retentionSeconds: number;
  clock?: Clock;
}

/** Standard Webhooks: `whsec_` and base64 of 24 random bytes (192 bits of key). */
function newSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(24).toString('base64')}`;
}

/** A project's webhook endpoints and their delivery logs: owners and admins only. */
export function createWebhookService(deps: WebhookServiceDeps) {
  const { webhooks, deliveries, projectAccess, secrets } = deps;
  const clock = deps.clock ?? systemClock;

  async function checkUrl(url: string): Promise<void> {
    const problem = await deps.targetProblem(url);
    if (problem) throw new ValidationError([{ field: 'url', message: problem }]);
  }

  async function require(user: AuthUser, projectId: string, webhookId: string): Promise<Webhook> {
    const [, webhook] = await Promise.all([
      projectAccess.require(user.sub, projectId, 'webhook:manage'),
      webhooks.find(projectId, webhookId),
    ]);
    if (!webhook) throw new NotFoundError('The webhook endpoint does not exist.', 'webhook_not_found');
    return webhook;
  }

  /** Records a delivery of `type` due now (a ping, or a retry asked for by hand). */
  function dueNow(webhook: Webhook, fields: Pick<WebhookDelivery, 'id' | 'type' | 'payload'>) {
    const now = clock.now();
    const at = now.toISOString();
    return {
      ...fields,
      webhookId: webhook.id,
      projectId: webhook.projectId,
      status: 'pending' as const,
      attempts: [],
      retriesUsed: 0,
      nextAttemptAt: at,
      createdAt: at,
      updatedAt: at,
      ttl: epochSeconds(now) + deps.retentionSeconds,
    };
  }

  return {
    async create(
      user: AuthUser,
      projectId: string,
      input: WebhookInput,
      options: CreateOptions<WebhookWithSecret>,
    ): Promise<Created<WebhookWithSecret>> {
      await projectAccess.require(user.sub, projectId, 'webhook:manage');
      await checkUrl(input.url);
      const secret = newSecret();
      const now = clock.now().toISOString();
      const outcome = await webhooks.create(
        {
          id: newId(),
          projectId,
          url: input.url,
          eventTypes: input.eventTypes ?? [ALL_WEBHOOK_EVENTS],
          ...(input.description ? { description: input.description } : {}),
          enabled: input.enabled ?? true,
          secret: secrets.seal(secret),
          createdBy: user.sub,
          createdAt: now,
          updatedAt: now,
        },
        deps.perProject,
        // The response kept for a replay holds no secret: the table never has one in the clear.
        adaptOptions(options, (webhook: Webhook) => ({ webhook })),
      );
      return mapCreated(outcome, (webhook) => ({ webhook, secret }));
    },

    async list(user: AuthUser, projectId: string): Promise<Webhook[]> {
      const [, found] = await Promise.all([
        projectAccess.require(user.sub, projectId, 'webhook:manage'),
        webhooks.listByProject(projectId),
      ]);
      return found;
    },

    get: require,

    async update(
      user: AuthUser,
      projectId: string,
      webhookId: string,
      patch: WebhookPatch,
    ): Promise<Webhook> {
      await require(user, projectId, webhookId);
      if (patch.url !== undefined) await checkUrl(patch.url);
      const changes: WebhookChanges = {
        ...(patch.url !== undefined ? { url: patch.url } : {}),
        ...(patch.eventTypes !== undefined ? { eventTypes: patch.eventTypes } : {}),
        ...(patch.description !== undefined ? { description: patch.description || null } : {}),
        ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
        // Enabled again by hand: whatever disabled it is cleared.
        ...(patch.enabled === true ? { disabledReason: null } : {}),
      };
      return webhooks.update(projectId, webhookId, changes);
    },

    async delete(user: AuthUser, projectId: string, webhookId: string): Promise<void> {
      await require(user, projectId, webhookId);
      await webhooks.remove(projectId, webhookId);
    },

    /** A new secret; the one it replaces keeps signing (beside it) for 24 hours. */
    async rotateSecret(user: AuthUser, projectId: string, webhookId: string): Promise<WebhookWithSecret> {
      const current = await require(user, projectId, webhookId);
      const secret = newSecret();
      const webhook = await webhooks.update(
        projectId,
        webhookId,
        {
          secret: secrets.seal(secret),
          previousSecret: current.secret,
          previousSecretExpiresAt: new Date(clock.now().getTime() + PREVIOUS_SECRET_VALID_MS).toISOString(),
        },
        current.version,
      );
      return { webhook, secret };
    },

    /** Sends a `ping` event to the endpoint (through the delivery queue, like any event). */
    async test(user: AuthUser, projectId: string, webhookId: string): Promise<WebhookDelivery> {
      const webhook = await require(user, projectId, webhookId);
      if (!webhook.enabled) throw new ConflictError('The webhook endpoint is disabled.', 'webhook_disabled');
      const at = clock.now().toISOString();
      const delivery = dueNow(webhook, {
        id: newId(),
        type: 'ping',
        payload: webhookPayload('ping', at, { webhookId: webhook.id, projectId }),
      });
      await deliveries.record(delivery);
      return { ...delivery, version: 1 };
    },

    async listDeliveries(
      user: AuthUser,
      projectId: string,
      webhookId: string,
      page: { limit: number; cursor?: string | undefined },
    ) {
      await require(user, projectId, webhookId);
      return deliveries.list(webhookId, page, user.sub);
    },

    /** Sends a delivery again now, with the same `webhook-id`, and its retry schedule from the start. */
    async retryDelivery(
      user: AuthUser,
      projectId: string,
      webhookId: string,
      deliveryId: string,
    ): Promise<WebhookDelivery> {
      const webhook = await require(user, projectId, webhookId);
      if (!webhook.enabled) throw new ConflictError('The webhook endpoint is disabled.', 'webhook_disabled');
      const delivery = await deliveries.find(webhookId, deliveryId);
      if (!delivery) throw new NotFoundError('The delivery does not exist.', 'delivery_not_found');
      const moved = await deliveries.progress(delivery, {
        status: 'pending',
        attempts: delivery.attempts,
        retriesUsed: 0,
        nextAttemptAt: clock.now().toISOString(),
      });
      if (!moved) throw new ConflictError('The delivery changed meanwhile; retry.', 'transaction_cancelled');
      return moved;
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
