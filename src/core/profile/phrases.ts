/**
 * Compiles the cue phrases of cues.ts into regular expressions, so that a writer edits words, not
 * patterns. A phrase is written as the words it matches, in lower case, one space between words;
 * four marks say what may vary:
 *
 *   a/b   one of these words: `kurang/tidak cocok` is "kurang cocok" or "tidak cocok"
 *   [x]   may be left out: a whole word with its space (`gambaran [umum]`, `[contoh] perusahaan`)
 *         or the end of a word (`perbedaan[nya]`, `apa[kah]`); `[utama/pokok]` is either or neither
 *   …     any text: right after a word or at the end (`jurusan…`, `apa itu …`) the rest of the
 *         line or sentence; standing between two words (`seorang … tidak cocok`) any words of the
 *         same sentence between them
 *   *     standing as a word: any one word of letters, digits or "_" (`kemampuan [dan *] yang dibutuhkan`)
 *
 * Every other character stands for itself ("." and "?" need no escaping). A choice between phrases
 * of several words is written as several phrases. Text is matched the way parse.ts prepares it:
 * lower-cased (or with the `i` flag), whitespace collapsed to single spaces.
 */

/** Where a phrase must stand in the text it is tested on. */
export type Anchor =
  /** The whole text, e.g. a heading line. */
  | 'line'
  /** The start of the text, ending at a word boundary. */
  | 'start'
  /** Anywhere, between word boundaries. */
  | 'anywhere';

/** A compiled cue: when `pattern` matches, the text belongs to `section`. */
export interface Cue<K extends string = string> {
  section: K;
  pattern: RegExp;
}

const ANCHORS: Record<Anchor, [string, string]> = {
  line: ['^', '$'],
  start: ['^', '\\b'],
  anywhere: ['\\b', '\\b'],
};

/** Returns the pattern matching any of the phrases, anchored as `at` says. */
export function phrasesPattern(phrases: readonly string[], at: Anchor, flags = ''): RegExp {
  const [open, close] = ANCHORS[at];
  return new RegExp(`${open}${phrasesSource(phrases)}${close}`, flags);
}

/** Returns one pattern per entry of a table of phrases, in the table's order (its priority). */
export function compileCues<K extends string>(table: Partial<Record<K, readonly string[]>>, at: Anchor, flags = ''): Cue<K>[] {
  return (Object.entries(table) as [K, readonly string[]][]).map(([section, phrases]) => ({
    section,
    pattern: phrasesPattern(phrases, at, flags),
  }));
}

/** Returns the regular-expression source matching any of the phrases, as one group, unanchored. */
export function phrasesSource(phrases: readonly string[]): string {
  if (phrases.length === 0) throw new Error('a cue needs at least one phrase');
  return `(?:${phrases.map(phraseSource).join('|')})`;
}

/** Returns the regular-expression source of one phrase (see the notation above). */
export function phraseSource(phrase: string): string {
  // Words are split at spaces outside brackets: `[dan tanggung jawab]` is one word.
  const words = phrase.trim().match(/(?:\[[^\]]*\]|[^ [])+/g) ?? [];
  if (words.length === 0) throw new Error('a cue phrase is empty');
  if (words.join(' ') !== phrase.trim().replace(/ +/g, ' ')) throw new Error(`unbalanced brackets in cue phrase "${phrase}"`);
  let out = '';
  // Whether nothing before the word needs a space after it: the phrase's start, or a `…` between
  // words (which takes the spaces around it). A word that may be left out then takes the space after it.
  let fresh = true;
  let required = false;
  words.forEach((word, i) => {
    if (word === '…' && i > 0 && i < words.length - 1) {
      out += '\\b[^.]*?\\b';
      fresh = true;
      required = true;
      return;
    }
    const optional = OPTIONAL_WORD.exec(word);
    if (optional) {
      const inner = phraseSource(optional[1]!);
      out += fresh ? `(?:${inner} )?` : `(?: ${inner})?`;
      out += partsSource(word.slice(optional[0].length));
      return;
    }
    if (!fresh) out += ' ';
    out += partsSource(word);
    fresh = false;
    required = true;
  });
  if (!required) throw new Error(`cue phrase "${phrase}" may be left out entirely`);
  return out;
}

/** A whole word that may be left out, possibly followed by endings that may be left out too: `[utama][nya]`. */
const OPTIONAL_WORD = /^\[([^\]]*)\](?=(?:\[[^\]]*\])*$)/;

/** Returns the source of one word: literal text with `a/b` choices, `[x]` endings, `…` and `*`. */
function partsSource(word: string): string {
  if (word === '*') return '\\w+';
  return [...word.matchAll(/\[([^\]]*)\]|…|[^[…]+/g)]
    .map(([part, inner]) => {
      if (inner !== undefined) return `(?:${phraseSource(inner)})?`;
      if (part === '…') return '.*';
      if (/[[\]]/.test(part)) throw new Error(`unbalanced brackets in cue phrase word "${word}"`);
      const choices = part.split('/').map(escape);
      return choices.length === 1 ? choices[0]! : `(?:${choices.join('|')})`;
    })
    .join('');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
