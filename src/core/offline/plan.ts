/**
 * What the service worker keeps for offline reading, and how it answers each request: pure
 * decisions on paths, so they are tested without a browser. The worker (src/client/service-worker.ts)
 * does the fetching and caching; the build (src/build/integrations/service-worker.ts) fills in
 * `OfflinePlan` with addresses from src/core/routes.ts, so a base path comes with them.
 */

/** What the build tells the worker: every address it needs, already under the site's base path. */
export interface OfflinePlan {
  /** A hash of the build: a new deploy is a new worker, a new shell cache, and the old one dropped. */
  version: string;
  /** Files whose names do not change with their content, fetched when the worker installs. */
  shell: string[];
  /** Fingerprinted files (their names change with their content), fetched when the worker installs. */
  assets: string[];
  /** The folder of fingerprinted files Astro bundles ("/_astro/"). */
  assetsFolder: string;
  /** Pagefind's folder ("/pagefind/"): its entry file names the rest of what search needs. */
  pagefindFolder: string;
  /** The page shown for a page never opened, while offline. */
  offlinePage: string;
  /** A profession's page and its comparison data, with `SLUG_MARK` where the slug goes. */
  professionPage: string;
  professionData: string;
}

/** Stands for a profession's slug in the plan's address templates. */
export const SLUG_MARK = '__slug__';

/** How the worker answers a request (only GET requests within its scope reach this). */
export type Strategy =
  /** A page: network first (a new deploy shows at once), kept for offline, the offline page when neither. */
  | 'page'
  /** A fingerprinted file: from the cache when there, else fetched and kept (it never changes). */
  | 'fingerprinted'
  /** A file whose name does not change: network first, kept, the kept copy when offline. */
  | 'fresh-kept'
  /** Anything else (preview images, the sitemap): the network only. */
  | 'network';

// Pagefind's index chunks carry a hash of their content in their names; its entry files do not.
const PAGEFIND_CHUNK = /\.(pf_fragment|pf_index|pf_meta)$/;

/** Returns how the worker answers a GET for this path: "/_astro/x.1a2b.js" → "fingerprinted". */
export function strategyFor(path: string, isNavigation: boolean, plan: OfflinePlan): Strategy {
  if (isNavigation) return 'page';
  if (path.startsWith(plan.assetsFolder)) return 'fingerprinted';
  if (path.startsWith(plan.pagefindFolder)) return PAGEFIND_CHUNK.test(path) ? 'fingerprinted' : 'fresh-kept';
  if (plan.shell.includes(path) || slugOf(path, plan.professionData) !== undefined) return 'fresh-kept';
  return 'network';
}

/** Returns the slug an address template matches, or undefined: ("/profesi/a/", "/profesi/__slug__/") → "a". */
export function slugOf(path: string, template: string): string | undefined {
  const at = template.indexOf(SLUG_MARK);
  if (at < 0) return undefined;
  const before = template.slice(0, at);
  const after = template.slice(at + SLUG_MARK.length);
  if (path.length <= before.length + after.length || !path.startsWith(before) || !path.endsWith(after)) return undefined;
  const slug = path.slice(before.length, path.length - after.length);
  return slug.includes('/') ? undefined : slug;
}

/** Returns the comparison data to keep with a page the reader opened, if it is a profession's page. */
export function dataFor(pagePath: string, plan: OfflinePlan): string | undefined {
  const slug = slugOf(pagePath, plan.professionPage);
  return slug === undefined ? undefined : plan.professionData.replace(SLUG_MARK, slug);
}

/** Pagefind's entry file, as far as the worker reads it. */
interface PagefindEntry {
  languages?: Record<string, { hash?: unknown; wasm?: unknown }>;
}

/**
 * Returns the files search needs before any query, named by Pagefind's entry file: its script, its
 * worker, and per language the WebAssembly and the index's metadata. Index chunks are fetched by a
 * query and kept then. Anything unexpected in the entry file yields fewer files, never an error.
 */
export function pagefindStartFiles(entry: unknown, folder: string): string[] {
  const files = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'];
  const languages = (entry as PagefindEntry | null)?.languages;
  if (languages && typeof languages === 'object') {
    for (const language of Object.values(languages)) {
      if (typeof language?.hash === 'string') files.push(`pagefind.${language.hash}.pf_meta`);
      files.push(`wasm.${typeof language?.wasm === 'string' ? language.wasm : 'unknown'}.pagefind`);
    }
  }
  return [...new Set(files)].filter((file) => /^[\w.-]+$/.test(file)).map((file) => folder + file);
}

/** The names of the worker's caches: the shell is per deploy; pages and fingerprinted files are kept across deploys. */
export function cacheNames(version: string): { shell: string; pages: string; files: string } {
  return { shell: `peta-profesi-shell-${version}`, pages: 'peta-profesi-pages', files: 'peta-profesi-files' };
}

/** Returns whether a cache belongs to an older deploy's shell, to delete once the new worker takes over. */
export function isOldShell(cacheName: string, version: string): boolean {
  return cacheName.startsWith('peta-profesi-shell-') && cacheName !== cacheNames(version).shell;
}
