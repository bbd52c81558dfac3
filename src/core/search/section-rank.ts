/**
 * The order of a result's sections: the one that answers the query first. Pagefind orders them by
 * how often they hold a query word, in any form, so a long section that says "pengelola" five times
 * comes before the one that says "mengelola anggaran" once. Here a section is judged as a reader
 * would, in this order of importance: the phrase is the whole of its heading or of one of its list
 * items; more of the query's words are in its heading; more of them are in it at all; more of them
 * stand next to each other as typed; more of them are in the form typed rather than another form.
 * The heading and the list items count the words as typed or with an ending only: every page has
 * the same headings, and a stemmer's loose form ("siapa" for "persiapan") would pull a heading up
 * on every page.
 */

import { STOP_WORDS } from '../text/stop-words';
import { words } from '../text/words';

/** A section to rank: its heading and its text (sentences and list items, each ending with a full stop). */
export interface SectionText {
  heading: string;
  text: string;
}

/**
 * Tells whether a word of the text is another form of a query word ("pengelola" of "mengelola"),
 * both lower case with accents folded. The search engine knows its stemmer's forms; without it,
 * `sharesStart` stands in.
 */
export type SameForm = (queryWord: string, textWord: string) => boolean;

/** How well a section answers a query; each field outranks the next (see `compareFit`). */
export interface SectionFit {
  /** 1 when the heading or a list item (a sentence) is the query's words and nothing else. */
  item: number;
  /** Share of the query's words in the heading, as typed or with an ending. */
  heading: number;
  /** Share of the query's words anywhere in the section, in any form. */
  found: number;
  /** Share of the query's neighbouring words that stand next to each other in one sentence. */
  adjacent: number;
  /** Share of the query's words found in the form typed. */
  exact: number;
}

/** A fit of nothing: what a section scores against an empty query. */
export const NO_FIT: SectionFit = { item: 0, heading: 0, found: 0, adjacent: 0, exact: 0 };

const KEYS = ['item', 'heading', 'found', 'adjacent', 'exact'] as const;

/** Orders two fits: negative when `a` answers better, each field outranking the next. */
export function compareFit(a: SectionFit, b: SectionFit): number {
  for (const key of KEYS) if (a[key] !== b[key]) return b[key] - a[key];
  return 0;
}

/**
 * The default for `SameForm`: two words of five letters or more, one the start of the other:
 * "pengelola" ~ "pengelolaan", "menteri" ~ "menterinya"; never "men" ~ "menteri".
 */
export const sharesStart: SameForm = (a, b) => Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));

/** The query words that count: no reader types more, and a pasted page must not stall the ranking. */
const MAX_QUERY_WORDS = 16;

/** How closely a word of the text matches a query word. */
const EXACT = 3;
const ENDING = 2;
const FORM = 1;

function match(queryWord: string, textWord: string, sameForm: SameForm): number {
  if (queryWord === textWord) return EXACT;
  if (sharesStart(queryWord, textWord)) return ENDING;
  return sameForm(queryWord, textWord) ? FORM : 0;
}

/** The words that carry meaning: stop words aside, unless nothing else is left. */
function meaningful(list: readonly string[]): string[] {
  const kept = list.filter((word) => !STOP_WORDS.has(word));
  return kept.length > 0 ? kept : [...list];
}

/** The words of a text without the stop words the phrase lacks. */
const wordsFor = (text: string, phrase: readonly string[]) => words(text).filter((word) => !STOP_WORDS.has(word) || phrase.includes(word));

/** Sentences and list items: Pagefind ends every block with a full stop. */
const sentences = (text: string) => text.split(/(?<=[.!?;:])\s+/);

/** How well one section answers one phrase (a query or one of its rewrites). */
function fitPhrase(phrase: readonly string[], section: SectionText, sameForm: SameForm): SectionFit {
  const heading = wordsFor(section.heading, phrase);
  const parts = [heading, ...sentences(section.text).map((sentence) => wordsFor(sentence, phrase))].filter((part) => part.length > 0);
  const best = (word: string, list: readonly string[]) => list.reduce((most, w) => Math.max(most, match(word, w, sameForm)), 0);
  const inSection = phrase.map((word) => parts.reduce((most, part) => Math.max(most, best(word, part)), 0));
  const isPhrase = (part: readonly string[]) => part.length === phrase.length && part.every((w, i) => match(phrase[i]!, w, sameForm) >= ENDING);
  const pairs = phrase.slice(1).map((word, i) => [phrase[i]!, word] as const);
  const together = pairs.filter(([a, b]) =>
    parts.some((part) => part.some((w, i) => i + 1 < part.length && match(a, w, sameForm) >= FORM && match(b, part[i + 1]!, sameForm) >= FORM)),
  );
  return {
    item: parts.some(isPhrase) ? 1 : 0,
    heading: phrase.filter((word) => best(word, heading) >= ENDING).length / phrase.length,
    found: inSection.filter((m) => m >= FORM).length / phrase.length,
    adjacent: pairs.length === 0 ? 0 : together.length / pairs.length,
    exact: inSection.filter((m) => m === EXACT).length / phrase.length,
  };
}

/**
 * Returns how well a section answers a query given as its variants (what was typed and its
 * rewrites, e.g. `["kemlu", "kementerian luar negeri"]`): the best fit of any variant.
 */
export function sectionFit(variants: readonly string[], section: SectionText, sameForm: SameForm = () => false): SectionFit {
  return variants
    .map((variant) => meaningful(words(variant)).slice(0, MAX_QUERY_WORDS))
    .filter((phrase) => phrase.length > 0)
    .map((phrase) => fitPhrase(phrase, section, sameForm))
    .reduce((best, fit) => (compareFit(fit, best) < 0 ? fit : best), NO_FIT);
}

/**
 * Returns the indices of `sections`, the one that best answers the query first; sections that
 * answer equally keep their order, so the caller's order (Pagefind's) breaks ties:
 * `(["mengelola anggaran"], [Ekspektasi: "…pengelola…", Tugas utama: "…mengelola anggaran…"])` → `[1, 0]`.
 */
export function rankSections(variants: readonly string[], sections: readonly SectionText[], sameForm?: SameForm): number[] {
  const fits = sections.map((section) => sectionFit(variants, section, sameForm));
  return fits.map((_, i) => i).sort((a, b) => compareFit(fits[a]!, fits[b]!) || a - b);
}
