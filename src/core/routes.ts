/**
 * Every address of the site, built in one place. Pages under src/pages have these routes as their
 * file names; everything that links, fetches, lists or writes an address asks here. Each address is
 * a function and passes through `sitePath`, so serving the site under a sub-path is one change there.
 */
import { COMPARE_MAX, COMPARE_PARAMS } from './compare/url';
import { HIGHLIGHT_PARAM } from './search/highlight-param';

/** The query parameter of the search page: `/cari/?q=…`. */
export const SEARCH_PARAM = 'q';

/** Returns a path from the site's root as the browser asks for it: "/cari/" → "/cari/". */
export function sitePath(path: string): string {
  return path;
}

/** The home page: the list of every profession. */
export const homePath = (): string => sitePath('/');

/** Returns the search page, with a query when given: "rapat" → "/cari/?q=rapat". */
export function searchPath(query?: string): string {
  return sitePath(`/cari/${query ? `?${SEARCH_PARAM}=${encodeURIComponent(query)}` : ''}`);
}

/** Returns the comparison page for these slugs (at most three): ["x", "y"] → "/bandingkan/?a=x&b=y". */
export function comparePath(slugs: readonly string[] = []): string {
  const query = slugs.slice(0, COMPARE_MAX).map((slug, i) => `${COMPARE_PARAMS[i]}=${encodeURIComponent(slug)}`);
  return sitePath(`/bandingkan/${query.length > 0 ? `?${query.join('&')}` : ''}`);
}

const PROFESSIONS = '/profesi/';

/** Returns a profession's page, or one section of it: ("diplomat", "tugas-utama") → "/profesi/diplomat/#tugas-utama". */
export function professionPath(slug: string, section?: string): string {
  return sitePath(`${PROFESSIONS}${slug}/${section ? `#${section}` : ''}`);
}

/** Returns whether a path is (a section of) a profession's page: "/profesi/diplomat/" → true. */
export function isProfessionPath(path: string): boolean {
  return path.startsWith(sitePath(PROFESSIONS));
}

/**
 * Adds words for a profession page to highlight to its URL (a search result's), before its #anchor:
 * `("/profesi/a/#tugas-utama", ["agenda"])` → `"/profesi/a/?sorot=agenda#tugas-utama"`.
 */
export function withHighlight(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt < 0 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const params = words.map((w) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(w)}`).join('&');
  return `${path}${path.includes('?') ? '&' : '?'}${params}${hash}`;
}

/**
 * Returns where the build writes a profession's preview image, relative to the output folder:
 * "diplomat" → "og/diplomat.png". Files do not carry a sub-path: the host serves the folder under it.
 */
export const previewImageFile = (slug: string): string => `og/${slug}.png`;

/** Returns a profession's link-preview image: "diplomat" → "/og/diplomat.png". */
export const previewImagePath = (slug: string): string => sitePath(`/${previewImageFile(slug)}`);

/** The route pattern of the preview images (`astro dev` renders them on request; Astro adds any base itself). */
export const PREVIEW_IMAGE_ROUTE = `/${previewImageFile('[slug]')}`;

/** Returns the comparison data of a profession: "diplomat" → "/data/profesi/diplomat.json". */
export const professionDataPath = (slug: string): string => sitePath(`/data/profesi/${slug}.json`);

/** Returns what the search looks up about words of one letter (src/core/search/word-data.ts): "k" → "/data/kata/k.json". */
export const wordDataPath = (letter: string): string => sitePath(`/data/kata/${letter}.json`);

/** The site's own link-preview image, for pages that are not a profession. */
export const sitePreviewImagePath = (): string => sitePath('/og.png');

/** The scalable icon. */
export const faviconPath = (): string => sitePath('/favicon.svg');

/** Returns a PNG icon drawn from the favicon: 192 → "/icon-192.png". */
export const iconPath = (size: number): string => sitePath(`/icon-${size}.png`);

/** The web app manifest. */
export const manifestPath = (): string => sitePath('/manifest.webmanifest');

/** The sitemap. */
export const sitemapPath = (): string => sitePath('/sitemap.xml');
