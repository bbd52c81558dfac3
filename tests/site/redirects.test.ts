/**
 * Old addresses of renamed professions in a build: the real site's (whatever content/slug-history.json
 * holds) and the fixture site's, whose record says one profession had another title before. Each old
 * address has a page that leads to an existing profession page and is kept out of search engines,
 * the sitemap and the search index; dist/_redirects says the same for hosts that read it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { readSlugRedirects } from '../../src/build/slug-history-file';
import { redirectLines } from '../../src/build/integrations/redirects-file';
import { attributeValues, metaContent } from '../support/html';
import { DIST, FIXTURE_DIST, FIXTURE_SLUG_HISTORY, ROOT, SLUG_HISTORY } from '../support/paths';
import { brokenLinks, builtPages, redirectPages } from '../support/site';
import { FIXTURE } from '../support/fixture-site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** The page URLs Pagefind indexed, read from its fragments (gzip, "pagefind_dcd" then JSON). */
function indexedUrls(dist: string): string[] {
  const dir = join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
  });
}

describe.each([
  ['the real site', DIST, SLUG_HISTORY],
  ['the fixture site', FIXTURE_DIST, FIXTURE_SLUG_HISTORY],
])('old addresses of %s', (_site, dist, history) => {
  const pages = builtPages(dist);
  const redirects = redirectPages(history);
  const professions = [...pages.keys()].filter((path) => path.startsWith('/profesi/') && !redirects.has(path));
  const origin = new URL(attributeValues(pages.get('/') ?? '', 'href').find((h) => /^https?:/.test(h)) ?? 'http://unset').origin;

  it('each have a page that leads to an existing profession page, by meta refresh, link and canonical URL', () => {
    for (const [from, to] of redirects) {
      const html = pages.get(from);
      expect(html, from).toBeDefined();
      expect(professions, from).toContain(to);
      expect(metaContent(html!, 'robots'), from).toBe('noindex');
      expect(html, from).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
      expect(html, from).toContain(`<link rel="canonical" href="${origin}${to}">`);
      expect(html, from).toMatch(new RegExp(`<a href="${to}" data-redirect-target>`));
      expect(html, from).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    }
  });

  it("pass the link walker, and carry the site's policy before their one script, which is a file", () => {
    const broken = brokenLinks(pages, dist, { origin }).filter((line) => [...redirects.keys()].some((from) => line.startsWith(`${from} →`)));
    expect(broken).toEqual([]);
    for (const from of redirects.keys()) {
      const html = pages.get(from)!;
      const policies = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)];
      expect(policies, from).toHaveLength(1);
      expect(policies[0]![1], from).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(html.slice(0, policies[0]!.index), from).not.toMatch(/<script|<link[^>]+stylesheet|<style/);
      expect([...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)], from).toEqual([]);
    }
  });

  it('are valid HTML', async () => {
    for (const from of redirects.keys()) {
      const report = await validator.validateString(pages.get(from)!, join(ROOT, 'dist', from, 'index.html'));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${from} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });

  it('are left out of the sitemap and the search index', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const indexed = indexedUrls(dist);
    expect(indexed.sort()).toEqual([...professions].sort());
    for (const from of redirects.keys()) {
      expect(sitemap).not.toContain(`${from}<`);
      expect(pages.get(from)).not.toContain('data-pagefind-body');
    }
  });

  it('are listed in dist/_redirects as 301s, for hosts that read it; dist/_headers is still there', () => {
    const lines = readFileSync(join(dist, '_redirects'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual(redirectLines(readSlugRedirects(history)));
    for (const line of lines) expect(line).toMatch(/^\/profesi\/[a-z0-9-]+\/ \/profesi\/[a-z0-9-]+\/ 301$/);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain('Content-Security-Policy:');
  });
});

describe('the fixture site', () => {
  it('has the one old address its record gives: a renamed title', () => {
    expect([...redirectPages(FIXTURE_SLUG_HISTORY)]).toEqual([['/profesi/koordinator-rapat-politik/', FIXTURE.meetings.path]]);
  });
});
