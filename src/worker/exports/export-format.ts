import type { Task } from '#data/entities/task';

/** The columns of a CSV export, in order (the header row). */
export const CSV_COLUMNS = [
  'id',
  'title',
  'description',
  'status',
  'priority',
  'assigneeId',
  'dueDate',
  'labels',
  'createdBy',
  'createdAt',
  'updatedAt',
  'version',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma or line break, quotes doubled.
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading `'` (OWASP's CSV-injection advice): exports are opened in spreadsheets.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cell(task: Task, column: (typeof CSV_COLUMNS)[number]): string {
  if (column === 'labels') return task.labels.join(';');
  const value = task[column];
  return value === undefined ? '' : String(value);
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

/** CSV rows (CRLF line ends, RFC 4180) for a page of tasks. */
export function csvRows(tasks: readonly Task[]): string {
  return tasks.map((task) => `${CSV_COLUMNS.map((c) => csvField(cell(task, c))).join(',')}\r\n`).join('');
}

export interface ExportMeta {
  jobId: string;
  projectId: string;
  exportedAt: string;
}

/**
 * Encodes an export as a sequence of text chunks, page by page, so the file can be streamed:
 * `head()`, one `page()` per page of tasks, then `tail()`. The JSON document is
 * `{ jobId, projectId, exportedAt, tasks, taskCount }` (the count goes last: it is known only at
 * the end); CSV is a header row and CRLF rows.
 */
export function createExportEncoder(format: 'json' | 'csv', meta: ExportMeta) {
  let count = 0;
  return {
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
    get count() {
      return count;
    },
    head(): string {
      if (format === 'csv') return csvHeader();
      return `${JSON.stringify(meta).slice(0, -1)},"tasks":[`;
    },
    page(tasks: readonly Task[]): string {
      if (tasks.length === 0) return '';
      const separator = format === 'json' && count > 0 ? ',' : '';
      count += tasks.length;
      if (format === 'csv') return csvRows(tasks);
      return separator + tasks.map((task) => JSON.stringify(task)).join(',');
    },
    tail(): string {
      return format === 'csv' ? '' : `],"taskCount":${count}}`;
    },
  };
}
