/**
 * Project roles and what each may do — the one place authorization rules are written.
 * Services ask `can(role, action)`; routes never decide.
 */
import { PROJECT_ROLES, type ProjectRole } from './vocabulary.ts';

export type Role = ProjectRole;

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

/** Every action on a project's resources, with the least role that may perform it. */
const MINIMUM_ROLE = {
  'project:read': 'viewer',
  'project:update': 'admin',
  'project:delete': 'owner',
  'member:list': 'viewer',
  'member:manage': 'admin',
  'member:grant-owner': 'owner',
  'task:read': 'viewer',
  'task:create': 'member',
  'task:update': 'member',
  'task:delete-own': 'member',
  'task:delete-any': 'admin',
  'comment:read': 'viewer',
  'comment:create': 'member',
  'comment:edit-own': 'member',
  'comment:delete-own': 'member',
  'comment:delete-any': 'admin',
  'attachment:read': 'viewer',
  'attachment:write': 'member',
  'attachment:delete-any': 'admin',
  'export:create': 'member',
  'job:read-any': 'admin',
  'webhook:manage': 'admin',
} as const satisfies Record<string, Role>;

export type ProjectAction = keyof typeof MINIMUM_ROLE;

/** True when `role` may perform `action`. */
export function can(role: Role, action: ProjectAction): boolean {
  return RANK[role] >= RANK[MINIMUM_ROLE[action]];
}

/** True when `actor` may give or take `target` role: owners alone touch the owner role. */
export function canAssignRole(actor: Role, from: Role | undefined, to: Role): boolean {
  if (!can(actor, 'member:manage')) return false;
  if (to === 'owner' || from === 'owner') return can(actor, 'member:grant-owner');
  return true;
}

export function isRole(value: string): value is Role {
  return (PROJECT_ROLES as readonly string[]).includes(value);
}

/** Every role that may perform `action` (for conditions written into a transaction). */
export function rolesAllowedTo(action: ProjectAction): Role[] {
  return PROJECT_ROLES.filter((role) => can(role, action));
}
