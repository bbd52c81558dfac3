/** Text clean-up that every source gets before parsing; line numbers are preserved. */

const BOM = /^\uFEFF/;
const LINE_BREAK = /\r\n|\r/g;
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B\u200C\u2060\uFEFF]/g;
/**
 * Direction controls (embeddings, overrides, isolates and marks): invisible, and able to show a
 * title in another order than it is stored ("Penguji exe.file Arah").
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** A zero-width joiner that does not join two parts of an emoji ("👩🏽‍💻" keeps its joiner). */
const STRAY_JOINER = /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/**
 * Returns the text with a leading BOM removed, CRLF and CR turned into LF, tabs and non-breaking
 * or typographic spaces turned into plain spaces, zero-width characters and direction controls
 * removed (a joiner inside an emoji stays) and trailing spaces trimmed. Line N of the result is line N of the input.
 */
export function normalizeText(text: string): string {
  return text
    .replace(BOM, '')
    .replace(LINE_BREAK, '\n')
    .replace(ODD_SPACE, ' ')
    .replace(INVISIBLE, '')
    .replace(BIDI_CONTROLS, '')
    .replace(STRAY_JOINER, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/** Returns the text with every run of whitespace collapsed to one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Returns the 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
