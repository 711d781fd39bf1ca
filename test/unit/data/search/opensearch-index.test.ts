import { describe, expect, it } from 'vitest';
import {
  changeRequest,
  createIndexRequest,
  createOpenSearchIndex,
  createOpenSearchWriter,
  type OpenSearchRequest,
  searchRequest,
} from '#data/search/opensearch-index';
import { ServiceUnavailableError } from '#domain/errors';
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
    expect(upsert.path).toBe(`/tasks/_update/${task.id}?retry_on_conflict=5`);
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
    expect(removal).toMatchObject({ method: 'POST', path: '/tasks/_delete_by_query?conflicts=proceed' });
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
    expect(comment.path).toBe('/tasks/_update/T1?retry_on_conflict=5');
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

  it('answers 503 when the engine fails or is overloaded, and nothing when no index exists yet', async () => {
    const failing = createOpenSearchIndex({
      index: 'tasks',
      transport: async () => {
        throw new Error('connect ECONNREFUSED');
      },
    });
    const search = { projectIds: ['P1'], query: 'budget', offset: 0, limit: 10 };
    await expect(failing.search(search)).rejects.toBeInstanceOf(ServiceUnavailableError);
    const overloaded = createOpenSearchIndex({
      index: 'tasks',
      transport: async () => ({ status: 429, body: {} }),
    });
    await expect(overloaded.search(search)).rejects.toBeInstanceOf(ServiceUnavailableError);
    const empty = createOpenSearchIndex({
      index: 'tasks',
      transport: async () => ({ status: 404, body: {} }),
    });
    await expect(empty.search(search)).resolves.toEqual({ hits: [], more: false });
  });

  it('maps ids as keywords and the task as stored source, so project filters match exactly', () => {
    const created = createIndexRequest('tasks');
    expect(created).toMatchObject({ method: 'PUT', path: '/tasks' });
    expect(created.body).toMatchObject({
      mappings: {
        dynamic: false,
        properties: {
          projectId: { type: 'keyword' },
          task: { properties: { id: { type: 'keyword' } } },
          title: { type: 'text' },
          comments: { type: 'text' },
        },
      },
    });
  });
});

describe('the OpenSearch writer', () => {
  function recorder(answer: (req: OpenSearchRequest) => { status: number; body: unknown }) {
    const sent: OpenSearchRequest[] = [];
    return {
      sent,
      transport: async (req: OpenSearchRequest) => {
        sent.push(req);
        return answer(req);
      },
    };
  }

  it('creates the index once (an existing one is fine), then sends each change in order', async () => {
    const { sent, transport } = recorder((req) =>
      req.method === 'PUT'
        ? { status: 400, body: { error: { type: 'resource_already_exists_exception' } } }
        : { status: 200, body: {} },
    );
    const writer = createOpenSearchWriter({ index: 'tasks', transport });
    const task = sampleTask({ version: 2 });
    await writer.apply([{ kind: 'task', projectId: task.projectId, taskId: task.id, version: 2, task }]);
    await writer.apply([{ kind: 'project-removed', projectId: 'P9' }]);
    expect(sent.map((req) => `${req.method} ${req.path}`)).toEqual([
      'PUT /tasks',
      `POST /tasks/_update/${task.id}?retry_on_conflict=5`,
      'POST /tasks/_delete_by_query?conflicts=proceed',
    ]);
  });

  it('fails the record when a write is refused, so the stream retries it', async () => {
    const { transport } = recorder((req) =>
      req.method === 'PUT' ? { status: 200, body: {} } : { status: 503, body: {} },
    );
    const writer = createOpenSearchWriter({ index: 'tasks', transport });
    await expect(writer.apply([{ kind: 'project-removed', projectId: 'P1' }])).rejects.toThrow(
      /answered 503/,
    );
  });

  it('rebuilds a project from the table: every task and comment, each by its own version', async () => {
    const { sent, transport } = recorder(() => ({ status: 200, body: {} }));
    const writer = createOpenSearchWriter({ index: 'tasks', transport });
    const task = sampleTask({ version: 4 });
    const result = await writer.rebuildProject(task.projectId, async () => ({
      tasks: [task],
      comments: [{ id: 'C1', taskId: task.id, body: 'notes', version: 1 }],
    }));
    expect(result).toEqual({ tasks: 1 });
    expect(
      sent
        .slice(1)
        .map((req) => (req.body as { script: { params: { version: number } } }).script.params.version),
    ).toEqual([4, 1]);
  });
});
