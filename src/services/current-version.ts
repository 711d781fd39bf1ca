import { ConcurrentChangeError, PreconditionFailedError } from '#domain/errors';

/** Attempts of a write without If-Match before a 409: each lost only to another write in between. */
export const CURRENT_VERSION_ATTEMPTS = 8;

/**
 * Runs a read-modify-write `attempt` that locks on the version it read. With an If-Match
 * version (`expected`), once: a moved version is the client's 412. Without one, the write is
 * meant for whatever version is current, so a version that moved between the read and the
 * write (412 from the lock) only means another write got in first: read again and reapply —
 * a PATCH's named fields on top of the other write, never over it. After
 * `CURRENT_VERSION_ATTEMPTS` lost races, 409 `transaction_cancelled` (retry later).
 */
export async function onCurrentVersion<T>(
  expected: number | undefined,
  attempt: () => Promise<T>,
): Promise<T> {
  if (expected !== undefined) return attempt();
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      if (tries >= CURRENT_VERSION_ATTEMPTS) throw new ConcurrentChangeError(error);
      // Writers that collided spread out before reading again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * tries));
    }
  }
}
