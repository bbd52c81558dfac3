/**
 * Pure helpers that turn Pagefind's answers into what the search UIs show: merged, ranked results
 * whose links land on the matching section with the matched words highlighted.
 */

import { withHighlight } from '../routes';
import { decodeEntities } from '../text/entities';
import { STOP_WORDS } from '../text/stop-words';
import { words } from '../text/words';
import { rankSections, type SameForm, type SectionText } from './section-rank';

/** The part of a Pagefind search result needed before loading its data. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** A heading of a page as Pagefind records it: where its words start in the page's `content`. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** The index of the heading's first word among the page's words (`content` split at white space). */
  location: number;
}

/** A Pagefind sub-result: one heading's section of a page (the page's top has no anchor). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/** The fields of a Pagefind result's data that the UIs use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string; image?: string };
  sub_results: PagefindSubResult[];
  /** The page's indexed text, every heading and block ending with a full stop. */
  content?: string;
  anchors?: PagefindAnchor[];
}

/**
 * What a result's sections are ranked against: the query's variants (as typed and rewritten) and,
 * for each word searched alone, where Pagefind found it on this page (its own forms of the word).
 */
export interface SectionQuery {
  variants: readonly string[];
  locations?: ReadonlyMap<string, readonly number[]>;
}

/** A section of a result, ready to render: heading, excerpt (HTML with <mark>), landing URL. */
export interface SectionHit {
  title: string;
  excerpt: string;
  url: string;
}

/** A result ready to render. */
export interface SearchHit {
  title: string;
  summary: string;
  url: string;
  excerpt: string;
  sections: SectionHit[];
}

/**
 * Merges the result lists of several queries (a query and its synonym rewrites): one entry per
 * page with its best score, best first. Ties keep the order of the first list.
 */
export function mergeResults<T extends ScoredResult>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const result of list) {
      const seen = best.get(result.id);
      if (!seen || result.score > seen.score) best.set(result.id, result);
    }
  }
  const order = [...best.keys()];
  return [...best.values()].sort((a, b) => b.score - a.score || order.indexOf(a.id) - order.indexOf(b.id));
}

/**
 * Sums the result lists of single-word searches: a page matching more of the words, or rarer ones,
 * ranks higher. Ranks the pages that have only some of a query's words (Pagefind requires all).
 */
export function sumResults<T extends ScoredResult>(lists: readonly (readonly T[])[]): T[] {
  const total = new Map<string, T>();
  for (const list of lists) {
    for (const result of list) {
      const seen = total.get(result.id);
      total.set(result.id, seen ? { ...seen, score: seen.score + result.score } : result);
    }
  }
  return [...total.values()].sort((a, b) => b.score - a.score);
}

/**
 * The words of a query's variants worth searching one by one, each once:
 * `["kerja di pbb", "kerja di organisasi internasional"]` → `["pbb", "organisasi", "internasional"]`.
 */
export function relaxedTerms(variants: readonly string[]): string[] {
  const terms = variants.flatMap((variant) => variant.split(' '));
  return [...new Set(terms)].filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

/** Returns the words Pagefind marked in an excerpt, lower case, each once: the page's own spelling. */
export function markedWords(excerptHtml: string): string[] {
  const marked = [...excerptHtml.matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) => decodeEntities(m[1]!).toLocaleLowerCase('id'));
  return [...new Set(marked.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean))];
}

/** Two words are the same word, give or take an ending: "pengelola" ~ "pengelolaan". */
const sameWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));

/**
 * True when every word of one of the query's variants (stopwords aside) is in the title:
 * `("Pejabat Pemerintah di Kementerian Luar Negeri", ["pejabat"])` → true.
 */
export function titleMatches(title: string, variants: readonly string[]): boolean {
  const titleWords = words(title);
  return variants.some((variant) => {
    const queryWords = words(variant).filter((word) => !STOP_WORDS.has(word));
    return queryWords.length > 0 && queryWords.every((word) => titleWords.some((t) => sameWord(t, word)));
  });
}

/**
 * Puts the hits whose title has every word of the query first, keeping the order otherwise. The
 * title outranks the text: Pagefind's weights alone can rank a page that mentions "pejabat" three
 * times above "Pejabat Pemerintah di …".
 */
export function promoteTitleMatches<T extends { title: string }>(hits: readonly T[], variants: readonly string[]): T[] {
  const matches = hits.filter((hit) => titleMatches(hit.title, variants));
  return [...matches, ...hits.filter((hit) => !matches.includes(hit))];
}

