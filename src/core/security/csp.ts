/**
 * The site's Content-Security-Policy, as data: Astro writes it into every page's <meta> (adding
 * hashes of the scripts and styles it bundles), and public/_headers repeats it as an HTTP header.
 */

/** Script sources. Astro's `scriptDirective.resources` replaces its default 'self', so it is listed. */
export const SCRIPT_SOURCES = [
  "'self'",
  // Pagefind compiles its WebAssembly search engine; nothing else evaluates code.
  "'wasm-unsafe-eval'",
] as const;

/** Style sources: our bundled stylesheets only (Astro adds their hashes). */
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * Every other directive. Nothing is allowed by default; each kind of resource the site loads is
 * named. Pagefind 1.5 fetches its index (connect-src). The page registers the service worker `sw.js`
 * from our own origin (worker-src 'self'); Pagefind could start `pagefind-worker.js` from there too,
 * though src/client/search/engine.ts asks it to search on the page's thread (a smaller first search).
 * Nothing creates a blob: worker, so blob: is not allowed.
 */
export const OTHER_DIRECTIVES = [
  "default-src 'none'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives a <meta> policy ignores (and Chromium logs an error for), so they go in headers only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Returns the policy as an HTTP header value, without per-file hashes (our scripts are files). */
export function cspHeaderValue(): string {
  return [...OTHER_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`, ...HEADER_ONLY_DIRECTIVES].join('; ');
}
