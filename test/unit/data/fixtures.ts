import type { Job, Membership, Task } from '#data/entities/index';
import { newId } from '#lib/ids';

/** Valid models for tests (no I/O). */
export const NOW = '2026-01-10T12:00:00.000Z';

export function sampleTask(overrides: Partial<Task> = {}): Task {
  return {
    id: newId(),
    projectId: '01J0000000000000000000000P',
    title: 'Write the mapper',
    status: 'todo',
    priority: 'medium',
    labels: [],
    createdBy: 'alice',
    createdAt: NOW,
    updatedAt: NOW,
    version: 1,
    ...overrides,
  };
}

export function sampleMembership(overrides: Partial<Membership> = {}): Membership {
  return {
    projectId: '01J0000000000000000000000P',
    userId: 'alice',
    role: 'owner',
    addedAt: NOW,
    version: 1,
    ...overrides,
  };
}

export function sampleJob(overrides: Partial<Job> = {}): Job {
  return {
    id: newId(),
    type: 'project_export',
    projectId: '01J0000000000000000000000P',
    requestedBy: 'alice',
    format: 'json',
    status: 'queued',
    progress: { processed: 0 },
    attempts: 0,
    createdAt: NOW,
    updatedAt: NOW,
    version: 1,
    ttl: 2_000_000_000,
    ...overrides,
  };
}
