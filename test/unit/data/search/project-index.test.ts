import { describe, expect, it } from 'vitest';
import type { Task } from '#data/entities/task';
import { createProjectIndex, highlight, loadProjectIndex, TOMBSTONE_MS } from '#data/search/project-index';
import { rankHits, type SearchChange } from '#data/search/search-index';
import { sampleTask } from '#test/support/fixtures';

const PROJECT = '01JD0000000000000000000P01';
const NOW = Date.parse('2026-12-01T10:00:00Z');

function task(id: string, overrides: Partial<Task> = {}): Task {
  return sampleTask({ id, projectId: PROJECT, ...overrides });
}
const taskChange = (t: Task): SearchChange => ({
  kind: 'task',
  projectId: PROJECT,
  taskId: t.id,
  version: t.version,
  task: t,
});
const removal = (t: Task): SearchChange => ({
  kind: 'task',
  projectId: PROJECT,
  taskId: t.id,
  version: t.version,
});
const comment = (taskId: string, commentId: string, body: string | undefined, version = 1): SearchChange => ({
  kind: 'comment',
  projectId: PROJECT,
  taskId,
  commentId,
  version,
  body,
});
const ids = (query: string, index = indexOf()) => rankHits(index.search(query)).map((hit) => hit.task.id);

const A = '01JD0000000000000000000T0A';
const B = '01JD0000000000000000000T0B';
const C = '01JD0000000000000000000T0C';

function indexOf() {
  const index = createProjectIndex(PROJECT);
  index.apply(taskChange(task(A, { title: 'Write the launch post', labels: ['marketing'] })), NOW);
  index.apply(
    taskChange(task(B, { title: 'Order stickers', description: 'For the launch party, 500 pieces' })),
    NOW,
  );
  index.apply(taskChange(task(C, { title: 'Fix the login page', labels: ['frontend'] })), NOW);
  index.apply(comment(C, '01JD0000000000000000000C01', 'The specification says OAuth only'), NOW);
  return index;
}

describe('the project index', () => {
  it('finds words of titles, descriptions, labels and comments', () => {
    expect(ids('stickers')).toEqual([B]);
    expect(ids('party')).toEqual([B]);
    expect(ids('frontend')).toEqual([C]);
    expect(ids('oauth')).toEqual([C]);
  });

  it('ranks title matches before matches elsewhere', () => {
    expect(ids('launch')).toEqual([A, B]);
  });

  it('matches the last word as a prefix (search as you type), the others whole', () => {
    expect(ids('laun')).toEqual([A, B]);
    expect(ids('specif')).toEqual([C]);
    expect(ids('lau post')).toEqual([]);
  });

  it('tolerates one typo in words of 5+ letters, none in shorter ones', () => {
    expect(ids('stocker')).toEqual([]);
    expect(ids('stickrs')).toEqual([B]);
    expect(ids('lgin page')).toEqual([]);
  });

  it('needs every word (AND), ignoring stop words', () => {
    expect(ids('the launch post')).toEqual([A]);
    expect(ids('launch login')).toEqual([]);
  });

  it('cuts a highlighted, escaped snippet from the field that matched', () => {
    const [hit] = indexOf().search('oauth');
    expect(hit?.snippet).toBe('The specification says <mark>OAuth</mark> only');
    expect(highlight('<b>launch</b> & more', new Set(['launch']))).toBe(
      '&lt;b&gt;<mark>launch</mark>&lt;/b&gt; &amp; more',
    );
    const long = `${'word '.repeat(40)}launch ${'tail '.repeat(40)}`;
    const snippet = highlight(long, new Set(['launch']));
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>launch</mark>');
  });

  it('never lets an older version overwrite a newer one', () => {
    const index = indexOf();
    const v2 = task(A, { title: 'Write the release notes', version: 2 });
    expect(index.apply(taskChange(v2), NOW)).toBe(true);
    expect(index.apply(taskChange(task(A, { title: 'Write the launch post', version: 1 })), NOW)).toBe(false);
    expect(index.apply(taskChange(v2), NOW)).toBe(false);
    expect(ids('release', index)).toEqual([A]);
    expect(ids('post', index)).toEqual([]);
  });

  it('keeps a removed task out when an older record of it is delivered again', () => {
    const index = indexOf();
    const a = task(A, { title: 'Write the launch post' });
    expect(index.apply(removal(a), NOW)).toBe(true);
    expect(index.apply(taskChange(a), NOW + 1000)).toBe(false);
    expect(ids('launch', index)).toEqual([B]);
  });

  it('indexes a comment that arrives before its task, and drops removed comments', () => {
    const index = createProjectIndex(PROJECT);
    index.apply(comment(A, '01JD0000000000000000000C09', 'budget approved'), NOW);
    expect(ids('budget', index)).toEqual([]);
    index.apply(taskChange(task(A, { title: 'Plan' })), NOW);
    expect(ids('budget', index)).toEqual([A]);
    index.apply(comment(A, '01JD0000000000000000000C09', undefined, 1), NOW);
    expect(ids('budget', index)).toEqual([]);
    expect(index.apply(comment(A, '01JD0000000000000000000C09', 'budget approved'), NOW)).toBe(false);
  });

  it('survives serialization, tombstones included, and forgets tombstones after their time', () => {
    const index = indexOf();
    index.apply(removal(task(B)), NOW);
    const loaded = loadProjectIndex(index.serialize());
    expect(ids('launch', loaded)).toEqual([A]);
    expect(loaded.apply(taskChange(task(B)), NOW)).toBe(false);
    loaded.prune(NOW + TOMBSTONE_MS + 1);
    expect(loaded.tombstones()).toEqual({});
  });

  it('builds from a source, keeping the tombstones it is given', () => {
    const index = createProjectIndex(PROJECT, {
      tasks: [task(A, { title: 'Launch' })],
      comments: [{ id: '01JD0000000000000000000C01', taskId: A, body: 'rocket', version: 1 }],
      tombstones: { [B]: NOW },
    });
    expect(ids('rocket', index)).toEqual([A]);
    expect(index.apply(taskChange(task(B, { title: 'Launch' })), NOW)).toBe(false);
  });
});
