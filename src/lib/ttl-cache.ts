import { untilAborted } from './deadline.ts';

/**
 * A small in-process cache with a lifetime per entry and a size bound. Expired entries
 * are dropped when read; when full, the oldest entry goes first (Map keeps insertion order).
 */
export interface TtlCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V, ttlMs: number): void;
  delete(key: string): void;
  clear(): void;
  readonly size: number;
}

export interface TtlCacheOptions {
  maxEntries: number;
  /** Milliseconds clock; tests pass their own. */
  now?: () => number;
}

export function createTtlCache<V>(options: TtlCacheOptions): TtlCache<V> {
  if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1) {
    throw new RangeError('maxEntries must be a positive integer');
  }
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value, ttlMs) {
      if (ttlMs <= 0) return;
      entries.delete(key);
      if (entries.size >= options.maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(key, { value, expiresAt: now() + ttlMs });
    },
    delete(key) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/**
 * Runs `load` once per key at a time: concurrent callers share the promise in flight. Each
 * caller waits only until its own deadline (`#lib/deadline`), however long the shared load
 * takes; a load that fails or is aborted is forgotten at once, so the next caller starts anew.
 */
export function coalesce<V>(): (key: string, load: () => Promise<V>) => Promise<V> {
  const inFlight = new Map<string, Promise<V>>();
  return function coalesced(key, load) {
    const running = inFlight.get(key);
    if (running) return untilAborted(running);
    const promise = load().finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    // A waiter that leaves early must not turn the shared failure into an unhandled rejection.
    promise.catch(() => {});
    return untilAborted(promise);
  };
}
