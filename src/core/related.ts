/**
 * Which professions are related to which: by the professions a text compares itself with, by
 * mentions of another profession's title, by shared majors and by shared subject words in the
 * titles. Pure, and built on inverted indexes so that it stays near-linear as the list grows.
 */
import { NOT_SUBJECT_WORDS } from './text/stop-words';
import { words } from './text/words';

/** What relatedness needs to know about one profession. */
export interface RelatedInput {
  slug: string;
  title: string;
  /** Supporting majors, as listed in the text. */
  majors: readonly string[];
  /** The profession's text, plain (no markup); mentions of other titles are found in it. */
  text: string;
  /** Names of professions the text compares itself with (frontmatter `similar`, when present). */
  similar?: readonly string[];
}

/** Why two professions are related, strongest first. */
export type RelatedReason = { kind: 'compared' } | { kind: 'mentioned' } | { kind: 'majors'; shared: string[] } | { kind: 'subject'; shared: string[] };

/** A related profession, with its score and the reasons behind it. */
export interface RelatedProfession {
  slug: string;
  title: string;
  score: number;
  reasons: RelatedReason[];
}

/** Options of `relatedProfessions`. */
export interface RelatedOptions {
  /** Most related professions kept per profession (default 4). */
  limit?: number;
  /**
   * A major or subject word shared by more professions than this is skipped (default 40): it tells
   * little, and a cap that grew with the list would make the work quadratic.
   */
  maxShared?: number;
}

const WEIGHT = { compared: 6, mentioned: 3, major: 2, subject: 1 } as const;

/** Words after which a title narrows its head noun: "Pejabat Pemerintah | di Kementerian …". */
const NARROWING = new Set(['di', 'dalam', 'pada', 'untuk', 'bagi', 'dari']);

/** Returns the subject words of a title: "Koordinator Pertemuan Politik" → koordinator, pertemuan, politik. */
export function subjectWords(title: string): string[] {
  return [...new Set(words(title).filter((w) => w.length > 2 && !NOT_SUBJECT_WORDS.has(w)))];
}

/**
 * Returns the head of a title, the words before it narrows, when that is shorter than the title and
 * at least two words: "Pejabat Pemerintah di Kementerian Luar Negeri" → "pejabat pemerintah".
 */
export function titleHead(title: string): string | undefined {
  const w = words(title);
  const cut = w.findIndex((word) => NARROWING.has(word));
  return cut >= 2 ? w.slice(0, cut).join(' ') : undefined;
}

/** A node of a trie of titles' lower-case words: the items whose title ends here, and the words that continue. */
export interface TitleTrie<T> {
  items: T[];
  next: Map<string, TitleTrie<T>>;
}

/**
 * Returns items as a trie of their titles' words (see `words`). Matching a text then walks from each
 * word only as far as some title continues: the cost does not grow with the number of titles, even
 * when many share their first words ("Analis Kebijakan …").
 */
export function titleTrie<T>(items: readonly T[], title: (item: T) => string): TitleTrie<T> {
  const root: TitleTrie<T> = { items: [], next: new Map() };
  for (const item of items) {
    const w = words(title(item));
    if (w.length === 0) continue;
    let node = root;
    for (const word of w) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { items: [], next: new Map() }));
      node = child;
    }
    node.items.push(item);
  }
  return root;
}

/**
 * Returns a finder of the given titles in texts: it returns the titles that occur as whole words in
 * a text (case-insensitive), walking the text once over a trie of the titles. Build it once, use it
 * on every text.
 */
export function mentionFinder(titles: readonly string[]): (text: string) => Set<string> {
  const root = titleTrie(titles, (title) => title);
  return (text) => {
    const found = new Set<string>();
    const textWords = words(text);
    for (let i = 0; i < textWords.length; i++) {
      for (let node = root.next.get(textWords[i]!), j = i + 1; node; node = node.next.get(textWords[j++]!)) {
        for (const title of node.items) found.add(title);
      }
    }
    return found;
  };
}

/** Returns a map from each key to the slugs that carry it. */
function invert(items: readonly RelatedInput[], keys: (item: RelatedInput) => string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const slugs = index.get(key) ?? [];
      slugs.push(item.slug);
      index.set(key, slugs);
    }
  }
  return index;
}

/**
 * Returns, for every profession, its most related other professions, best first (ties by title
 * order of the input). Two professions are related when one's text names the other (as a mention
 * of its title, or in `similar`), when they share majors, or when their titles share subject words.
 */
