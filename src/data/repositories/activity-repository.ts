import { partitions } from '#data/dynamodb/table';
import { type Activity, activityEntity } from '#data/entities/activity';
import { type Change, changeEntity } from '#data/entities/change';
import { TransactionCancelledError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import type { Page } from '#data/mapper/query-ops';
import type { ActivityAction } from '#domain/vocabulary';

export interface ActivityPageSpec {
  limit: number;
  cursor?: string | undefined;
  action?: ActivityAction | undefined;
  caller: string;
}

/** What `record` did: wrote the entry, or found it written by an earlier delivery of the same record. */
export type RecordOutcome = 'recorded' | 'duplicate';

/** A project's activity (history) and change feed, written by the stream worker, read by the API. */
export function createActivityRepository(mapper: Mapper) {
  return {
    /**
     * Writes the activity entry and, when given, its change-feed entry in ONE transaction; the
     * entry's key is derived from the resource's version, so a redelivered record cancels the
     * transaction on the existing entry and writes nothing twice.
     */
    async record(activity: Activity, change: Change | undefined): Promise<RecordOutcome> {
      try {
        await mapper.transact([
          { label: 'activity', request: mapper.tx.create(activityEntity, activity) },
          ...(change ? [{ label: 'change', request: mapper.tx.create(changeEntity, change) }] : []),
        ]);
        return 'recorded';
      } catch (error) {
        if (
          error instanceof TransactionCancelledError &&
          error.failureOf('activity')?.code === 'already_exists'
        ) {
          return 'duplicate';
        }
        throw error;
      }
    },

    /** A project's activity, newest first (optionally one action only). */
    listProject(projectId: string, spec: ActivityPageSpec): Promise<Page<Activity>> {
      return mapper.query(activityEntity, {
        partition: partitions.projectActivity(projectId),
        forward: false,
        limit: spec.limit,
        cursor: spec.cursor,
        caller: spec.caller,
        ...(spec.action ? { filter: { action: spec.action } } : {}),
      });
    },

    /** A task's activity (its comments and attachments too), newest first, from gsi1. */
    listTask(taskId: string, spec: ActivityPageSpec): Promise<Page<Activity>> {
      return mapper.query(activityEntity, {
        index: 'gsi1',
        partition: partitions.taskActivity(taskId),
        forward: false,
        limit: spec.limit,
        cursor: spec.cursor,
        caller: spec.caller,
        ...(spec.action ? { filter: { action: spec.action } } : {}),
      });
    },

    /**
     * Change-feed entries whose position (sort key) is in `(after, upTo]`, oldest first, at most
     * `limit`. Read strongly consistent: an entry committed before the read is in it.
     */
    async listChanges(projectId: string, after: string, upTo: string, limit: number): Promise<Change[]> {
      if (upTo <= after) return [];
      // Keys hold no character below ' ', so `after + ' '` is the least key above `after`.
      const page = await mapper.query(changeEntity, {
        partition: partitions.projectChanges(projectId),
        range: { between: [`${after} `, upTo] },
        forward: true,
        limit,
        consistent: true,
      });
      return page.items;
    },
  };
}

export type ActivityRepository = ReturnType<typeof createActivityRepository>;
