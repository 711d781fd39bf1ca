import { createHash } from 'node:crypto';

/** The name a personal Inbox project is created with (its owner may rename it). */
export const INBOX_NAME = 'Inbox';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The id of a user's Inbox project, derived from their `sub`: every first call of a user
 * creates the same project, so concurrent first calls cannot create two (the second create
 * fails its not-exists condition). Shaped like a ULID (leading `0`, 25 hash characters) so it
 * passes every id check; it reveals nothing to a non-member, who gets `project_not_found` like for any project.
 */
export function inboxProjectId(userSub: string): string {
  const digest = createHash('sha256').update(`inbox:${userSub}`).digest();
  let id = '0';
  for (let index = 0; index < 25; index += 1) id += CROCKFORD[(digest[index] ?? 0) & 31];
  return id;
}
