/** Pairing the expectation-vs-reality part into { expectation, reality } pairs. */
import { EXPECTATION_STARTS, REALITY_INSIDE, REALITY_STARTS } from './cues';
import { phrasesPattern, phrasesSource } from './phrases';

const REALITY_START = phrasesPattern(REALITY_STARTS, 'start', 'i');
/** A reality starting inside a sentence, after a comma or semicolon; group 1 ends the expectation. */
const REALITY_SPLIT = new RegExp(`^(.+?[,;])\\s+(${phrasesSource(REALITY_INSIDE)}\\b.*)$`, 'i');
const EXPECTATION_START = phrasesPattern(EXPECTATION_STARTS, 'start', 'i');

/** One misconception and the reality that answers it, each as the sentences written. */
export interface SentencePair {
  expectation: string[];
  reality: string[];
}

/** A run of the expectation part: a pair, or a sentence that answers nothing and is asked nothing. */
export type PairOrSentence = { pair: SentencePair } | { sentence: string };

/**
 * Returns the sentences of the expectation part grouped into pairs. A sentence splits where a
 * reality starts inside it ("…, padahal realitanya …"); a sentence opening with a reality cue
 * ("Realita: …", "Namun, realitanya …") answers the open expectation; other sentences continue the
 * side they follow. An expectation nobody answers stays a plain sentence.
 */
export function pairExpectations(sentences: readonly string[]): PairOrSentence[] {
  const runs: PairOrSentence[] = [];
  let open: SentencePair | undefined;
  const close = () => {
    if (open && open.reality.length === 0) runs.push(...open.expectation.map((sentence) => ({ sentence })));
    else if (open) runs.push({ pair: open });
    open = undefined;
  };

  for (const sentence of sentences) {
    const inside = REALITY_SPLIT.exec(sentence);
    if (REALITY_START.test(sentence) && open) {
      open.reality.push(sentence);
    } else if (inside && !REALITY_START.test(sentence)) {
      close();
      open = { expectation: [inside[1]!], reality: [inside[2]!] };
    } else if (EXPECTATION_START.test(sentence) || !open) {
      close();
      open = { expectation: [sentence], reality: [] };
    } else if (open.reality.length > 0) {
      open.reality.push(sentence);
    } else {
      open.expectation.push(sentence);
    }
  }
  close();
  return runs;
}
