import { partitions, SK_PREFIX } from '#data/dynamodb/table';
import { projectEntity } from '#data/entities/project';
import { type Webhook, webhookEntity } from '#data/entities/webhook';
import type { Mapper } from '#data/mapper/mapper';
import { type ClearableChanges, clearsOf } from '#data/mapper/update-builder';
import { ConflictError, NotFoundError } from '#domain/errors';
import type { Created, CreateOptions } from '#domain/idempotency';
import { transactCreate } from './idempotency-repository.ts';
import {
  type ExplainConflict,
  type ExplainFailure,
  transactExplained,
  writeExplained,
} from './write-failures.ts';

/** What an update may change; `null` clears an optional field. */
export type WebhookChanges = ClearableChanges<
  Pick<
    Webhook,
    | 'url'
    | 'eventTypes'
    | 'description'
    | 'enabled'
    | 'disabledReason'
    | 'secret'
    | 'previousSecret'
    | 'previousSecretExpiresAt'
  >
>;

const notFound = () => new NotFoundError('The webhook endpoint does not exist.', 'webhook_not_found');

/** Why a create failed: the project gone, or its count of endpoints at `limit`. */
export const explainWebhookCreate =
  (limit: number): ExplainFailure<'webhook' | 'project'> =>
  (failure) => {
    if (failure.label !== 'project') return undefined;
    if (failure.code === 'not_found')
      return new NotFoundError('The project does not exist.', 'project_not_found');
    return new ConflictError(
      `The project has ${limit} webhook endpoints, as many as it may.`,
      'webhook_limit_reached',
    );
  };

/** Why an update failed: the endpoint is gone (a version conflict is a concurrent change). */
export const explainWebhookUpdate: ExplainConflict = (code) =>
  code === 'not_found' ? notFound() : undefined;

/** Why a remove failed: the endpoint is gone. */
export const explainWebhookRemove: ExplainFailure<'webhook' | 'project'> = (failure) =>
  failure.label === 'webhook' && failure.code === 'not_found' ? notFound() : undefined;

/**
 * A project's webhook endpoints (`PROJECT#<projectId>` / `WEBHOOK#<id>`). The project item
 * counts them: a create moves the count in its own transaction under the condition that it
 * stays within the limit, so concurrent creates never pass it.
 */
export function createWebhookRepository(mapper: Mapper) {
  return {
    async create(
      webhook: Omit<Webhook, 'version'>,
      limit: number,
      options: CreateOptions<Webhook>,
    ): Promise<Created<Webhook>> {
      const request = mapper.tx.create(webhookEntity, webhook);
      const count = mapper.tx.increment(
        projectEntity,
        { id: webhook.projectId },
        { webhookCount: 1 },
        { condition: { $or: [{ webhookCount: { exists: false } }, { webhookCount: { lt: limit } }] } },
      );
      return transactCreate(
        mapper,
        [
          { label: 'webhook', request },
          { label: 'project', request: count },
        ],
        options,
        request.model as Webhook,
        explainWebhookCreate(limit),
      );
    },

    /** Strongly consistent: a change made a moment ago is seen. */
    find(projectId: string, id: string): Promise<Webhook | undefined> {
      return mapper.get(webhookEntity, { projectId, id }, { consistent: true });
    },

    /** Every endpoint of a project (there are few: the limit bounds them). */
    async listByProject(projectId: string): Promise<Webhook[]> {
      const found: Webhook[] = [];
      let cursor: string | undefined;
      do {
        const page = await mapper.query(webhookEntity, {
          partition: partitions.project(projectId),
          range: { beginsWith: SK_PREFIX.webhook },
          limit: 100,
          cursor,
          consistent: true,
        });
        found.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return found;
    },

    /** Applies `changes` (at `expectedVersion` when given); the endpoint must exist. */
    update(
      projectId: string,
      id: string,
      changes: WebhookChanges,
      expectedVersion?: number,
    ): Promise<Webhook> {
      const { values, remove } = clearsOf<Webhook>(changes);
      return writeExplained(
        mapper.update(webhookEntity, { projectId, id }, values, {
          remove,
          ...(expectedVersion === undefined ? {} : { expectedVersion }),
        }),
        explainWebhookUpdate,
      );
    },

    /** Removes the endpoint and gives its place back to the project's count. */
    async remove(projectId: string, id: string): Promise<void> {
      await transactExplained(
        mapper,
        [
          { label: 'webhook', request: mapper.tx.delete(webhookEntity, { projectId, id }) },
          {
            label: 'project',
            request: mapper.tx.increment(
              projectEntity,
              { id: projectId },
              { webhookCount: -1 },
              { initial: { webhookCount: 1 } },
            ),
          },
        ],
        explainWebhookRemove,
      );
    },
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
