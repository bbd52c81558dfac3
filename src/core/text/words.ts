/** Word normalisation shared by slugs, relatedness and search ranking: one idea of "the same word". */

/** Returns text with its accents dropped: "Café Jalapeño" → "Cafe Jalapeno". */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Returns the lower-case words of a text, accents folded and punctuation dropped:
 * "Kerja-sama (Politik) Café" → ["kerja", "sama", "politik", "cafe"].
 */
export function words(text: string): string[] {
  return foldAccents(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
