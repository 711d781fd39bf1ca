import { type AccountSignOut, accountSignOutEntity } from '#data/entities/account-sign-out';
import type { Mapper } from '#data/mapper/mapper';

/** Cognito's longest refresh-token validity: a mark older than that can refuse nothing. */
const MARK_LIFETIME_SECONDS = 3650 * 24 * 3600;

/** The per-user "signed out everywhere" marks that the refresh flow checks. */
export function createAccountSignOutRepository(mapper: Mapper) {
  return {
    /** Records (or moves forward) the user's sign-out instant. */
    async record(mark: Omit<AccountSignOut, 'ttl'>): Promise<void> {
      await mapper.put(accountSignOutEntity, { ...mark, ttl: mark.signedOutAt + MARK_LIFETIME_SECONDS });
    },
    /** The user's mark, read strongly consistent (a change on another instance is seen at once). */
    find(sub: string): Promise<AccountSignOut | undefined> {
      return mapper.get(accountSignOutEntity, { sub }, { consistent: true });
    },
  };
}

export type AccountSignOutRepository = ReturnType<typeof createAccountSignOutRepository>;
