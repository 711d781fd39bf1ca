import type { components } from '../../clients/typescript/src/index.ts';

export type Task = components['schemas']['Task'];
export type TaskStatus = Task['status'];
export type Priority = Task['priority'];

export const STATUSES: ReadonlyArray<{ value: TaskStatus; label: string }> = [
  { value: 'todo', label: 'To do' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'blocked', label: 'Blocked' },
  { value: 'done', label: 'Done' },
];

export const PRIORITIES: readonly Priority[] = ['low', 'medium', 'high', 'urgent'];

export const statusLabel = (status: TaskStatus) =>
  STATUSES.find((entry) => entry.value === status)?.label ?? status;

/** "design, launch " → ["design", "launch"] */
export function parseLabels(text: string): string[] {
  return text
    .split(',')
    .map((label) => label.trim())
    .filter(Boolean);
}
