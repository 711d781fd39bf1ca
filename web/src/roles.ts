import type { components } from '../../clients/typescript/src/index.ts';

export type Role = components['schemas']['Project']['role'];
export const ROLES: readonly Role[] = ['owner', 'admin', 'member', 'viewer'];

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

/** What the caller's role lets the screens offer; the API decides in the end (403s are shown). */
export const can = {
  editTasks: (role: Role) => RANK[role] >= RANK.member,
  manageProject: (role: Role) => RANK[role] >= RANK.admin,
  deleteProject: (role: Role) => role === 'owner',
  manageMembers: (role: Role) => RANK[role] >= RANK.admin,
  /** Roles the caller may hand out: only an owner makes owners. */
  grantable: (role: Role): Role[] =>
    role === 'owner' ? [...ROLES] : role === 'admin' ? ['admin', 'member', 'viewer'] : [],
};