export function relatedProfessions(items: readonly RelatedInput[], { limit = 4, maxShared = 40 }: RelatedOptions = {}): Map<string, RelatedProfession[]> {
  const bySlug = new Map(items.map((item, order) => [item.slug, { item, order }]));
  const findTitles = mentionFinder(items.map((i) => i.title));
  const slugOfTitle = new Map(items.map((i) => [words(i.title).join(' '), i.slug]));
  const majorKey = (m: string) => words(m).join(' ');
  const majorIndex = invert(items, (i) => i.majors.map(majorKey));
  const subjectIndex = invert(items, (i) => subjectWords(i.title));

  // Comparisons go both ways: if A's text names B, B's page also points to A.
  const compared = new Map<string, Set<string>>(items.map((i) => [i.slug, new Set()]));
  for (const item of items) {
    const named = [...findTitles(item.text), ...(item.similar ?? [])];
    for (const name of named) {
      const other = slugOfTitle.get(words(name).join(' '));
      if (!other || other === item.slug) continue;
      compared.get(item.slug)!.add(other);
      compared.get(other)!.add(item.slug);
    }
  }

  // A mention of a title's head ("pejabat pemerintah") relates more loosely, one way only.
  const slugOfHead = new Map<string, string>();
  for (const item of items) {
    const head = titleHead(item.title);
    if (head) slugOfHead.set(head, item.slug);
  }
  const findHeads = mentionFinder([...slugOfHead.keys()]);

  const result = new Map<string, RelatedProfession[]>();
  for (const item of items) {
    const found = new Map<string, RelatedProfession>();
    const entry = (slug: string) => {
      let r = found.get(slug);
      if (!r) found.set(slug, (r = { slug, title: bySlug.get(slug)!.item.title, score: 0, reasons: [] }));
      return r;
    };
    for (const other of compared.get(item.slug)!) {
      const r = entry(other);
      r.score += WEIGHT.compared;
      r.reasons.push({ kind: 'compared' });
    }
    for (const head of findHeads(item.text)) {
      const other = slugOfHead.get(head)!;
      if (other === item.slug || compared.get(item.slug)!.has(other)) continue;
      const r = entry(other);
      r.score += WEIGHT.mentioned;
      r.reasons.push({ kind: 'mentioned' });
    }
    const share = (kind: 'majors' | 'subject', index: Map<string, string[]>, keys: [key: string, label: string][], weight: number) => {
      for (const [key, label] of keys) {
        const slugs = index.get(key) ?? [];
        if (slugs.length > maxShared) continue;
        for (const other of slugs) {
          if (other === item.slug) continue;
          const r = entry(other);
          r.score += weight;
          const reason = r.reasons.find((x) => x.kind === kind) as { shared: string[] } | undefined;
          if (reason) reason.shared.push(label);
          else r.reasons.push({ kind, shared: [label] });
        }
      }
    };
    share('majors', majorIndex, [...new Map(item.majors.map((m) => [majorKey(m), m]))], WEIGHT.major);
    share(
      'subject',
      subjectIndex,
      subjectWords(item.title).map((w) => [w, w]),
      WEIGHT.subject,
    );
    for (const r of found.values()) {
      const subject = r.reasons.find((x) => x.kind === 'subject') as { shared: string[] } | undefined;
      if (subject) subject.shared = joinRuns(subject.shared, subjectWords(item.title));
    }
    const ranked = [...found.values()].sort((a, b) => b.score - a.score || bySlug.get(a.slug)!.order - bySlug.get(b.slug)!.order);
    result.set(item.slug, ranked.slice(0, limit));
  }
  return result;
}

/** Returns words that stand next to each other in `order` joined as phrases: [luar, negeri] → ["luar negeri"]. */
export function joinRuns(shared: readonly string[], order: readonly string[]): string[] {
  const set = new Set(shared);
  const runs: string[][] = [];
  order.forEach((word, i) => {
    if (!set.has(word)) return;
    if (i > 0 && set.has(order[i - 1]!) && runs.length > 0) runs.at(-1)!.push(word);
    else runs.push([word]);
  });
  return runs.map((run) => run.join(' '));
}

/** Returns the items before and after `slug` in a list (undefined at the ends or when absent). */
export function neighbours<T extends { slug: string }>(list: readonly T[], slug: string): { previous?: T; next?: T } {
  const at = list.findIndex((item) => item.slug === slug);
  if (at < 0) return {};
  return { previous: list[at - 1], next: list[at + 1] };
}
