/** Every entity of the single table, for repositories and tests. */
export * from './account-sign-out.ts';
export * from './attachment.ts';
export * from './comment.ts';
export * from './dependency-guard.ts';
export * from './idempotency-record.ts';
export * from './job.ts';
export * from './login-attempts.ts';
export * from './membership.ts';
export * from './next-occurrence.ts';
export * from './project.ts';
export * from './revoked-token.ts';
export * from './subtask-link.ts';
export * from './task.ts';
export * from './task-assignment.ts';
export * from './task-ref.ts';
