import { LIMITS } from './vocabulary.ts';

/**
 * How text is cut into searchable words, one rule for the index, the query check and the
 * snippets: runs of letters and digits, lower-cased; English stop words carry no meaning.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** Words too common to search for (a query made only of these is refused). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from has have he her his i if in into is it its me my no not ' +
    'of on or our she so than that the their them then there these they this to was we were what ' +
    'when where which who will with you your'
  ).split(' '),
);

/** The words of a text, in order, each with its position (for snippets). */
export function wordsOf(text: string): Array<{ word: string; start: number; end: number }> {
  return Array.from(text.matchAll(WORD), (match) => ({
    word: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The tokens of a text (the index's tokenizer). */
export function tokensOf(text: string): string[] {
  return wordsOf(text).map(({ word }) => word);
}

/** A token as indexed and searched: lower-cased, or null for a stop word. */
export function searchTerm(token: string): string | null {
  const term = token.toLowerCase();
  return STOP_WORDS.has(term) ? null : term;
}

/** Why a query cannot be searched, or undefined when it can. */
export function searchQueryProblem(query: string): string | undefined {
  if (query.trim().length === 0) return 'must not be empty';
  if (query.length > LIMITS.searchQuery) return `must be at most ${LIMITS.searchQuery} characters`;
  if (!tokensOf(query).some((token) => searchTerm(token) !== null)) {
    return 'has no word to search for (only stop words or punctuation)';
  }
  return undefined;
}
