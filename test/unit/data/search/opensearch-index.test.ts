import { describe, expect, it } from 'vitest';
import { changeRequest, createOpenSearchIndex, searchRequest } from '#data/search/opensearch-index';
import { sampleTask } from '#test/support/fixtures';

/** The OpenSearch adapter's requests, built without a network; the transport here is a recorder. */
const request = { projectIds: ['P1', 'P2'], query: 'the budget revieww laun', offset: 25, limit: 25 };

describe('the OpenSearch adapter', () => {
  it('searches only the given projects, every word, the last as a prefix, long words fuzzy, highlighted', () => {
    const built = searchRequest('tasks', request);
    expect(built).toMatchObject({ method: 'POST', path: '/tasks/_search' });
    expect(built.body).toMatchObject({
      from: 25,
      size: 26,
      track_total_hits: false,
      query: {
        bool: {
          filter: [{ terms: { projectId: ['P1', 'P2'] } }],
          must: [
            { multi_match: expect.objectContaining({ query: 'budget', fuzziness: 1 }) },
            { multi_match: expect.objectContaining({ query: 'revieww', fuzziness: 1 }) },
            { multi_match: expect.objectContaining({ query: 'laun', type: 'phrase_prefix' }) },
          ],
        },
      },
      highlight: { pre_tags: ['<mark>'], post_tags: ['</mark>'], encoder: 'html' },
    });
  });

  it('writes a task only over an older version, and removes by id up to the removed version', () => {
    const task = sampleTask({ version: 3 });
    const upsert = changeRequest('tasks', {
      kind: 'task',
      projectId: task.projectId,
      taskId: task.id,
      version: 3,
      task,
    });
    expect(upsert.path).toBe(`/tasks/_update/${task.id}`);
    expect(upsert.body).toMatchObject({
      script: {
        source: expect.stringContaining('ctx._source.version >= params.version'),
        params: { version: 3 },
      },
    });
    const removal = changeRequest('tasks', {
      kind: 'task',
      projectId: task.projectId,
      taskId: task.id,
      version: 3,
    });
    expect(removal).toMatchObject({ method: 'POST', path: '/tasks/_delete_by_query' });
    expect(JSON.stringify(removal.body)).toContain('"lte":3');
  });

  it('applies a comment by its own version and drops a removed project', () => {
    const comment = changeRequest('tasks', {
      kind: 'comment',
      projectId: 'P1',
      taskId: 'T1',
      commentId: 'C1',
      version: 2,
      body: 'hello',
    });
    expect(comment.path).toBe('/tasks/_update/T1');
    expect(comment.body).toMatchObject({ script: { params: { id: 'C1', version: 2, body: 'hello' } } });
    expect(changeRequest('tasks', { kind: 'project-removed', projectId: 'P1' }).body).toEqual({
      query: { term: { projectId: 'P1' } },
    });
  });

  it('reads hits with their highlight, title matches marked, and whether more follow', async () => {
    const [a, b] = [sampleTask({ title: 'Budget review' }), sampleTask({ title: 'Other' })];
    const sent: unknown[] = [];
    const index = createOpenSearchIndex({
      index: 'tasks',
      transport: async (req) => {
        sent.push(req);
        return {
          status: 200,
          body: {
            hits: {
              hits: [
                { _source: { task: a }, _score: 9, highlight: { title: ['<mark>Budget</mark> review'] } },
                { _source: { task: b }, _score: 2, highlight: { comments: ['the <mark>budget</mark>'] } },
              ],
            },
          },
        };
      },
    });
    const page = await index.search({ projectIds: ['P1'], query: 'budget', offset: 0, limit: 1 });
    expect(sent).toHaveLength(1);
    expect(page.more).toBe(true);
    expect(page.hits).toEqual([
      expect.objectContaining({ task: a, titleMatch: true, snippet: '<mark>Budget</mark> review' }),
    ]);
  });
});
