/**
 * Every address of the site, built in one place. Pages under src/pages have these routes as their
 * file names; everything that links, fetches, lists or writes an address asks here. The addresses
 * depend on the base path the site is served under (`/` or e.g. `/peta-profesi/`), so they come
 * from `createRoutes(base)`; src/routes.ts binds it to Astro's `base`, and pure code that needs an
 * address takes it (or these routes) as an argument. Each address passes through `sitePath`.
 */
import { COMPARE_MAX, COMPARE_PARAMS } from './compare/url';
import { HIGHLIGHT_PARAM } from './search/highlight-param';

/** The query parameter of the search page: `/cari/?q=…`. */
export const SEARCH_PARAM = 'q';

const PROFESSIONS = '/profesi/';

/** Returns a base path in one shape, a leading and a trailing slash: "peta-profesi" → "/peta-profesi/", "" → "/". */
export function normalizeBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** Returns a path from the site's root as the browser asks for it under a base: ("/cari/", "/peta-profesi/") → "/peta-profesi/cari/". */
export function sitePath(path: string, base = '/'): string {
  return `${normalizeBase(base).slice(0, -1)}${path}`;
}

/** Every internal address under one base path. */
export interface Routes {
  /** The base path, "/" or "/peta-profesi/". */
  base: string;
  /** Returns a path from the site's root as the browser asks for it: "/cari/" → "/peta-profesi/cari/". */
  sitePath(path: string): string;
  /** The home page: the list of every profession. */
  homePath(): string;
  /** Returns the search page, with a query when given: "rapat" → "/cari/?q=rapat". */
  searchPath(query?: string): string;
  /** Returns the comparison page for these slugs (at most three): ["x", "y"] → "/bandingkan/?a=x&b=y". */
  comparePath(slugs?: readonly string[]): string;
  /** Returns a profession's page, or one section of it: ("diplomat", "tugas-utama") → "/profesi/diplomat/#tugas-utama". */
  professionPath(slug: string, section?: string): string;
  /** Returns whether a path is (a section of) a profession's page: "/profesi/diplomat/" → true. */
  isProfessionPath(path: string): boolean;
  /** Returns a profession's link-preview image: "diplomat" → "/og/diplomat.png". */
  previewImagePath(slug: string): string;
  /** Returns the comparison data of a profession: "diplomat" → "/data/profesi/diplomat.json". */
  professionDataPath(slug: string): string;
  /** The site's own link-preview image, for pages that are not a profession. */
  sitePreviewImagePath(): string;
  /** The scalable icon. */
  faviconPath(): string;
  /** Returns a PNG icon drawn from the favicon: 192 → "/icon-192.png". */
  iconPath(size: number): string;
  /** The web app manifest. */
  manifestPath(): string;
  /** The sitemap. */
  sitemapPath(): string;
  /** Returns a file of the search bundle Pagefind writes beside the build: "pagefind.js" → "/pagefind/pagefind.js"; no file: its folder. */
  pagefindPath(file?: string): string;
  /** Returns what the search looks up about words of one letter (src/core/search/word-data.ts): "k" → "/data/kata/k.json". */
  wordDataPath(letter: string): string;
  /** The page a reader sees offline when the page asked for was never opened: "/offline/". */
  offlinePath(): string;
  /** The service worker: at the top of the site, so its scope is the whole site (`homePath()`). */
  serviceWorkerPath(): string;
  /** The folder of the files Astro bundles, each named with a hash of its content: "/_astro/". */
  bundledAssetsPath(): string;
}

/** Returns every address of a site served under `base` (default: the root). */
export function createRoutes(base = '/'): Routes {
  const normal = normalizeBase(base);
  const at = (path: string) => sitePath(path, normal);
  return {
    base: normal,
    sitePath: at,
    homePath: () => at('/'),
    searchPath: (query) => at(`/cari/${query ? `?${SEARCH_PARAM}=${encodeURIComponent(query)}` : ''}`),
    comparePath: (slugs = []) => {
      const query = slugs.slice(0, COMPARE_MAX).map((slug, i) => `${COMPARE_PARAMS[i]}=${encodeURIComponent(slug)}`);
      return at(`/bandingkan/${query.length > 0 ? `?${query.join('&')}` : ''}`);
    },
    professionPath: (slug, section) => at(`${PROFESSIONS}${slug}/${section ? `#${section}` : ''}`),
    isProfessionPath: (path) => path.startsWith(at(PROFESSIONS)),
    previewImagePath: (slug) => at(`/${previewImageFile(slug)}`),
    professionDataPath: (slug) => at(`/data/profesi/${slug}.json`),
    sitePreviewImagePath: () => at('/og.png'),
    faviconPath: () => at('/favicon.svg'),
    iconPath: (size) => at(`/icon-${size}.png`),
    manifestPath: () => at('/manifest.webmanifest'),
    sitemapPath: () => at('/sitemap.xml'),
    pagefindPath: (file = '') => at(`/pagefind/${file}`),
    wordDataPath: (letter) => at(`/data/kata/${letter}.json`),
    offlinePath: () => at('/offline/'),
    serviceWorkerPath: () => at('/sw.js'),
    bundledAssetsPath: () => at('/_astro/'),
  };
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
 * "diplomat" → "og/diplomat.png". Files do not carry the base path: the host serves the folder under it.
 */
export const previewImageFile = (slug: string): string => `og/${slug}.png`;

/** The route pattern of the preview images (`astro dev` renders them on request; Astro adds any base itself). */
export const PREVIEW_IMAGE_ROUTE = `/${previewImageFile('[slug]')}`;
