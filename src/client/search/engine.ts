/**
 * The one search both UIs use: loads Pagefind on first use, rewrites the query with the synonym
 * table and the English words, adds the other forms of its words from the word-form table, runs the
 * variants, merges them and returns hits ready to render.
 */
import { expandQuery, normalizeQuery, SYNONYMS } from '../../core/search/synonyms';
import { pagefindPath, wordDataPath } from '../../routes';
import { mergeResults, promoteTitleMatches, relaxedTerms, sumResults, toHit, type PagefindResultData, type SearchHit } from '../../core/search/results';
import { queryLetters, type WordData } from '../../core/search/word-data';
import { chunksFor, formQueries, lookupWords, otherForms, type WordFormTable } from '../../core/search/word-forms';
import { STOP_WORDS } from '../../core/text/stop-words';

interface PagefindResult {
  id: string;
  score: number;
  /** Where on the page the search's words were found: word positions in its content. */
  words: number[];
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

/** How long typing must pause before a search runs. */
export const DEBOUNCE_MS = 120;
const MAX_SECTIONS = 3;

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind on first use only, so pages where nobody searches never fetch it. */
export function loadPagefind(): Promise<Pagefind> {
  // A variable URL keeps the bundler from resolving a file that exists only after the build.
  const url = pagefindPath('pagefind.js');
  pagefind ??= import(/* @vite-ignore */ url)
    .then(async (module: Pagefind) => {
      // Pagefind indexed dist/ with paths from its root. Its `baseUrl`, put in front of every result's
      // URL, defaults to the folder its bundle was loaded from, the base path (tests/e2e/sub-path.test.ts).
      // noWorker: Pagefind 1.5 would fetch a second copy of its search code (12 KB compressed) to run
      // it in a Web Worker; an index of a few hundred professions is searched in a few milliseconds on
      // the page's own thread, and the first search stays within its 100 KB.
      await module.options({ excerptLength: 24, noWorker: true });
      await module.init();
      return module;
    })
    .catch((error: unknown) => {
      // Offline before Pagefind was ever kept: the next search, back online, tries again.
      pagefind = undefined;
      throw error;
    });
  return pagefind;
}

const letters = new Map<string, Promise<WordData>>();
const NO_DATA: WordData = { forms: {}, english: [] };

/** Fetches one letter's word data once; a failed fetch is no data (the search goes on without it). */
function wordData(letter: string): Promise<WordData> {
  let data = letters.get(letter);
  if (!data) {
    data = fetch(wordDataPath(letter))
      .then((response) => (response.ok ? (response.json() as Promise<WordData>) : NO_DATA))
      .catch(() => {
        // Offline or cut off: this search goes on without it, the next one asks again.
        letters.delete(letter);
        return NO_DATA;
      });
    letters.set(letter, data);
  }
  return data;
}

/** The query and its rewrites by the synonyms and by the English rules of its words' letters. */
async function variantsOf(query: string): Promise<string[]> {
  const data = await Promise.all(queryLetters(normalizeQuery(query)).map(wordData));
  return expandQuery(query, [...SYNONYMS, ...data.flatMap((d) => d.english)]);
}

/** The other forms the texts use of each word of the query's variants: `{ memantau: ["pemantauan"] }`. */
async function formsOfWords(variants: readonly string[]): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    lookupWords(variants, (word) => STOP_WORDS.has(word)).map(async (word) => {
      const data = await Promise.all(chunksFor(word).map(wordData));
      return [word, otherForms(word, Object.assign({}, ...data.map((d) => d.forms)) as WordFormTable)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * How much a match through another form of a word counts beside the form typed: enough to find the
 * page, not enough to pass a page with the very word.
 */
const FORM_WEIGHT = 0.5;

/**
 * The results whose text can be read: all of them online; offline, those whose Pagefind fragment the
 * service worker kept (asking for another would fail, and the browser would log the failure).
 */
async function kept(results: PagefindResult[]): Promise<PagefindResult[]> {
  if (navigator.onLine || !('caches' in self)) return results;
  const found = await Promise.all(results.map((result) => caches.match(pagefindPath(`fragment/${result.id}.pf_fragment`)).then(Boolean, () => false)));
  return results.filter((_, i) => found[i]);
}

/** A page's hits for a query: every page that matches, best first; `limit` of them with data. */
export interface SearchAnswer {
  query: string;
  total: number;
  hits: SearchHit[];
  /** Offline: pages found whose text was never kept, so they are left out. */
  missedOffline: number;
}

/** Runs one search now: the query, its rewrites and the other forms of its words, merged. */
export async function searchNow(query: string, limit: number): Promise<SearchAnswer> {
  const engineLoaded = loadPagefind();
  // The letters of the typed words' roots load while the English rules do: one round trip, not two.
  for (const word of lookupWords([normalizeQuery(query)], (w) => STOP_WORDS.has(w))) chunksFor(word).forEach((letter) => void wordData(letter));
  const variants = await variantsOf(query);
  const [engine, forms] = await Promise.all([engineLoaded, formsOfWords(variants)]);
  const run = (terms: string[]) => Promise.all(terms.map(async (term) => (await engine.search(term)).results));
  const weigh = (lists: PagefindResult[][]) => lists.map((list) => list.map((result) => ({ ...result, data: result.data, score: result.score * FORM_WEIGHT })));
  // Pagefind wants every word on the page. Pages with only some of the words follow those with
  // all of them, ranked by the words they have, so a query with one unlucky word still finds pages.
  const multiWord = variants.some((variant) => variant.includes(' '));
  const terms = multiWord ? relaxedTerms(variants) : [];
  const [all, other, some] = await Promise.all([run(variants), run(formQueries(variants, forms)), run(terms)]);
  const merged = mergeResults([...all, ...weigh(other)]);
  const seen = new Set(merged.map((result) => result.id));
  merged.push(...sumResults(some).filter((result) => !seen.has(result.id)));
  // Each word searched alone tells where on a page Pagefind found it, in whatever form: the
  // section order needs to know which word each place matched.
  const alone: [string, PagefindResult[]][] = [
    ...variants.flatMap((variant, i) => (variant.includes(' ') ? [] : [[variant, all[i]!] as [string, PagefindResult[]]])),
    ...terms.map((term, i) => [term, some[i]!] as [string, PagefindResult[]]),
  ];
  const locations = (id: string) => new Map(alone.map(([term, results]) => [term, results.find((result) => result.id === id)?.words ?? []]));
  const shown = await kept(merged);
  // Offline with pages found whose text was never fetched: the callers say the reader is offline.
  if (shown.length === 0 && merged.length > 0) throw new Error('offline: no result was kept for reading offline');
  const top = shown.slice(0, limit);
  const data = await Promise.all(top.map((result) => result.data()));
  const hits = promoteTitleMatches(
    data.map((d, i) => toHit(d, MAX_SECTIONS, { variants, locations: locations(top[i]!.id) })),
    variants,
  );
  return { query, total: shown.length, hits, missedOffline: merged.length - shown.length };
}

/**
 * Returns a search function that waits for typing to pause, and answers null when a newer call
 * superseded it, so a slow answer never overwrites a newer one. Marks `search:start` and lets the
 * caller mark `search:rendered`, which `npm run bench` reads.
 */
export function debouncedSearcher(limit: number, ms = DEBOUNCE_MS): (query: string) => Promise<SearchAnswer | null> {
  let latest = 0;
  return async (query) => {
    const id = ++latest;
    void loadPagefind().then((engine) => engine.preload(query));
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (id !== latest) return null;
    performance.mark('search:start');
    const answer = await searchNow(query, limit);
    return id === latest ? answer : null;
  };
}
