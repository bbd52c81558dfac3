/**
 * The caching rules of `_headers` against every file of both builds: a file whose name carries a hash
 * of its content is kept for a year without asking again; every other file is never marked immutable,
 * or a returning reader would keep an old version of it until the cache gave it up.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheControlFor, parseHeadersFile } from '../../bench/support/headers-file';
import { DIST, FIXTURE_DIST } from '../support/paths';

const YEAR = 31536000;
const DAY = 86400;

/**
 * Names that change whenever the content does, by the naming scheme of the tool that writes them:
 * Vite's `name.HASH.ext` in `_astro/` (eight characters of base64url), and Pagefind's chunks,
 * `<language>_<hex>.pf_index|pf_fragment|pf_filter` in their folders. Pagefind's `pagefind.<language>_<hex>.pf_meta`
 * is fingerprinted too, but sits beside `pagefind.js` where no pattern both hosts read can single it
 * out; it keeps revalidating (safe, one small request per search).
 */
const FINGERPRINTED = [
  /^\/_astro\/[^/]+\.[A-Za-z0-9_-]{8}\.[a-z0-9]+$/,
  /^\/pagefind\/(index|fragment|filter)\/[a-z-]+_[0-9a-f]{6,}\.pf_(index|fragment|filter)$/,
];

/** Files a host reads but does not serve. */
const NOT_SERVED = new Set(['/_headers', '/_redirects']);

/** Returns every path of a build as a browser asks for it: files, and a page's folder address beside its index.html. */
function servedPaths(dist: string): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(dist, { recursive: true })) {
    const file = join(dist, String(entry));
    if (!statSync(file).isFile()) continue;
    const path = `/${relative(dist, file).split(sep).join('/')}`;
    if (NOT_SERVED.has(path)) continue;
    paths.push(path);
    if (path.endsWith('/index.html')) paths.push(path.slice(0, -'index.html'.length));
  }
  return paths.sort();
}

/** Returns the directives of a Cache-Control value: "public, max-age=60" → {public: true, max-age: "60"}. */
function directives(value: string): Map<string, string | true> {
  return new Map(
    value.split(',').map((d) => {
      const [name, arg] = d.trim().split('=');
      return [name!.toLowerCase(), arg ?? true];
    }),
  );
}

describe.each([
  ['the real site', DIST],
  ['the fixture site', FIXTURE_DIST],
])('caching on %s', (_name, dist) => {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const paths = servedPaths(dist);
  const policy = (path: string) => directives(cacheControlFor(rules, path));

  it('has files of every kind to check: pages, fingerprinted files, Pagefind entry files', () => {
    expect(paths).toContain('/');
    expect(paths.some((p) => FINGERPRINTED[0]!.test(p))).toBe(true);
    expect(paths.some((p) => FINGERPRINTED[1]!.test(p))).toBe(true);
    expect(paths).toContain('/pagefind/pagefind.js');
  });

  it('gives each file one Cache-Control rule (a host joins the values of two)', () => {
    const doubled = paths.filter((p) => [...cacheControlFor(rules, p).matchAll(/max-age|no-cache/g)].length > 1);
    expect(doubled).toEqual([]);
  });

  it('keeps a file with a content hash in its name for a year, immutable', () => {
    const wrong = paths
      .filter((p) => FINGERPRINTED.some((re) => re.test(p)))
      .filter((p) => !policy(p).has('immutable') || Number(policy(p).get('max-age')) < YEAR);
    expect(wrong).toEqual([]);
  });

  it('never marks a file immutable when its name stays the same across versions', () => {
    const wrong = paths.filter((p) => !FINGERPRINTED.some((re) => re.test(p))).filter((p) => policy(p).has('immutable'));
    expect(wrong).toEqual([]);
  });

  it('has the browser ask again before it reuses a page or a file whose name stays (preview images aside)', () => {
    const fresh = (p: string) => policy(p).has('no-cache') || (policy(p).get('max-age') === '0' && policy(p).has('must-revalidate'));
    const previews = (p: string) => /^\/og(\/[^/]+)?\.png$/.test(p) || p.startsWith('/og/');
    const wrong = paths.filter((p) => !FINGERPRINTED.some((re) => re.test(p)) && !previews(p)).filter((p) => !fresh(p));
    expect(wrong).toEqual([]);
  });

  it('keeps preview images a day or more, never for good', () => {
    const previews = paths.filter((p) => p.startsWith('/og/') || p === '/og.png');
    expect(previews.length).toBeGreaterThan(0);
    const wrong = previews.filter((p) => Number(policy(p).get('max-age')) < DAY || policy(p).has('immutable'));
    expect(wrong).toEqual([]);
  });

  it('has the service worker checked on every visit, so a new deploy reaches a returning reader', () => {
    expect(policy('/sw.js').has('no-cache')).toBe(true);
  });
});
