/** Finding a profession's name in prose and writing it as a title. */
import { NOT_A_NAME, TITLE_CUES, TITLE_SMALL_WORDS } from './cues';

/** A profession name found in a sentence, with the cue that found it. */
export interface NameMatch {
  /** The name as written in the text, e.g. "pejabat pemerintah di Kementerian Luar Negeri". */
  name: string;
  /** Which title cue matched. */
  cue: string;
}

const MAX_NAME_WORDS = 12;

/** Returns the profession name a sentence states through a title cue, or `undefined`. */
export function findName(sentence: string, cueIndex: number): NameMatch | undefined {
  const cue = TITLE_CUES[cueIndex]!;
  const name = cue.pattern.exec(sentence)?.[1]?.trim().replace(/[\s,;:]+$/, '');
  if (!name || NOT_A_NAME.test(name)) return undefined;
  const words = name.split(/\s+/).length;
  if (words > MAX_NAME_WORDS) return undefined;
  return { name, cue: cue.name };
}

/**
 * Returns the strongest name among sentences: every sentence is tried with the first cue, then
 * with the second, and so on, so "tipe pekerjaan X adalah" anywhere beats "di bidang X" first.
 */
export function inferName(sentences: readonly { text: string; line: number; section?: string }[]):
  | (NameMatch & { line: number })
  | undefined {
  for (let i = 0; i < TITLE_CUES.length; i++) {
    for (const s of sentences) {
      if (TITLE_CUES[i]!.overviewOnly && s.section !== undefined && s.section !== 'overview') continue;
      const found = findName(s.text, i);
      if (found) return { ...found, line: s.line };
    }
  }
  return undefined;
}

/**
 * Returns a name in Indonesian title case: "asisten menteri kerjasama luar negeri" →
 * "Asisten Menteri Kerjasama Luar Negeri"; small words stay lower case, acronyms stay as written.
 */
export function toTitleCase(name: string): string {
  return name
    .split(/\s+/)
    .map((word, i) => {
      if (i > 0 && TITLE_SMALL_WORDS.has(word.toLowerCase())) return word.toLowerCase();
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

/** Returns the text with its first letter upper-cased ("pejabat …" → "Pejabat …"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
