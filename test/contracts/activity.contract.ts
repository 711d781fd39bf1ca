import { beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '#data/entities/activity';
import type { Change } from '#data/entities/change';
import { newId } from '#lib/ids';
import { allPages, type RepositoryWorld, type WorldFactory } from './world.ts';

/** Activity: written once per resource version (a redelivery is a duplicate), read newest first; the change feed by position. */
export function activityContract(makeWorld: WorldFactory) {
  describe('activity repository', () => {
    let world: RepositoryWorld;
    let projectId: string;
    let taskId: string;
    beforeEach(async () => {
      world ??= await makeWorld();
      projectId = newId();
      taskId = newId();
    });

    function entry(minute: number, fields: Partial<Activity> = {}): Activity {
      const resourceVersion = fields.resourceVersion ?? minute;
      return {
        entryKey: `task.${taskId}.v${resourceVersion}`,
        projectId,
        taskId,
        resource: 'task',
        resourceId: taskId,
        action: 'task.updated',
        actorId: 'mia',
        occurredAt: `2026-01-10T12:${String(minute).padStart(2, '0')}:00.000Z`,
        resourceVersion,
        ttl: 4_000_000_000,
        ...fields,
      };
    }
    const changeOf = (activity: Activity, recordedAt = activity.occurredAt): Change => ({
      entryKey: activity.entryKey,
      projectId,
      recordedAt,
      resource: activity.resource,
      resourceId: activity.resourceId,
      ...(activity.taskId ? { taskId: activity.taskId } : {}),
      action: activity.action,
      resourceVersion: activity.resourceVersion,
      deleted: false,
      data: { title: `v${activity.resourceVersion}` },
      ttl: 4_000_000_000,
    });
    const spec = { limit: 2, caller: 'mia' };

    it('records an entry and its change once: the same record again is a duplicate that writes nothing', async () => {
      const first = entry(1, { action: 'task.created' });
      expect(await world.activity.record(first, changeOf(first))).toBe('recorded');
      expect(await world.activity.record(first, changeOf(first))).toBe('duplicate');
      expect((await world.activity.listProject(projectId, { limit: 10, caller: 'mia' })).items).toEqual([
        first,
      ]);
      expect(await world.activity.listChanges(projectId, '2026', '2027', 10)).toEqual([changeOf(first)]);
    });

    it('lists a project’s and a task’s entries newest first, page after page, optionally one action only', async () => {
      const other = newId();
      const entries = [
        entry(1, { action: 'task.created' }),
        entry(2),
        entry(3, { taskId: other, resourceId: other, entryKey: `task.${other}.v1` }),
        entry(4),
      ];
      for (const each of entries) await world.activity.record(each, undefined);
      const keys = (items: Activity[]) => items.map(({ occurredAt }) => occurredAt.slice(14, 16));
      const project = await allPages((cursor) => world.activity.listProject(projectId, { ...spec, cursor }));
      expect(keys(project)).toEqual(['04', '03', '02', '01']);
      const task = await allPages((cursor) => world.activity.listTask(taskId, { ...spec, cursor }));
      expect(keys(task)).toEqual(['04', '02', '01']);
      const created = await allPages((cursor) =>
        world.activity.listProject(projectId, { ...spec, cursor, action: 'task.created' }),
      );
      expect(keys(created)).toEqual(['01']);
    });

    it('answers the changes after a position up to another, oldest first, at most `limit`', async () => {
      const changes = [1, 2, 3].map((minute) => changeOf(entry(minute)));
      for (const change of changes) {
        await world.activity.record(entry(change.resourceVersion), change);
      }
      const position = (change: Change) => `${change.recordedAt}#${change.entryKey}`;
      const [one, two, three] = changes as [Change, Change, Change];
      expect(await world.activity.listChanges(projectId, position(one), position(three), 10)).toEqual([
        two,
        three,
      ]);
      expect(await world.activity.listChanges(projectId, '2026-01-10T12:00:00.000Z#~', '2027', 2)).toEqual([
        one,
        two,
      ]);
      expect(await world.activity.listChanges(projectId, position(three), position(one), 10)).toEqual([]);
      expect(await world.activity.listChanges(newId(), '2026', '2027', 10)).toEqual([]);
    });
  });
}
