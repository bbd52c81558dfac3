/** Structured facts read out of a profile's sentences: compared professions and inline lists. */
import { INLINE_LIST_LEADS, SIMILAR_CUES, type SimilarCue } from './cues';
import { phrasesSource } from './phrases';

/** Compiles a cue into a pattern whose group 1 is the names, up to punctuation or a word of `until`. */
function similarPattern(cue: SimilarCue): RegExp {
  const notName = cue.notNames ? `(?!${phrasesSource(cue.notNames)})` : '';
  return new RegExp(`\\b${phrasesSource(cue.before)} ${notName}(.+?)(?=[,.;:]| ${phrasesSource(cue.until)}|$)`, 'i');
}

const SIMILAR = SIMILAR_CUES.map(similarPattern);
/** A colon or a lead phrase before an inline list; group 1 is the list. */
const INLINE_LIST_LEAD = new RegExp(`(?::|\\b${phrasesSource(INLINE_LIST_LEADS)})\\s+(.+)$`, 'i');
const SEPARATOR = /\s*,\s*|\s*;\s*/;
const LEADING_JOIN = /^(dan|atau|serta|maupun)\s+/i;

/**
 * Returns the professions the sentences compare the job with, as written, without duplicates:
 * "… berbeda dengan profesi diplomat atau pekerja kemanusiaan." → ["diplomat", "pekerja kemanusiaan"].
 */
export function findSimilar(sentences: readonly string[], ownTitle: string): string[] {
  const found: string[] = [];
  for (const sentence of sentences) {
    for (const cue of SIMILAR) {
      const names = cue.exec(sentence)?.[1];
      if (!names) continue;
      for (const name of names.split(/\s+(?:atau|dan|maupun)\s+|\s*,\s*/)) {
        const clean = name.replace(/^(profesi|pekerjaan|seorang|para)\s+/i, '').trim();
        const words = clean.split(/\s+/).length;
        if (!clean || words > 5 || /^(yang\b|(ini|itu|mereka|profesi|pekerjaan|lain|lainnya)$)/i.test(clean)) continue;
        if (clean.toLowerCase() === ownTitle.toLowerCase()) continue;
        if (!found.some((f) => f.toLowerCase() === clean.toLowerCase())) found.push(clean);
      }
    }
  }
  return found;
}

/**
 * Returns the items of a list written inside a sentence:
 * "Jurusan yang mendukung antara lain Hukum, Ekonomi, dan Ilmu Politik." → ["Hukum", "Ekonomi", "Ilmu Politik"].
 * A sentence without a list (no comma) gives an empty array.
 */
export function splitInlineList(sentence: string): string[] {
  const body = (INLINE_LIST_LEAD.exec(sentence)?.[1] ?? sentence).replace(/[.!;]+$/, '');
  if (!/[,;]/.test(body)) return [];
  return body
    .split(SEPARATOR)
    .map((item) => item.replace(LEADING_JOIN, '').trim())
    .filter((item) => item.length > 0 && item.split(/\s+/).length <= 8);
}

/** Returns a list item as data: trailing punctuation removed ("Parlemen;" → "Parlemen"). */
export function cleanItem(item: string): string {
  return item.replace(/[\s.,;:]+$/, '').trim();
}
