import {
  type LoginAttemptScope,
  type LoginAttempts,
  loginAttemptsEntity,
} from '#data/entities/login-attempts';
import { WriteConflictError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import { getRequest } from '#data/mapper/read-ops';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import { explainConflict } from './write-failures.ts';

export interface AttemptKey {
  scope: LoginAttemptScope;
  subject: string;
}

/** Attempts a concurrent failure can cancel before this one is counted on a fresh read. */
const WRITE_ATTEMPTS = 4;

/**
 * Failure counters per account and per client address, one item each, gone after their
 * window (`ttl`; the mapper treats a passed ttl as absent, so a late DynamoDB delete never
 * keeps anyone out). Counting is read-then-write under optimistic locking, so concurrent
 * failures on several Lambda instances are all counted.
 */
export function createLoginAttemptRepository(mapper: Mapper, clock: Clock = systemClock) {
  async function countFailure(key: AttemptKey, windowSeconds: number, known: LoginAttempts | undefined) {
    let current = known;
    for (let attempt = 1; ; attempt++) {
      try {
        if (!current) {
          return await mapper.create(loginAttemptsEntity, {
            ...key,
            failures: 1,
            ttl: epochSeconds(clock.now()) + windowSeconds,
          });
        }
        return await mapper.update(
          loginAttemptsEntity,
          key,
          { failures: current.failures + 1 },
          { expectedVersion: current.version },
        );
      } catch (error) {
        // Another failure was counted (or the window closed) since the read: count on a fresh one.
        if (!(error instanceof WriteConflictError)) throw error;
        if (attempt >= WRITE_ATTEMPTS) throw explainConflict(error);
        current = await mapper.get(loginAttemptsEntity, key, { consistent: true });
      }
    }
  }

  return {
    /** The live counters of `keys`, in order (strongly consistent: another instance's count is seen). */
    read(keys: readonly AttemptKey[]): Promise<Array<LoginAttempts | undefined>> {
      return mapper.batchGet(
        keys.map((key) => getRequest(loginAttemptsEntity, key)),
        { consistent: true },
      ) as Promise<Array<LoginAttempts | undefined>>;
    },

    /** Counts one failure; a window opens with the first failure and lasts `windowSeconds`. */
    countFailure,

    /** Forgets an account's failures (after a successful sign-in). */
    async clear(key: AttemptKey): Promise<void> {
      await mapper.delete(loginAttemptsEntity, key, { mustExist: false });
    },
  };
}

export type LoginAttemptRepository = ReturnType<typeof createLoginAttemptRepository>;
