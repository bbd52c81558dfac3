/**
 * Which professions to offer in "Bandingkan dengan …". A stand-in until the relatedness function
 * lands: professions the text itself compares with come first, then the rest alphabetically.
 */
import { sortByTitle } from '../sort-by-title';

/** What the suggestion needs to know of a profession. */
export interface Comparable {
  slug: string;
  title: string;
  /** Professions its text compares it with, as written ("diplomat"). */
  similar?: readonly string[];
}

const normalize = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** Returns whether a name as the text writes it ("pejabat pemerintah") names this title, word for word. */
export function namesTitle(name: string, title: string): boolean {
  const [n, t] = [normalize(name), normalize(title)];
  return n.trim() !== '' && (t.includes(n) || n.includes(t));
}

/**
 * Returns the other professions, those named in `current.similar` first (in the text's order),
 * then the rest by title: ("diplomat", [Diplomat Muda, Analis]) → [Diplomat Muda, Analis].
 */
export function suggestComparisons<T extends Comparable>(current: Comparable, all: readonly T[]): T[] {
  const others = sortByTitle(all.filter((p) => p.slug !== current.slug));
  const named = (current.similar ?? []).flatMap((name) => others.filter((p) => namesTitle(name, p.title)));
  const first = [...new Set(named)];
  return [...first, ...others.filter((p) => !first.includes(p))];
}
