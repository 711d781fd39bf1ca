import { ADMIN_GROUP } from '#domain/vocabulary';
import type { UserSpec } from './bootstrap.ts';

/**
 * Demo users of the LOCAL stack only (cognito-local never leaves this machine).
 * The README lists the same sign-in names and passwords.
 */
export const DEMO_PASSWORD = 'Tasklane-demo-1';

export const DEMO_USERS = {
  alice: { email: 'alice@example.com', password: DEMO_PASSWORD, name: 'Alice' },
  bob: { email: 'bob@example.com', password: DEMO_PASSWORD, name: 'Bob' },
  admin: { email: 'admin@example.com', password: DEMO_PASSWORD, name: 'Admin', groups: [ADMIN_GROUP] },
} as const satisfies Record<string, UserSpec>;

export type DemoUserName = keyof typeof DEMO_USERS;
