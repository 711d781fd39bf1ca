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
 * Accumulates an export page by page. The JSON document is `{ ...meta, taskCount, tasks }`;
 * each page is serialised as it arrives, so only strings are kept, not task objects.
 */
export function createExportWriter(format: 'json' | 'csv') {
  const parts: string[] = format === 'csv' ? [csvHeader()] : [];
  let count = 0;
  return {
    add(tasks: readonly Task[]) {
      if (tasks.length === 0) return;
      if (format === 'csv') parts.push(csvRows(tasks));
      else parts.push(tasks.map((task) => JSON.stringify(task)).join(','));
      count += tasks.length;
    },
    get count() {
      return count;
    },
    finish(meta: ExportMeta): { body: string; contentType: string } {
      if (format === 'csv') return { body: parts.join(''), contentType: 'text/csv; charset=utf-8' };
      const head = JSON.stringify({ ...meta, taskCount: count }).slice(0, -1);
      return { body: `${head},"tasks":[${parts.join(',')}]}`, contentType: 'application/json' };
    },
  };
}
