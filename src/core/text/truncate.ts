/** The longest summary or description: what a link preview or a search engine shows without cutting it. */
export const SUMMARY_MAX = 160;

/**
 * Returns text, spaces collapsed, cut at a word boundary to at most `max` characters with "…" when
 * cut. A cut drops the punctuation it would end on ("tugas.…" is "tugas…"), and never keeps less
 * than half the limit: when the last space comes earlier, the cut falls inside a word.
 */
export function truncate(text: string, max = SUMMARY_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(max / 2))).replace(/[\s,;:.…-]+$/, '');
  return `${atWord}…`;
}
