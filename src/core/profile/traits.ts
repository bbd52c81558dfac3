/** Splitting "who fits" and "who does not fit" sentences into single traits a reader can tick. */
import { TRAIT_LEADS, TRAIT_STARTS, TRAIT_TAIL } from './cues';
import { phrasesPattern, phrasesSource } from './phrases';
import { capitalize } from './title';

const TRAIT_START = phrasesPattern(TRAIT_STARTS, 'start', 'i');
/** The lead phrases, each with what may stand before it: anything (cut too), or nothing. */
const TRAIT_LEAD = TRAIT_LEADS.map(({ at, phrases }) => new RegExp(`^${at === 'anywhere' ? '.*?\\b' : ''}${phrasesSource(phrases)}\\s+`, 'i'));
const CLAUSE_BREAK = /\s*,\s*(?:dan|serta|atau)?\s*|\s+(?:dan|serta)\s+/gi;

/**
 * Returns the single traits a sentence lists, each a whole statement:
 * "Orang yang tidak cocok … adalah mereka yang tidak memiliki X, kurang memiliki Y, serta keberatan Z."
 * → ["Tidak memiliki X", "Kurang memiliki Y", "Keberatan Z"]. A clause that does not open with a
 * trait word ("kesabaran yang tinggi") stays with the trait before it, so no fragment stands alone.
 */
export function splitTraits(sentence: string): string[] {
  let body = sentence.replace(/[.!?]+$/, '').trim();
  for (const tail of TRAIT_TAIL) body = body.replace(tail, '');
  const lead = TRAIT_LEAD.find((pattern) => pattern.test(body));
  if (lead) body = body.replace(lead, '');

  const traits: string[] = [];
  let last = 0;
  for (const match of body.matchAll(CLAUSE_BREAK)) {
    const next = body.slice(match.index + match[0].length);
    if (!TRAIT_START.test(next)) continue;
    traits.push(body.slice(last, match.index));
    last = match.index + match[0].length;
  }
  traits.push(body.slice(last));
  return traits.map((t) => capitalize(t.replace(/^(dan|serta|atau|juga)\s+/i, '').trim())).filter((t) => t.length > 2);
}

/** Returns the traits of all sentences of a part, without duplicates, in text order. */
export function extractTraits(sentences: readonly string[]): string[] {
  const seen = new Set<string>();
  return sentences.flatMap(splitTraits).filter((trait) => {
    const key = trait.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
