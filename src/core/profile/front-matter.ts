/**
 * YAML front matter (`---` … `---`) at the top of a source, as some editors and site generators
 * write it. It is not part of the profile: only its `title:` is read; its lines are blanked so the
 * text keeps its line numbers.
 */

/** What the front matter of a text gives, and the text without it. */
export interface FrontMatter {
  /** The text with the front matter's lines blank (the whole text when there is none). */
  body: string;
  /** The front matter's `title:`, with its line. */
  title?: { text: string; line: number };
  /** Keys other than `title:`, which are ignored. */
  ignored: string[];
  /** Line of the opening `---` when there is no closing one. */
  unclosed?: number;
}

const FENCE = /^---\s*$/;
const KEY = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;

/** Splits the front matter off a normalized text (LF line ends). */
export function readFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  const open = lines.findIndex((line) => line.trim() !== '');
  if (open < 0 || !FENCE.test(lines[open]!)) return { body: text, ignored: [] };
  const close = lines.findIndex((line, i) => i > open && FENCE.test(line));
  if (close < 0) return { body: text, ignored: [], unclosed: open + 1 };

  let title: FrontMatter['title'];
  const ignored: string[] = [];
  for (let i = open + 1; i < close; i++) {
    const [, key, value] = KEY.exec(lines[i]!.trim()) ?? [];
    if (!key) continue;
    const unquoted = value!
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2')
      .trim();
    if (key.toLowerCase() === 'title' && unquoted) title = { text: unquoted, line: i + 1 };
    else ignored.push(key);
  }
  const body = lines.map((line, i) => (i >= open && i <= close ? '' : line)).join('\n');
  return { body, title, ignored };
}
