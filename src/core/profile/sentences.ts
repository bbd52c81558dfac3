/** Splitting Indonesian prose into sentences. */
import { ABBREVIATIONS } from './cues';

const END_MARK = /[.!?…]+["'”’)\]]*(?=\s)/g;
const STARTS_SENTENCE = /^\s+["'“‘([]?[\p{L}\p{N}]/u;

/**
 * Returns the sentences of a paragraph, each trimmed, in order; joined with single spaces they
 * give back the paragraph. "Ekspektasi: A. Realita: B." → ["Ekspektasi: A.", "Realita: B."];
 * abbreviations ("dll.", "Dr.") and initials ("J. Smith") do not end a sentence.
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(END_MARK)) {
    const end = match.index + match[0].length;
    if (!STARTS_SENTENCE.test(text.slice(end))) continue;
    if (match[0].startsWith('.') && endsWithAbbreviation(text.slice(start, match.index))) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** Whether the text before a full stop ends in an abbreviation or a single-letter initial. */
function endsWithAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["'“‘([]+/, '').toLowerCase();
  return ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare);
}
