/**
 * Polls `check` until it passes (returns without throwing), then returns its result; rethrows
 * its last failure after `timeoutMs`. For states reached asynchronously (the stream worker):
 * a generous bound, never a sleep.
 */
export async function eventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 60_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
