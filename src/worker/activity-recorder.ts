import type { ActivityRepository } from '#data/repositories/activity-repository';
import { type Clock, systemClock } from '#lib/clock';
import { boundedSignal, withDeadline } from '#lib/deadline';
import type { AppLogger } from '#lib/logger';
import { activityEntry, activityOf, changeEntry } from './activity-entries.ts';
import type { EntityChange } from './stream/stream-dispatcher.ts';

export interface ActivityRecorderDeps {
  activity: ActivityRepository;
  logger: AppLogger;
  /** How long entries (activity and change feed) are kept. */
  retentionSeconds: number;
  /**
   * The longest one write may take. A change-feed entry is positioned at the time its write
   * starts; the feed only answers positions older than its settle window, which must exceed
   * this bound (config checks it), so no entry lands behind a position a client has passed.
   */
  writeBoundMs: number;
  clock?: Clock;
}

/**
 * The stream consumer that records every user change as activity (and a change-feed entry).
 * Idempotent: an entry's key comes from the resource's version, so a redelivered record writes
 * nothing; a record that fails (or a worker that dies mid-batch) is delivered again.
 */
export function createActivityRecorder(deps: ActivityRecorderDeps) {
  const clock = deps.clock ?? systemClock;
  return async function recordActivity(change: EntityChange): Promise<void> {
    const draft = activityOf(change);
    if (!draft) return;
    const outcome = await withDeadline(boundedSignal(deps.writeBoundMs), () => {
      const recordedAt = clock.now();
      return deps.activity.record(
        activityEntry(draft, deps.retentionSeconds),
        changeEntry(draft, recordedAt, deps.retentionSeconds),
      );
    });
    deps.logger.debug('activity recorded', { entryKey: draft.entryKey, action: draft.action, outcome });
  };
}
