/**
 * The fixture site built for a sub-path (`npm run build:fixture:sub`: SITE_URL ends in SUB_PATH), as
 * a GitHub Pages project site serves it: the same pages as at the root, and every address in them,
 * in the sitemap, robots.txt, the manifest and `_redirects` under the base path; none escapes to the
 * root of the host. The browser half is tests/e2e/sub-path.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redirectLines } from '../../src/build/integrations/redirects-file';
import { readSlugRedirects } from '../../src/build/slug-history-file';
import { createRoutes } from '../../src/core/routes';
import { attributeValues, jsonLd, metaContent } from '../support/html';
import { FIXTURE_DIST, FIXTURE_SLUG_HISTORY, FIXTURE_SUB_DIST, SUB_PATH } from '../support/paths';
import { brokenLinks, builtPages, redirectPages } from '../support/site';

const pages = builtPages(FIXTURE_SUB_DIST);
const redirects = redirectPages(FIXTURE_SLUG_HISTORY);
const read = (file: string) => readFileSync(join(FIXTURE_SUB_DIST, file), 'utf8');
/** The site's public URL as the home page's canonical link gives it: origin and base path. */
const SITE = attributeValues(pages.get('/') ?? '', 'href').find((h) => /^https?:/.test(h)) ?? 'http://unset/';
const ORIGIN = new URL(SITE).origin;
/** Pages meant to be found: not the 404 page, the old addresses, or a page that asks not to be indexed (the offline page). */
const indexable = [...pages.keys()].filter(
  (path) => path !== '/404.html' && !redirects.has(path) && !pages.get(path)!.includes('<meta name="robots" content="noindex">'),
);
/** A page's address as the browser asks for it: "/cari/" → "/peta-profesi/cari/". */
const under = (path: string) => `${SUB_PATH}${path.slice(1)}`;
const sitemapLocs = () => [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const manifest = () => JSON.parse(read('manifest.webmanifest')) as { start_url: string; scope: string; icons: { src: string }[] };

describe('the fixture site under a sub-path', () => {
  it('is built for the sub-path, with the same pages as at the root', () => {
    expect(SITE).toBe(`${ORIGIN}${SUB_PATH}`);
    expect([...pages.keys()].sort()).toEqual([...builtPages(FIXTURE_DIST).keys()].sort());
  });

  it('resolves every link, asset, form action, #anchor and absolute URL under the base path, and none outside it', () => {
    const { start_url, scope, icons } = manifest();
    const extra = new Map<string, string[]>([
      ['/sitemap.xml', sitemapLocs()],
      ['/manifest.webmanifest', [start_url, scope, ...icons.map((i) => i.src)]],
      ['/robots.txt', [/^Sitemap: (\S+)$/m.exec(read('robots.txt'))![1]!]],
    ]);
    expect(brokenLinks(pages, FIXTURE_SUB_DIST, { origin: ORIGIN, extra, base: SUB_PATH })).toEqual([]);
    // The walker does see a reference that escapes: the same pages read as if served at the root fail.
    expect(brokenLinks(pages, FIXTURE_SUB_DIST, { origin: ORIGIN, extra, base: '/' }).length).toBeGreaterThan(0);
  });

  it('gives every page its canonical URL, Open Graph URL and preview image under the base path', () => {
    for (const path of indexable) {
      const html = pages.get(path)!;
      expect(html, path).toContain(`<link rel="canonical" href="${ORIGIN}${under(path)}">`);
      expect(metaContent(html, 'og:url'), path).toBe(`${ORIGIN}${under(path)}`);
      expect(metaContent(html, 'og:image'), path).toMatch(new RegExp(`^${SITE}og(/[a-z0-9-]+)?\\.png$`));
      expect(metaContent(html, 'twitter:image'), path).toBe(metaContent(html, 'og:image'));
    }
  });

  it('carries structured data whose URLs are under the base path', () => {
    const urls = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(urls) : [];
    const onSite = [...pages.values()].flatMap((html) => jsonLd(html).flatMap(urls)).filter((v) => v.startsWith(ORIGIN));
    expect(onSite.length).toBeGreaterThan(0);
    for (const url of onSite) expect(url).toMatch(new RegExp(`^${SITE}`));
    expect(jsonLd(pages.get('/')!)).toEqual([
      expect.objectContaining({
        url: SITE,
        potentialAction: expect.objectContaining({ target: expect.objectContaining({ urlTemplate: `${SITE}cari/?q={search_term_string}` }) }),
      }),
    ]);
  });

  it('lists every indexable page in the sitemap under the base path; robots.txt and the manifest point there too', () => {
    expect(sitemapLocs().sort()).toEqual(indexable.map((path) => `${ORIGIN}${under(path)}`).sort());
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml`);
    const { start_url, scope, icons } = manifest();
    expect([start_url, scope]).toEqual([SUB_PATH, SUB_PATH]);
    for (const icon of icons) expect(icon.src.startsWith(SUB_PATH), icon.src).toBe(true);
    for (const [path, html] of pages) expect(html, path).toContain(`<link rel="icon" href="${SUB_PATH}favicon.svg"`);
  });

  it('leads old addresses to the renamed page under the base path, by page and by _redirects', () => {
    expect(redirects.size).toBeGreaterThan(0);
    for (const [from, to] of redirects) {
      const html = pages.get(from)!;
      expect(html, from).toContain(`<meta http-equiv="refresh" content="0; url=${under(to)}">`);
      expect(html, from).toContain(`<a href="${under(to)}" data-redirect-target>`);
    }
    const lines = read('_redirects')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual(redirectLines(readSlugRedirects(FIXTURE_SLUG_HISTORY), createRoutes(SUB_PATH)));
    expect(lines).toEqual([...redirects].map(([from, to]) => `${under(from)} ${under(to)} 301`));
  });
});
