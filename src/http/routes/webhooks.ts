import type { Webhook } from '#data/entities/webhook';
import type { WebhookDelivery } from '#data/entities/webhook-delivery';
import type { WebhookService, WebhookWithSecret } from '#services/webhook-service';
import { createRouter } from '../context.ts';
import { answerCreate } from '../middleware/idempotency.ts';
import { PageQuerySchema } from '../schemas/common.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';
import { ProjectParamsSchema } from '../schemas/project.ts';
import {
  DeliveryPageSchema,
  DeliveryParamsSchema,
  DeliverySchema,
  WebhookCreateSchema,
  WebhookListSchema,
  WebhookParamsSchema,
  WebhookSchema,
  WebhookUpdateSchema,
  WebhookWithSecretSchema,
} from '../schemas/webhook.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });
const common = { tags: ['Webhooks'] };
const WEBHOOKS_PATH = '/v1/projects/{projectId}/webhooks';
const WEBHOOK_PATH = `${WEBHOOKS_PATH}/{webhookId}`;
const forbidden = { 403: ['role_forbids'] } as const;
const webhookMissing = ['project_not_found', 'webhook_not_found'] as const;

const createWebhookRoute = defineOperation({
  ...common,
  operationId: 'createWebhook',
  method: 'post',
  path: WEBHOOKS_PATH,
  summary:
    'Register a webhook endpoint; the answer holds its signing secret, shown this once (owners and admins)',
  request: { params: ProjectParamsSchema, ...body(WebhookCreateSchema) },
  responses: {
    201: {
      description: 'Registered',
      ...json(WebhookWithSecretSchema),
      headers: responseHeaders('Location'),
    },
  },
  idempotent: true,
  problems: {
    ...forbidden,
    404: ['project_not_found'],
    409: ['webhook_limit_reached', 'transaction_cancelled'],
  },
});

const listWebhooksRoute = defineOperation({
  ...common,
  operationId: 'listWebhooks',
  method: 'get',
  path: WEBHOOKS_PATH,
  summary: "A project's webhook endpoints, without their secrets (owners and admins)",
  request: { params: ProjectParamsSchema },
  responses: { 200: { description: 'Every endpoint (a project has few)', ...json(WebhookListSchema) } },
  problems: { ...forbidden, 404: ['project_not_found'] },
});

const getWebhookRoute = defineOperation({
  ...common,
  operationId: 'getWebhook',
  method: 'get',
  path: WEBHOOK_PATH,
  summary: 'A webhook endpoint, without its secret (owners and admins)',
  request: { params: WebhookParamsSchema },
  responses: { 200: { description: 'The endpoint', ...json(WebhookSchema) } },
  problems: { ...forbidden, 404: webhookMissing },
});

const updateWebhookRoute = defineOperation({
  ...common,
  operationId: 'updateWebhook',
  method: 'patch',
  path: WEBHOOK_PATH,
  summary: 'Change the url, event types, description or enabled flag (owners and admins)',
  request: { params: WebhookParamsSchema, ...body(WebhookUpdateSchema) },
  responses: { 200: { description: 'Updated', ...json(WebhookSchema) } },
  problems: { ...forbidden, 404: webhookMissing, 409: ['transaction_cancelled'] },
});

const deleteWebhookRoute = defineOperation({
  ...common,
  operationId: 'deleteWebhook',
  method: 'delete',
  path: WEBHOOK_PATH,
  summary: 'Remove a webhook endpoint; nothing more is sent to it (owners and admins)',
  request: { params: WebhookParamsSchema },
  responses: { 204: { description: 'Removed' } },
  problems: { ...forbidden, 404: webhookMissing, 409: ['transaction_cancelled'] },
});

const rotateSecretRoute = defineOperation({
  ...common,
  operationId: 'rotateWebhookSecret',
  method: 'post',
  path: `${WEBHOOK_PATH}/rotate-secret`,
  summary:
    'A new signing secret, shown this once; the old one keeps signing beside it for 24 hours (owners and admins)',
  request: { params: WebhookParamsSchema },
  responses: { 200: { description: 'Rotated', ...json(WebhookWithSecretSchema) } },
  problems: { ...forbidden, 404: webhookMissing, 409: ['transaction_cancelled'] },
});

const testWebhookRoute = defineOperation({
  ...common,
  operationId: 'testWebhook',
  method: 'post',
  path: `${WEBHOOK_PATH}/test`,
  summary: 'Send a `ping` event to the endpoint (owners and admins)',
  request: { params: WebhookParamsSchema },
  responses: { 202: { description: 'The ping delivery, queued', ...json(DeliverySchema) } },
  problems: { ...forbidden, 404: webhookMissing, 409: ['webhook_disabled'] },
});

