/** Finding a profession's name in prose and writing it as a title. */
import { TITLE_SMALL_WORDS } from '../text/stop-words';
import { NAME_ENDS, NOT_A_NAME_ENDS, NOT_A_NAME_STARTS, TITLE_CUES, type TitleCue } from './cues';
import { phraseSource, phrasesSource } from './phrases';

/** A profession name found in a sentence, with the cue that found it. */
export interface NameMatch {
  /** The name as written in the text, e.g. "pejabat pemerintah di Kementerian Luar Negeri". */
  name: string;
  /** Which title cue matched. */
  cue: string;
}

const MAX_NAME_WORDS = 12;
/** What is not a name: it starts with a word of NOT_A_NAME_STARTS or with a word ending in "-nya", or ends with one of NOT_A_NAME_ENDS. */
const NOT_A_NAME = new RegExp(`^${phrasesSource(NOT_A_NAME_STARTS)}\\b|^\\S*nya\\b|\\b${phrasesSource(NOT_A_NAME_ENDS)}$`, 'i');
/** Words a writer may put between a cue phrase and the name: "Pekerjaan sebagai seorang …". */
const FILLERS = ['sebagai', 'seorang'];
/** A gloss in brackets after a name ("(political risk analyst)"): not part of the title. */
const GLOSS = /\s*\([^)]*\)/g;

const longestFirst = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length);

/** Compiles a cue's phrases into one pattern: before, the name (group 1), a gloss, after. */
export function cuePattern(cue: TitleCue): RegExp {
  if (cue.pattern) return cue.pattern;
  const phrases = longestFirst((cue.before ?? []).filter(Boolean)).map(phraseSource);
  const optional = (cue.before ?? []).includes('');
  const lead = phrases.length === 0 ? '' : `(?:(?:${phrases.join('|')})\\s+)${optional ? '?' : ''}`;
  const after = longestFirst(cue.after ?? []).map((phrase) => (/^\p{L}/u.test(phrase) ? `\\s+${phraseSource(phrase)}` : phraseSource(phrase)));
  const open = cue.at === 'start' ? '^' : '\\b';
  return new RegExp(`${open}${lead}(?:(?:${FILLERS.join('|')})\\s+)*([^,.;:?!()]+?)(?:\\s*\\([^)]*\\))?(?:${after.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

const PATTERNS = TITLE_CUES.map(cuePattern);

/** Returns the profession name a sentence states through a title cue, or `undefined`. */
export function findName(sentence: string, cueIndex: number): NameMatch | undefined {
  const cue = TITLE_CUES[cueIndex]!;
  const name = PATTERNS[cueIndex]!.exec(sentence)?.[1]
    ?.replace(GLOSS, '')
    .trim()
    .replace(/[\s,;:]+$/, '');
  if (!name || NOT_A_NAME.test(name) || /\byang\b/i.test(name)) return undefined;
  if (cue.capitalised && !/^[\p{Lu}\p{N}]/u.test(name)) return undefined;
  if (name.split(/\s+/).length > (cue.maxWords ?? MAX_NAME_WORDS)) return undefined;
  return { name, cue: cue.name };
}

/**
 * Returns the strongest name among sentences: every sentence is tried with the first cue, then
 * with the second, and so on, so "tipe pekerjaan X adalah" anywhere beats "di bidang X" first.
 * Cues marked `firstSentence` are tried on the text's first sentence only.
 */
export function inferName(sentences: readonly { text: string; line: number; section?: string }[]): (NameMatch & { line: number }) | undefined {
  for (let i = 0; i < TITLE_CUES.length; i++) {
    const cue = TITLE_CUES[i]!;
    for (const s of cue.firstSentence ? sentences.slice(0, 1) : sentences) {
      if (cue.overviewOnly && s.section !== undefined && s.section !== 'overview') continue;
      const found = findName(s.text, i);
      if (found) return { ...found, line: s.line };
    }
  }
  return undefined;
}

/** Words that open a loose mention of a profession anywhere in a sentence, for `guessName`. */
const MENTION = /(?:^|[\s,(])(?:seorang|sebagai|profesi|karier|karir)\s+((?:[\p{L}\p{N}-]+\s*){1,4})/giu;
const MENTION_AT_START = /^(?:menjadi)\s+((?:[\p{L}\p{N}-]+\s*){1,4})/iu;
/**
 * Words that end a loose mention: what follows a name rather than belongs to it. The connectives
 * come from the one stop-word list (src/core/text/stop-words.ts); the rest only end a mention.
 */
const MENTION_STOP = new Set([
  ...NAME_ENDS.filter((w) => !w.includes(' ')),
  ...TITLE_SMALL_WORDS,
  'ini',
  'itu',
  'tersebut',
  'kamu',
  'anda',
  'seperti',
  'karena',
  'agar',
  'saat',
  'ketika',
  'mulai',
  'sampai',
  'hingga',
]);

/**
 * Returns the name a text most likely is about, when no cue states it: the most frequent short
 * phrase after "seorang"/"sebagai"/"profesi" (or "Menjadi" opening a sentence), else the subject of
 * the first sentence when it reads as a name. Looser than `inferName`: a proposal for the writer,
 * never a title. `undefined` when there is nothing to propose.
 */
export function guessName(sentences: readonly { text: string }[]): string | undefined {
  const counts = new Map<string, { name: string; count: number }>();
  const count = (words: string) => {
    const kept: string[] = [];
    for (const word of words.trim().split(/\s+/)) {
      if (MENTION_STOP.has(word.toLowerCase())) break;
      kept.push(word);
    }
    const name = kept.join(' ');
    if (!name || NOT_A_NAME.test(name)) return;
    const key = name.toLowerCase();
    const seen = counts.get(key) ?? { name, count: 0 };
    counts.set(key, { ...seen, count: seen.count + 1 });
  };
  for (const { text } of sentences) {
    for (const m of text.matchAll(MENTION)) count(m[1]!);
    const start = MENTION_AT_START.exec(text);
    if (start) count(start[1]!);
  }
  const best = [...counts.values()].reduce<{ name: string; count: number } | undefined>((a, b) => (a && a.count >= b.count ? a : b), undefined);
  if (best) return best.name;
  const subject = /^([\p{Lu}][\p{L}\p{N} -]{2,50}?)(?:\s*\([^)]*\))?\s+(?:adalah|merupakan|ialah)\s/u.exec(sentences[0]?.text ?? '')?.[1];
  return subject && !NOT_A_NAME.test(subject) && subject.split(/\s+/).length <= 5 ? subject : undefined;
}

/** Returns the problem of a text with no title, proposing the name it seems to be about. */
export function noTitleMessage(guess: string | undefined): string {
  return guess
    ? `no title; the text seems to be about "${capitalize(guess)}" — add it as the first line`
    : 'no title; no sentence names the profession — add its name (e.g. "Analis Data") as the first line, or open with a sentence such as "Analis data adalah …"';
}

/**
 * Returns a name in Indonesian title case: "asisten menteri kerjasama luar negeri" →
 * "Asisten Menteri Kerjasama Luar Negeri"; small words stay lower case, acronyms stay as written,
 * and each part of a slashed name is capitalised ("humas/public relations" → "Humas/Public Relations").
 */
export function toTitleCase(name: string): string {
  return name
    .split(/\s+/)
    .map((word, i) => {
      if (i > 0 && TITLE_SMALL_WORDS.has(word.toLowerCase())) return word.toLowerCase();
      return word
        .split('/')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('/');
    })
    .join(' ');
}

/** Returns the text with its first letter upper-cased ("pejabat …" → "Pejabat …"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
