import type { components } from '../../../clients/typescript/src/index.ts';

export type Me = components['schemas']['Me'];
export type Tokens = components['schemas']['Tokens'];

/** What a sign-in or refresh leaves: a refresh may come without a new refresh token. */
export type FreshTokens = Pick<Tokens, 'accessToken' | 'expiresIn'> & { refreshToken?: string | undefined };

/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;

type Listener = () => void;

/**
 * The signed-in user's tokens, in memory only (never in storage a script could read later),
 * refreshed shortly before they expire; listeners hear every sign-in and sign-out.
 */
export class Session {
  #accessToken: string | undefined;
  #refreshToken: string | undefined;
  #me: Me | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #listeners = new Set<Listener>();
  /** Called when a refresh is due; answers the new tokens, or undefined when the session is over. */
  refresher: ((refreshToken: string | undefined) => Promise<FreshTokens | undefined>) | undefined;

  get accessToken(): string | undefined {
    return this.#accessToken;
  }

  get refreshToken(): string | undefined {
    return this.#refreshToken;
  }

  get me(): Me | undefined {
    return this.#me;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Keeps `tokens` (a refresh may come without a new refresh token: the old one stays). */
  store(tokens: FreshTokens): void {
    this.#accessToken = tokens.accessToken;
    if (tokens.refreshToken) this.#refreshToken = tokens.refreshToken;
    clearTimeout(this.#timer);
    const dueInMs = Math.max(5_000, tokens.expiresIn * 1000 - REFRESH_MARGIN_MS);
    this.#timer = setTimeout(() => void this.#refresh(), dueInMs);
  }

  signedIn(me: Me): void {
    this.#me = me;
    this.#emit();
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#accessToken = undefined;
    this.#refreshToken = undefined;
    const wasSignedIn = this.#me !== undefined;
    this.#me = undefined;
    if (wasSignedIn) this.#emit();
  }

  async #refresh(): Promise<void> {
    const tokens = await this.refresher?.(this.#refreshToken).catch(() => undefined);
    if (tokens) this.store(tokens);
    else this.clear();
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}
