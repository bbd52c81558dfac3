/**
 * The site's public URL, bound to Astro's `site` (astro.config.mjs, from SITE_URL). Every absolute
 * URL of the build comes from here; pure code takes the origin as an argument instead.
 */
import { absoluteUrl } from './core/absolute-url';

/** The public URL, e.g. "https://peta.example" or "https://user.github.io/peta-profesi/" (astro.config.mjs always sets it). */
export const SITE: string = import.meta.env.SITE;

/** Returns the absolute URL of a site path, e.g. "/sitemap.xml" → "https://peta.example/sitemap.xml". */
export function siteUrl(path: string): string {
  return absoluteUrl(path, SITE);
}
