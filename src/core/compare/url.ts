/** The query of a comparison's shareable address (`comparePath` in ../routes builds it): `?a=<slug>&b=<slug>[&c=<slug>]`. */
import { MAX_SLUG_CHARS } from '../profile/title-check';

/** Query parameters naming the compared professions, in column order. */
export const COMPARE_PARAMS = ['a', 'b', 'c'] as const;

/** Most professions compared at once: three columns still fit a desktop screen. */
export const COMPARE_MAX = COMPARE_PARAMS.length;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Returns the slugs a comparison address names, in column order, without repeats or anything that
 * is not a slug (nor longer than any slug can be): "?a=x&b=x&c=Y!" → ["x"].
 */
export function parseCompareSlugs(search: string): string[] {
  const params = new URLSearchParams(search);
  const slugs = COMPARE_PARAMS.map((name) => params.get(name)?.trim().toLowerCase() ?? '').filter((s) => s.length <= MAX_SLUG_CHARS && SLUG.test(s));
  return [...new Set(slugs)];
}
