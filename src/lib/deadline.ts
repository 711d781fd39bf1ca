import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The deadline of the work in progress (a request), carried with its async context so that
 * every outbound call made on its behalf — through any repository, gateway or library — is
 * aborted when it passes, without each signature having to pass a signal along.
 */
const current = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` under `signal`: outbound calls made inside it abort when the signal does. */
export function withDeadline<T>(signal: AbortSignal, work: () => T): T {
  return current.run(signal, work);
}

/** The signal of the deadline in force, or undefined outside any (the worker, scripts). */
export function currentDeadline(): AbortSignal | undefined {
  return current.getStore();
}

/** A signal that aborts after `ms`, or earlier when the deadline in force passes. */
export function boundedSignal(ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  const deadline = currentDeadline();
  return deadline ? AbortSignal.any([deadline, timeout]) : timeout;
}

/**
 * `promise`'s outcome, or a rejection with the signal's reason once `signal` aborts, whichever
 * comes first. For waiting on work this caller does not own (a shared lookup): the waiter
 * leaves at its own deadline while the work goes on for the others.
 */
export function untilAborted<T>(promise: Promise<T>, signal = currentDeadline()): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
