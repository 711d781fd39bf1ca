import { type Membership, membershipEntity } from '#data/entities/membership';
import type { Mapper } from '#data/mapper/mapper';

/** Project memberships: who belongs to a project, and with which role. */
export function createMembershipRepository(mapper: Mapper) {
  return {
    /** The membership, read strongly consistent: authorization must see the latest write. */
    find(projectId: string, userId: string): Promise<Membership | undefined> {
      return mapper.get(membershipEntity, { projectId, userId }, { consistent: true });
    },
  };
}

export type MembershipRepository = ReturnType<typeof createMembershipRepository>;
