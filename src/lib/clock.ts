/** Time behind an interface so TTL and expiry logic can be tested at chosen instants. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Seconds since the epoch, the unit DynamoDB TTL uses. */
export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
