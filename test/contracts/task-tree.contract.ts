import { beforeEach, describe, expect, it } from 'vitest';
import type { Membership } from '#data/entities/membership';
import type { Task } from '#data/entities/task';
import { made, withoutKey } from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import { newId } from '#lib/ids';
import { taskDraft } from '#test/support/fixtures';
import { allPages, type RepositoryWorld, type WorldFactory } from './world.ts';

const as = { actor: { userId: 'mia', roles: rolesAllowedTo('task:create') } };

/**
 * The subtask tree: children oldest first, walks bounded by depth and by `max`, subtrees purged
 * with their comments; a subtree left to the stream worker's purge is counted on its project,
 * hidden by `visible` while the count is above zero, and ended once by `finishPurge`.
 */
export function taskTreeContract(makeWorld: WorldFactory) {
  describe('task tree', () => {
    let world: RepositoryWorld;
    let projectId: string;
    beforeEach(async () => {
      world ??= await makeWorld();
      projectId = await world.seedProject([{ userId: 'mia', role: 'member' }]);
    });

    /** A task under `parent` (its counters moved as the task service moves them). */
    async function task(parent?: Task): Promise<Task> {
      const current = parent ? await world.taskLookup.byId(parent.id) : undefined;
      return made(
        await world.tasks.create(
          taskDraft(projectId, world.clock.now().toISOString(), {
            title: parent ? `under ${parent.title}` : 'root',
            ...(parent ? { parentTaskId: parent.id } : {}),
          }),
          as,
          withoutKey(),
          current
            ? { counters: [{ task: current, deltas: { subtaskCount: 1 }, role: 'newParent' }] }
            : undefined,
        ),
      );
    }
    const reread = async (stored: Task) => (await world.taskLookup.byId(stored.id)) as Task;

    it('lists a task’s direct subtasks oldest first, and finds a task only in its project', async () => {
      const root = await task();
      const first = await task(root);
      const second = await task(root);
      await task(first);
      expect((await world.taskTree.children(root.id)).map(({ id }) => id)).toEqual([first.id, second.id]);
      const paged = await allPages((cursor) =>
        world.taskTree.subtasks(root.id, { limit: 1, cursor, caller: 'mia' }),
      );
      expect(paged.map(({ id }) => id)).toEqual([first.id, second.id]);
      expect((await world.taskTree.find(projectId, first.id))?.id).toBe(first.id);
      expect(await world.taskTree.find(newId(), first.id)).toBeUndefined();
    });

    it('measures height and walks descendants breadth first, stopping past `max`', async () => {
      const root = await task();
      const a = await task(root);
      const b = await task(root);
      const a1 = await task(a);
      const leaf = await task(a1);
      expect(await world.taskTree.height(await reread(root))).toBe(3);
      expect(await world.taskTree.height(await reread(a1))).toBe(1);
      expect(await world.taskTree.height(leaf)).toBe(0);
      const all = await world.taskTree.descendants(await reread(root));
      expect(all.map(({ id }) => id)).toEqual([a.id, b.id, a1.id, leaf.id]);
      expect((await world.taskTree.descendants(await reread(root), 1)).length).toBeGreaterThan(1);
    });

    it('purges a subtree with its comments, calling the hook for each task', async () => {
      const root = await task();
      const child = await task(root);
      const grandchild = await task(child);
      const now = world.clock.now().toISOString();
      await world.comments.create(
        {
          id: newId(),
          taskId: grandchild.id,
          projectId,
          authorId: 'mia',
          body: 'x',
          createdAt: now,
          updatedAt: now,
        },
        rolesAllowedTo('comment:create'),
        withoutKey(),
      );
      const deleted: string[] = [];
      const removed = await world.taskTree.purgeSubtree(root.id, async ({ id }) => void deleted.push(id));
      expect(removed).toBe(2);
      expect(deleted.sort()).toEqual([child.id, grandchild.id].sort());
      expect(await world.taskLookup.byId(child.id)).toBeUndefined();
      expect(await world.taskLookup.byId(grandchild.id)).toBeUndefined();
      expect((await world.comments.list(grandchild.id, { limit: 10, caller: 'mia' })).items).toEqual([]);
      expect(await world.taskTree.children(root.id)).toEqual([]);
    });

    /** Whether each read that decides access says the project has a subtree purge in flight. */
    async function purging(taskId: string): Promise<boolean[]> {
      const read = await world.tasks.readWithMembership(projectId, taskId, 'mia');
      const live = (await world.taskViews.membershipsOf('mia', [projectId])).get(projectId);
      return [read.purgesSubtrees, live?.purgesSubtrees ?? false];
    }

    it('marks a subtree left to the purge: the project counts it, visible hides what hangs below, finishPurge ends it once', async () => {
      const root = await task();
      const child = await task(root);
      const grandchild = await task(child);
      const topLevel = await task();
      const alive = await task(await task());
      expect(await purging(child.id)).toEqual([false, false]);

      const deleted = await reread(root);
      await world.tasks.remove(deleted, deleted.version, as, { purgeLater: deleted });
      expect(await world.taskLookup.byId(root.id)).toBeUndefined();
      expect((await world.tasks.readWithMembership(projectId, child.id, 'mia')).task?.id).toBe(child.id);
      expect(await purging(child.id)).toEqual([true, true]);

      const positions = await Promise.all([child, grandchild, topLevel, alive].map(reread));
      const ids = (tasks: readonly Task[]) => tasks.map(({ id }) => id);
      // With no purge in flight the filter reads nothing and keeps everything.
      expect(ids(await world.taskTree.visible(positions, () => false))).toEqual(ids(positions));
      expect(ids(await world.taskTree.visible(positions, (id) => id === projectId))).toEqual([
        topLevel.id,
        alive.id,
      ]);

      expect(await world.taskTree.purgeSubtree(root.id)).toBe(2);
      expect(await world.taskTree.finishPurge(deleted)).toBe(true);
      expect(await purging(alive.id)).toEqual([false, false]);
      // A redelivered record finds no mark: the count does not go down twice.
      expect(await world.taskTree.finishPurge(deleted)).toBe(false);
      const other = await task();
      const again = await reread(other);
      await world.tasks.remove(again, again.version, as, { purgeLater: again });
      expect(await purging(alive.id)).toEqual([true, true]);
    });

    it('ends a purge whose project was deleted meanwhile: the mark goes alone, once', async () => {
      const owned = await world.seedProject([{ userId: 'mia', role: 'owner' }]);
      const doomed = made(
        await world.tasks.create(
          taskDraft(owned, world.clock.now().toISOString(), { title: 'doomed' }),
          as,
          withoutKey(),
        ),
      );
      await world.tasks.remove(doomed, doomed.version, as, { purgeLater: doomed });
      const owner = (await world.memberships.find(owned, 'mia')) as Membership;
      await world.projects.deleteProject(owned, undefined, owner);
      expect(await world.taskTree.finishPurge(doomed)).toBe(true);
      expect(await world.taskTree.finishPurge(doomed)).toBe(false);
    });
  });
}
