import { createHash } from 'node:crypto';
import type { LoginAttempts } from '#data/entities/login-attempts';
import type { AttemptKey, LoginAttemptRepository } from '#data/repositories/login-attempt-repository';
import {
  InvalidConfirmationCodeError,
  InvalidCredentialsError,
  WrongPasswordError,
} from '#domain/auth-errors';
import { TooManyRequestsError } from '#domain/errors';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';

/** Per stage (`LOGIN_*` settings): failures allowed per account and per client address in one window. */
export interface LoginLimits {
  accountMaxFailures: number;
  addressMaxFailures: number;
  windowSeconds: number;
}

/** Who is trying: the account named in the request and, when known, the client's address. */
export interface AttemptSubject {
  account: string;
  address?: string | undefined;
}

export interface LoginLimiter {
  /**
   * Runs `attempt` unless the account or the address has used up its failures (then `too_many_requests` with
   * Retry-After, and Cognito is not asked). A wrong password or code counts against both; a
   * success clears the account's count (never the address's: one good account must not
   * launder an address's guesses).
   */
  guard<T>(subject: AttemptSubject, attempt: () => Promise<T>): Promise<T>;
}

export interface LoginLimiterDeps {
  store: Pick<LoginAttemptRepository, 'read' | 'countFailure' | 'clear'>;
  limits: LoginLimits;
  clock?: Clock;
}

const digest = (value: string) => createHash('sha256').update(value).digest('hex');

/** A wrong password or a wrong code: what a guesser produces. Anything else is not counted. */
function isGuessFailure(error: unknown): boolean {
  return (
    error instanceof InvalidCredentialsError ||
    error instanceof InvalidConfirmationCodeError ||
    error instanceof WrongPasswordError
  );
}

/** Brute-force limits kept in DynamoDB, so they hold across Lambda instances. */
export function createLoginLimiter(deps: LoginLimiterDeps): LoginLimiter {
  const { store, limits } = deps;
  const clock = deps.clock ?? systemClock;

  function keysOf(subject: AttemptSubject): Array<{ key: AttemptKey; max: number }> {
    const keys: Array<{ key: AttemptKey; max: number }> = [
      {
        key: { scope: 'account', subject: digest(subject.account.trim().toLowerCase()) },
        max: limits.accountMaxFailures,
      },
    ];
    if (subject.address) {
      keys.push({
        key: { scope: 'address', subject: digest(subject.address) },
        max: limits.addressMaxFailures,
      });
    }
    return keys;
  }

  function refuseIfExhausted(counters: Array<LoginAttempts | undefined>, keys: Array<{ max: number }>) {
    const now = epochSeconds(clock.now());
    const waits = counters
      .map((counter, index) =>
        counter && counter.failures >= (keys[index]?.max ?? Number.POSITIVE_INFINITY) ? counter.ttl - now : 0,
      )
      .filter((wait) => wait > 0);
    if (waits.length > 0) {
      const retryAfter = Math.max(1, ...waits);
      throw new TooManyRequestsError(
        `Too many failed attempts. Try again in ${retryAfter} seconds.`,
        retryAfter,
      );
    }
  }

  return {
    async guard(subject, attempt) {
      const keys = keysOf(subject);
      const counters = await store.read(keys.map(({ key }) => key));
      refuseIfExhausted(counters, keys);
      try {
        const result = await attempt();
        const account = keys[0];
        if (account && counters[0]) await store.clear(account.key);
        return result;
      } catch (error) {
        if (isGuessFailure(error)) {
          await Promise.all(
            keys.map(({ key }, index) => store.countFailure(key, limits.windowSeconds, counters[index])),
          );
        }
        throw error;
      }
    },
  };
}
