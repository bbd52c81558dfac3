/**
 * Bounds on what a search or a highlight takes from an address. A query parameter can be of any
 * size and hold anything (a shared link, a crawler, a hostile page linking here); what reaches
 * Pagefind or the highlighter is cut down to what a person could have typed, so no value makes a
 * page slow or throw (a 50 KB `?sorot=` built a regular expression too large to compile).
 */

/**
 * The longest query, in UTF-16 code units (what an input's `maxlength` counts): about a dozen
 * Indonesian words. Pagefind wants every word of a query on the page, so a longer one finds nothing
 * the first dozen words would not, and each further word costs a search of its own.
 */
export const SEARCH_QUERY_MAX = 100;

/** The most words (or phrases) a profession page highlights from `?sorot=`: a search result asks for a few. */
export const HIGHLIGHT_TERMS_MAX = 12;

/** The shortest highlighted term: a single letter would mark half the page. */
export const HIGHLIGHT_TERM_MIN = 2;

/** Control characters (tabs, line ends, NUL, …) become spaces, then runs of spaces one space. */
function clean(text: string): string {
  return text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
}

/** Cuts text to `max` code units without splitting a surrogate pair (an emoji) in two. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end).trimEnd();
}

/**
 * Returns a query as the search runs it: spaces collapsed, at most SEARCH_QUERY_MAX code units
 * ("  rapat\n agenda " → "rapat agenda"; 1 MB of text → its first 100 characters).
 */
export function capQuery(text: string): string {
  return cut(clean(text), SEARCH_QUERY_MAX);
}

/**
 * Returns the terms a page highlights from the values of `?sorot=`: spaces collapsed, each once
 * (case aside), none shorter than HIGHLIGHT_TERM_MIN or longer than SEARCH_QUERY_MAX (a longer one
 * is no word or phrase of a search; it is dropped, not cut to a fragment), at most
 * HIGHLIGHT_TERMS_MAX of them: ["agenda", "Agenda", "x", "a".repeat(50_000)] → ["agenda"].
 * Characters such as "(" or "*" stay as they are: the highlighter matches them literally.
 */
export function highlightTerms(values: readonly string[]): string[] {
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    if (terms.length === HIGHLIGHT_TERMS_MAX) break;
    const term = clean(value);
    // The length in code units first: spreading a 1 MB value into characters would cost more than it.
    if (term.length > SEARCH_QUERY_MAX || [...term].length < HIGHLIGHT_TERM_MIN) continue;
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return terms;
}
