/** Idempotency-Key records: the contract between the HTTP middleware and the data layer. */

/** A response kept for replay. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type BeginOutcome =
  | { outcome: 'started' }
  | { outcome: 'in_flight' }
  | { outcome: 'mismatch' }
  | { outcome: 'completed'; response: StoredResponse };

/** Where idempotency records live (the data layer implements it). */
export interface IdempotencyStore {
  /** Claims `key` for `requestHash`, or tells what already holds it. Expired records count as absent. */
  begin(scope: string, key: string, requestHash: string): Promise<BeginOutcome>;
  complete(scope: string, key: string, response: StoredResponse): Promise<void>;
  /** Lets the key be used again (the first attempt did not succeed). */
  release(scope: string, key: string): Promise<void>;
}
