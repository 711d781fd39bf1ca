import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

/** A new time-ordered, lexicographically sortable id (ULID, 26 characters). */
export function newId(): string {
  return nextUlid();
}
