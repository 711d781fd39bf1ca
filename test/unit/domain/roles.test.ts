import { describe, expect, it } from 'vitest';
import { can, canAssignRole, type ProjectAction, type Role } from '#domain/roles';

const matrix: Array<[ProjectAction, Record<Role, boolean>]> = [
  ['project:read', { owner: true, admin: true, member: true, viewer: true }],
  ['project:update', { owner: true, admin: true, member: false, viewer: false }],
  ['project:delete', { owner: true, admin: false, member: false, viewer: false }],
  ['member:manage', { owner: true, admin: true, member: false, viewer: false }],
  ['task:create', { owner: true, admin: true, member: true, viewer: false }],
  ['task:delete-any', { owner: true, admin: true, member: false, viewer: false }],
  ['comment:create', { owner: true, admin: true, member: true, viewer: false }],
  ['comment:delete-any', { owner: true, admin: true, member: false, viewer: false }],
];

describe('roles', () => {
  describe.each(matrix)('%s', (action, expected) => {
    it.each(Object.entries(expected))('%s → %s', (role, allowed) => {
      expect(can(role as Role, action)).toBe(allowed);
    });
  });

  it('lets only owners grant or take the owner role', () => {
    expect(canAssignRole('owner', 'member', 'owner')).toBe(true);
    expect(canAssignRole('owner', 'owner', 'admin')).toBe(true);
    expect(canAssignRole('admin', 'member', 'owner')).toBe(false);
    expect(canAssignRole('admin', 'owner', 'member')).toBe(false);
    expect(canAssignRole('admin', 'viewer', 'admin')).toBe(true);
    expect(canAssignRole('member', 'viewer', 'member')).toBe(false);
  });
});
