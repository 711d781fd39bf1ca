import { describe, expect, it } from 'vitest';
import { newTaskStructure, type Task } from '#data/entities/task';
import { CSV_COLUMNS, createExportEncoder, csvField } from '#worker/exports/export-format';

const task = (id: string, overrides: Partial<Task> = {}): Task => ({
  id,
  projectId: '01JD0000000000000000000009',
  title: `Task ${id}`,
  status: 'todo',
  priority: 'medium',
  labels: [],
  ...newTaskStructure(),
  createdBy: 'user',
  createdAt: '2026-11-21T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
  version: 1,
  ...overrides,
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180), and leaves plain text alone', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+x')).toBe("'+x");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
  });
});

const meta = { jobId: 'J', projectId: 'P', exportedAt: 'now' };

/** The whole file an encoder streams for these pages. */
function encode(format: 'json' | 'csv', pages: Task[][]) {
  const encoder = createExportEncoder(format, meta);
  const body = [encoder.head(), ...pages.map((page) => encoder.page(page)), encoder.tail()].join('');
  return { body, contentType: encoder.contentType, count: encoder.count };
}

describe('the export encoder', () => {
  it('writes CSV: a header row, then one CRLF row per task with empty optional fields', () => {
    const { body, contentType, count } = encode('csv', [
      [task('A', { labels: ['x', 'y'], dueDate: '2026-12-01' })],
      [task('B')],
    ]);
    expect(contentType).toContain('text/csv');
    const lines = body.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'A,Task A,,todo,medium,,2026-12-01,x;y,user,2026-11-21T10:00:00.000Z,2026-11-21T10:00:00.000Z,1',
    );
    expect(lines).toHaveLength(4);
    expect(count).toBe(2);
  });

  it('writes one JSON document with the metadata, the count and every task, whatever the pages', () => {
    const { body } = encode('json', [[task('A'), task('B')], [], [task('C')]]);
    const parsed = JSON.parse(body) as { jobId: string; taskCount: number; tasks: Task[] };
    expect(parsed).toMatchObject({ jobId: 'J', projectId: 'P', exportedAt: 'now', taskCount: 3 });
    expect(parsed.tasks.map((t) => t.id)).toEqual(['A', 'B', 'C']);
  });

  it('writes a valid empty export', () => {
    expect(JSON.parse(encode('json', [[]]).body)).toMatchObject({ taskCount: 0, tasks: [] });
    expect(encode('csv', []).body).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
