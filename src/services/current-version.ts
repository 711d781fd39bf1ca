import { type StateMoved, stateMoved } from '#data/repositories/write-failures';
import { ConcurrentChangeError } from '#domain/errors';

/** Attempts of a change before a 409: each lost only to another write in between. */
export const CURRENT_VERSION_ATTEMPTS = 8;

/**
 * Runs a read-modify-write `attempt` that locks on the version it read, again each time it
 * answers that the state moved (another write got in between): the next attempt reads the
 * current version and decides again. With If-Match the attempt itself refuses a version that
 * is no longer the one the client named (the client's 412), so only a write without If-Match
 * is reapplied — a PATCH's named fields on top of the other write, never over it. After
 * `CURRENT_VERSION_ATTEMPTS` lost races, 409 `transaction_cancelled` (retry later).
 */
export async function onCurrentVersion<T>(attempt: () => Promise<T | StateMoved>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    const outcome = await attempt();
    if (!stateMoved(outcome)) return outcome;
    if (tries >= CURRENT_VERSION_ATTEMPTS) throw new ConcurrentChangeError();
    // Writers that collided spread out before reading again.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * tries));
  }
}
