/**
 * Which professions to offer in "Bandingkan dengan …" and after the self-check: the related ones
 * first (computed once for the whole site, see src/core/related.ts), then others by title.
 */

/** How many comparisons a profession page offers (fewer when the site has fewer other professions). */
export const COMPARE_SUGGESTIONS = 4;

/** A profession offered as a comparison. */
export interface Suggestion {
  slug: string;
  title: string;
}

/**
 * Returns up to `limit` professions other than `slug`: the related ones in their order, then the
 * alphabetical list from the start. It reads only as far into `sorted` as it needs, so a page costs
 * the same whether the site has five professions or five thousand.
 */
export function suggestComparisons(slug: string, related: readonly Suggestion[], sorted: readonly Suggestion[], limit: number): Suggestion[] {
  const chosen: Suggestion[] = [];
  const taken = new Set([slug]);
  const add = (p: Suggestion) => {
    if (chosen.length < limit && !taken.has(p.slug)) {
      taken.add(p.slug);
      chosen.push({ slug: p.slug, title: p.title });
    }
  };
  related.forEach(add);
  for (const p of sorted) {
    if (chosen.length >= limit) break;
    add(p);
  }
  return chosen;
}
