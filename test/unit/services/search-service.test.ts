import { beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '#data/entities/task';
import { InvalidCursorError } from '#data/mapper/errors';
import { newId } from '#lib/ids';
import { createProjectAccess } from '#services/project-access';
import { createSearchService } from '#services/search-service';
import { manualClock } from '#test/support/fixtures';
import {
  caller,
  createTask,
  type MemoryTable,
  memoryMembershipRepository,
  memoryProjectRepository,
  memorySearchIndex,
  memoryTable,
  memoryTaskTree,
  putProject,
} from '#test/support/memory-repositories';

const mia = caller('mia');
const vera = caller('vera');
const outsider = caller('outsider');

let table: MemoryTable;
let launch: string;
let hiring: string;

function searchService() {
  const memberships = memoryMembershipRepository(table);
  return createSearchService({
    index: memorySearchIndex(table),
    memberships,
    tree: memoryTaskTree(table),
    projectAccess: createProjectAccess({ memberships, tree: memoryTaskTree(table) }),
    cursorSecret: 'search-secret-0123456789abcdef0123456789',
    clock: manualClock(),
  });
}

function task(projectId: string, title: string, fields: Partial<Task> = {}): Promise<Task> {
  return createTask(table, projectId, { ...fields, title });
}

beforeEach(async () => {
  table = memoryTable();
  launch = putProject(table, { id: newId(), name: 'Launch' }, [
    { userId: 'mia', role: 'owner' },
    { userId: vera.sub, role: 'viewer' },
  ]).id;
  hiring = putProject(table, { id: newId(), name: 'Hiring' }, [{ userId: 'mia', role: 'owner' }]).id;
  await task(launch, 'Write the launch post', { status: 'done' });
  await task(launch, 'Review pricing page', { description: 'the launch pricing' });
  await task(hiring, 'Post the launch engineer role');
});

describe('search service: across projects', () => {
  it('finds matching tasks in every project the caller reads, title matches first, with the project named', async () => {
    const { items } = await searchService().search(mia, { q: 'launch', limit: 10 });
    expect(items.map(({ task }) => task.title).slice(-1)).toEqual(['Review pricing page']);
    expect(new Set(items.map(({ project }) => project.name))).toEqual(new Set(['Launch', 'Hiring']));
    expect(items.every(({ snippet }) => snippet.length > 0)).toBe(true);
  });

  it('searches only the projects the caller may read now: not another’s, not after removal or deletion', async () => {
    const asViewer = await searchService().search(vera, { q: 'launch', limit: 10 });
    expect(new Set(asViewer.items.map(({ project }) => project.id))).toEqual(new Set([launch]));
    expect((await searchService().search(outsider, { q: 'launch', limit: 10 })).items).toEqual([]);
    table.memberships.delete(`${launch}/vera`);
    expect((await searchService().search(vera, { q: 'launch', limit: 10 })).items).toEqual([]);
    const owner = table.memberships.get(`${hiring}/mia`);
    if (owner) await memoryProjectRepository(table).deleteProject(hiring, undefined, owner);
    const left = await searchService().search(mia, { q: 'launch', limit: 10 });
    expect(new Set(left.items.map(({ project }) => project.id))).toEqual(new Set([launch]));
  });

  it('pages with a cursor bound to the query and the caller', async () => {
    const first = await searchService().search(mia, { q: 'launch', limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const cursor = first.nextCursor ?? undefined;
    const second = await searchService().search(mia, { q: 'launch', limit: 2, cursor });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    await expect(searchService().search(mia, { q: 'pricing', limit: 2, cursor })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    await expect(searchService().search(vera, { q: 'launch', limit: 2, cursor })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });
});

describe('search service: one project', () => {
  it('applies the task list’s filters to the matches', async () => {
    const done = await searchService().projectTasks(vera, launch, { q: 'launch', limit: 10, status: 'done' });
    expect(done.items.map(({ title }) => title)).toEqual(['Write the launch post']);
  });

  it('hides a project from a non-member (project_not_found)', async () => {
    await expect(
      searchService().projectTasks(outsider, launch, { q: 'launch', limit: 10 }),
    ).rejects.toMatchObject({
      code: 'project_not_found',
    });
  });
});
