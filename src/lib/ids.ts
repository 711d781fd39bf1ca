import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';

const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let next = POOL_BYTES;

/**
 * ulid's own generator asks the OS for one byte per character (16 calls into native code per
 * id, and every request gets an id); this draws the same CSPRNG bytes 4 KiB at a time.
 */
function pooledRandom(): number {
  if (next === POOL_BYTES) {
    randomFillSync(pool);
    next = 0;
  }
  return (pool[next++] as number) / 256;
}

const nextUlid = monotonicFactory(pooledRandom);

/** A new time-ordered, lexicographically sortable id (ULID, 26 characters). */
export function newId(): string {
  return nextUlid();
}
