/** An attempt made no progress for too long: whatever it waits on is given up. */
export class JobStalledError extends Error {
  override name = 'JobStalledError';
  constructor(readonly timeoutMs: number) {
    super(`no progress for ${timeoutMs} ms`);
  }
}

/**
 * The worker's own bound on a job attempt: every step (a page read, a lease renewal, a part
 * uploaded) must make progress within `timeoutMs`, or the attempt is aborted. `guard` races a
 * step against the bound; `signal` aborts what accepts one (the S3 upload). A call whose client
 * has no deadline of its own is abandoned, not waited for.
 */
export function createStallGuard(timeoutMs: number) {
  const controller = new AbortController();
  const stalled = new JobStalledError(timeoutMs);
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(stalled), timeoutMs);
  };
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(stalled), { once: true });
  });
  // Nobody may be racing it when it fires; that is not an unhandled rejection.
  aborted.catch(() => {});
  arm();
  return {
    signal: controller.signal,
    get stalled() {
      return controller.signal.aborted;
    },
    /** Progress was made: the bound starts again. */
    progress(): void {
      if (!controller.signal.aborted) arm();
    },
    /** `step`, or a JobStalledError once the bound passes without progress. */
    guard<T>(step: Promise<T>): Promise<T> {
      return Promise.race([step, aborted]);
    },
    stop(): void {
      clearTimeout(timer);
    },
  };
}
