import { beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '#data/entities/task';
import type { DependencyChange } from '#data/repositories/tasks/task-dependencies';
import { ConcurrentChangeError, ForbiddenError } from '#domain/errors';
import { made, withoutKey } from '#domain/idempotency';
import { rolesAllowedTo } from '#domain/roles';
import { newId } from '#lib/ids';
import { taskDraft } from '#test/support/fixtures';
import type { RepositoryWorld, WorldFactory } from './world.ts';

const WRITERS = rolesAllowedTo('task:update');
const as = (userId: string) => ({ actor: { userId, roles: WRITERS } });

/** Dependencies: both tasks locked on their versions, the project's guard serializing new ones, a clean-up that runs once. */
export function taskDependencyContract(makeWorld: WorldFactory) {
  describe('task dependencies', () => {
    let world: RepositoryWorld;
    let projectId: string;
    beforeEach(async () => {
      world ??= await makeWorld();
      projectId = await world.seedProject([
        { userId: 'mia', role: 'member' },
        { userId: 'vera', role: 'viewer' },
      ]);
    });

    async function task(title: string): Promise<Task> {
      return made(
        await world.tasks.create(
          taskDraft(projectId, world.clock.now().toISOString(), { title }),
          as('mia'),
          withoutKey(),
        ),
      );
    }
    /** `blocked` waits on `blocker` from now on, as the dependency service changes them. */
    const joining = (blocked: Task, blocker: Task): DependencyChange => ({
      blocked: {
        current: blocked,
        next: {
          ...blocked,
          blockedBy: [...blocked.blockedBy, blocker.id],
          openBlockerCount: blocked.openBlockerCount + 1,
        },
      },
      blocker: { current: blocker, next: { ...blocker, blocking: [...blocker.blocking, blocked.id] } },
    });
    const read = async (stored: Task) => (await world.taskLookup.byId(stored.id)) as Task;

    it('stores both sides in one write, versions moved, and reads tasks of the project only', async () => {
      const blocked = await task('blocked');
      const blocker = await task('blocker');
      world.clock.advance(5);
      const stored = await world.taskDependencies.write(joining(blocked, blocker), as('mia'), {
        current: undefined,
      });
      expect(stored).toMatchObject({ blockedBy: [blocker.id], openBlockerCount: 1, version: 2 });
      expect(stored.updatedAt).toBe(world.clock.now().toISOString());
      expect(await read(blocked)).toEqual(stored);
      expect(await read(blocker)).toMatchObject({ blocking: [blocked.id], version: 2 });
      expect(await world.taskDependencies.guard(projectId)).toMatchObject({ projectId, version: 1 });
      const found = await world.taskDependencies.tasks(projectId, [blocker.id, blocker.id, newId()]);
      expect(found.map(({ id }) => id)).toEqual([blocker.id]);
      expect(await world.taskDependencies.tasks(newId(), [blocker.id])).toEqual([]);
    });

    it('refuses a write on a stale task or a stale guard (a concurrent change), and a viewer (role_forbids)', async () => {
      const a = await task('a');
      const b = await task('b');
      const c = await task('c');
      await world.taskDependencies.write(joining(a, b), as('mia'), { current: undefined });
      // a moved since this change was made from it.
      await expect(world.taskDependencies.write(joining(a, c), as('mia'), undefined)).rejects.toBeInstanceOf(
        ConcurrentChangeError,
      );
      // Another dependency moved the guard since this cycle check read it (absent then).
      await expect(
        world.taskDependencies.write(joining(c, await read(b)), as('mia'), { current: undefined }),
      ).rejects.toBeInstanceOf(ConcurrentChangeError);
      await expect(
        world.taskDependencies.write(joining(c, await read(b)), as('vera'), {
          current: await world.taskDependencies.guard(projectId),
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      const guard = await world.taskDependencies.guard(projectId);
      await world.taskDependencies.write(joining(c, await read(b)), as('mia'), { current: guard });
      expect(await world.taskDependencies.guard(projectId)).toMatchObject({ version: 2 });
      expect((await read(b)).blocking).toEqual([a.id, c.id]);
    });

    it('takes a deleted task out of its partners’ lists once, lowering open blockers', async () => {
      const blocked = await task('blocked');
      const blocker = await task('blocker');
      await world.taskDependencies.write(joining(blocked, blocker), as('mia'), { current: undefined });
      const deleted = await read(blocker);
      await world.tasks.remove(deleted, deleted.version, as('mia'));
      await world.taskDependencies.detach(deleted);
      const cleaned = await read(blocked);
      expect(cleaned).toMatchObject({ blockedBy: [], openBlockerCount: 0, version: 3 });
      await world.taskDependencies.detach(deleted);
      expect((await read(blocked)).version).toBe(3);
    });
  });
}
