import { type StateMoved, stateMoved } from '#data/repositories/write-failures';

/** A change's result where the test expects it to land; fails the test when the state had moved. */
export function applied<T>(outcome: T | StateMoved): T {
  if (stateMoved(outcome)) throw new Error('the change answered that the state moved');
  return outcome;
}