const listDeliveriesRoute = defineOperation({
  ...common,
  operationId: 'listWebhookDeliveries',
  method: 'get',
  path: `${WEBHOOK_PATH}/deliveries`,
  summary: "The endpoint's delivery log, newest first (owners and admins)",
  request: { params: WebhookParamsSchema, query: PageQuerySchema },
  responses: { 200: { description: 'A page of deliveries', ...json(DeliveryPageSchema) } },
  problems: { ...forbidden, 404: webhookMissing },
});

const retryDeliveryRoute = defineOperation({
  ...common,
  operationId: 'retryWebhookDelivery',
  method: 'post',
  path: `${WEBHOOK_PATH}/deliveries/{deliveryId}/retry`,
  summary: 'Send a delivery again now, with the same webhook-id (owners and admins)',
  request: { params: DeliveryParamsSchema },
  responses: { 202: { description: 'The delivery, due now', ...json(DeliverySchema) } },
  problems: {
    ...forbidden,
    404: [...webhookMissing, 'delivery_not_found'],
    409: ['webhook_disabled', 'transaction_cancelled'],
  },
});

/** An endpoint as clients see it: never a secret, sealed or not. */
function webhookView(webhook: Webhook) {
  const { secret: _secret, previousSecret: _previous, ...visible } = webhook;
  return WebhookSchema.parse(visible);
}

function deliveryView(delivery: WebhookDelivery) {
  return DeliverySchema.parse({
    ...delivery,
    attempt: delivery.attempts.length,
    lastAttempt: delivery.attempts.at(-1),
  });
}

/** The answer to a create, also stored for replays (without the secret: see the service). */
const webhookCreated = (created: WebhookWithSecret) => ({
  status: 201 as const,
  headers: { Location: `/v1/projects/${created.webhook.projectId}/webhooks/${created.webhook.id}` },
  body: WebhookWithSecretSchema.parse({
    ...webhookView(created.webhook),
    ...(created.secret ? { secret: created.secret } : {}),
  }),
});

export function webhookRoutes(deps: { webhookService: WebhookService }) {
  const { webhookService } = deps;
  return createRouter()
    .openapi(createWebhookRoute, async (c) => {
      const { projectId } = c.req.valid('param');
      const input = c.req.valid('json');
      return answerCreate(c, webhookCreated, (options) =>
        webhookService.create(c.get('user'), projectId, input, options),
      );
    })
    .openapi(listWebhooksRoute, async (c) => {
      const found = await webhookService.list(c.get('user'), c.req.valid('param').projectId);
      return c.json({ items: found.map(webhookView) }, 200);
    })
    .openapi(getWebhookRoute, async (c) => {
      const { projectId, webhookId } = c.req.valid('param');
      return c.json(webhookView(await webhookService.get(c.get('user'), projectId, webhookId)), 200);
    })
    .openapi(updateWebhookRoute, async (c) => {
      const { projectId, webhookId } = c.req.valid('param');
      const webhook = await webhookService.update(c.get('user'), projectId, webhookId, c.req.valid('json'));
      return c.json(webhookView(webhook), 200);
    })
    .openapi(deleteWebhookRoute, async (c) => {
      const { projectId, webhookId } = c.req.valid('param');
      await webhookService.delete(c.get('user'), projectId, webhookId);
      return c.body(null, 204);
    })
    .openapi(rotateSecretRoute, async (c) => {
      const { projectId, webhookId } = c.req.valid('param');
      const rotated = await webhookService.rotateSecret(c.get('user'), projectId, webhookId);
      return c.json(
        WebhookWithSecretSchema.parse({ ...webhookView(rotated.webhook), secret: rotated.secret }),
        200,
      );
    })
    .openapi(testWebhookRoute, async (c) => {
      const { projectId, webhookId } = c.req.valid('param');
      return c.json(deliveryView(await webhookService.test(c.get('user'), projectId, webhookId)), 202);
    })
    .openapi(listDeliveriesRoute, async (c) => {
      const { projectId, webhookId } = c.req.valid('param');
      const page = await webhookService.listDeliveries(
        c.get('user'),
        projectId,
        webhookId,
        c.req.valid('query'),
      );
      return c.json({ items: page.items.map(deliveryView), nextCursor: page.nextCursor }, 200);
    })
    .openapi(retryDeliveryRoute, async (c) => {
      const { projectId, webhookId, deliveryId } = c.req.valid('param');
      const delivery = await webhookService.retryDelivery(c.get('user'), projectId, webhookId, deliveryId);
      return c.json(deliveryView(delivery), 202);
    });
}