/**
 * Drops a section's heading from the start of its excerpt, where Pagefind leaves it and the result
 * already shows it: `("Tugas utama. Tugas utama meliputi …", "Tugas utama")` → `"Tugas utama meliputi …"`.
 */
export function dropLeadingTitle(excerptHtml: string, title: string): string {
  const lead = `${title}.`;
  if (!title || !excerptHtml.startsWith(lead)) return excerptHtml;
  return excerptHtml.slice(lead.length).trimStart() || excerptHtml;
}

const sectionScore = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** Pagefind's word positions count the words of `content` split at white space. */
const contentWords = (content: string) => content.split(/\s+/);

/**
 * Returns the texts of a page's sections from its Pagefind content: for each anchor, the words
 * from its heading's end to the next heading. `("A. Tugas. Satu. Dua. Cocok. Tiga.", [Tugas@1, Cocok@4])`
 * → `[{ heading: "Tugas", text: "Satu. Dua." }, { heading: "Cocok", text: "Tiga." }]`.
 */
export function sectionTexts(content: string, anchors: readonly PagefindAnchor[]): SectionText[] {
  const all = contentWords(content);
  const starts = anchors.map((anchor) => anchor.location).sort((a, b) => a - b);
  return anchors.map((anchor) => {
    const heading = anchor.text ?? '';
    const from = anchor.location + heading.split(/\s+/).filter(Boolean).length;
    const to = starts.find((start) => start > anchor.location) ?? all.length;
    return { heading, text: all.slice(from, to).join(' ') };
  });
}

/**
 * Returns the forms of the query's words that Pagefind's stemmer found on a page: the page's words
 * at the positions each word searched alone matched. `("Mengelola. Pengelola.", {mengelola: [0, 1]})`
 * tells that "pengelola" is a form of "mengelola".
 */
export function pagefindForms(content: string, locations: ReadonlyMap<string, readonly number[]>): SameForm {
  const all = contentWords(content);
  const pairs = new Set<string>();
  for (const [term, places] of locations) {
    for (const place of places) for (const word of words(all[place] ?? '')) pairs.add(`${term} ${word}`);
  }
  return (queryWord, textWord) => pairs.has(`${queryWord} ${textWord}`);
}

/**
 * Returns a result's sections that have an anchor, the one that best answers the query first
 * (`rankSections`); without the page's content, in Pagefind's order of section scores.
 */
function rankedSubResults(data: PagefindResultData, query: SectionQuery): PagefindSubResult[] {
  const subs = data.sub_results
    .filter((sub) => sub.url.includes('#'))
    .map((sub, index) => ({ sub, index, score: sectionScore(sub) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ sub }) => sub);
  if (!data.content || query.variants.length === 0 || subs.some((sub) => !sub.anchor)) return subs;
  const headings = (data.anchors ?? subs.map((sub) => sub.anchor!)).filter((anchor) => /^h\d$/i.test(anchor.element) && anchor.text?.trim());
  const texts = sectionTexts(data.content, headings);
  const textOf = (sub: PagefindSubResult) =>
    texts[headings.findIndex((anchor) => anchor.location === sub.anchor!.location)] ?? { heading: sub.title, text: '' };
  const order = rankSections(query.variants, subs.map(textOf), pagefindForms(data.content, query.locations ?? new Map()));
  return order.map((i) => subs[i]!);
}

/**
 * Turns a result's data into a hit: its sections that have an anchor, the one that best answers
 * the query first, at most `maxSections`, each linking to its anchor with the words it matched
 * highlighted. The result's own link goes to the first section too, unless the query names the
 * profession: then to the page's top.
 */
export function toHit(data: PagefindResultData, maxSections: number, query: SectionQuery = { variants: [] }): SearchHit {
  const title = data.meta.title ?? data.url;
  const sections = rankedSubResults(data, query)
    .slice(0, maxSections)
    .map((sub) => ({ title: sub.title, excerpt: dropLeadingTitle(sub.excerpt, sub.title), url: withHighlight(sub.url, markedWords(sub.excerpt)) }));
  const first = sections[0];
  return {
    title,
    summary: data.meta.summary ?? '',
    url: first && query.variants.length > 0 && !titleMatches(title, query.variants) ? first.url : withHighlight(data.url, markedWords(data.excerpt)),
    excerpt: data.excerpt,
    sections,
  };
}
