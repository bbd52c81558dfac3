/**
 * Whether a title can name a page: the page address (`/profesi/<slug>/`) and the generated files
 * are made from its Latin letters and digits, so a title must have some, lose none, and be short
 * enough for a heading and a file name.
 */
import { slugify } from '../slug';

/** The longest title (in characters): a page heading, a search result and a file name must hold it. */
export const MAX_TITLE_CHARS = 100;
/** The longest slug; a title within MAX_TITLE_CHARS gives one unless letters expand (ligatures). */
export const MAX_SLUG_CHARS = 100;

/** Returns what is wrong with a title as a page's name, in words a writer can act on, or `undefined`. */
export function titleProblem(title: string, slug: string): string | undefined {
  const chars = [...title];
  if (chars.length > MAX_TITLE_CHARS || slug.length > MAX_SLUG_CHARS) {
    return `the title is ${chars.length} characters long ("${chars.slice(0, 40).join('')}…"); a title may have at most ${MAX_TITLE_CHARS}, since it names the page and its address: shorten it, or put a shorter title on the first line`;
  }
  if (slug === '') {
    return `the title "${title}" has no Latin letters or digits to make the page address from; add a name in Latin letters to the title line (e.g. "Pengembang Perangkat Lunak")`;
  }
  const lost = [...new Set(chars.filter((ch) => /[\p{L}\p{N}]/u.test(ch) && slugify(ch) === ''))];
  if (lost.length > 0) {
    const shown =
      lost
        .slice(0, 5)
        .map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
        .join(', ') + (lost.length > 5 ? ', …' : '');
    return `the title "${title}" mixes Latin letters with letters the page address cannot hold: ${shown}; the address "${slug}" would lose them — write the title in Latin letters only (a look-alike letter from another alphabet is a common cause)`;
  }
  return undefined;
}
