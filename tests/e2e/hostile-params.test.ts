/**
 * Every page that reads a query parameter (/cari/?q=, a profession page's ?sorot=, /bandingkan/?a=&b=&c=)
 * stays harmless whatever the address holds: very long values, regular-expression and HTML
 * characters, other scripts, broken percent-encoding. No uncaught exception, no console error, and
 * the page still does its work: a search answers, the asked-for word is highlighted, the
 * comparison shows the professions it can.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparePath, professionPath, searchPath } from '../../src/routes';
import { HIGHLIGHT_PARAM } from '../../src/core/search/highlight-param';
import { SEARCH_QUERY_MAX } from '../../src/core/search/limits';
import { t } from '../../src/i18n/id';
import { useBuiltSite } from '../support/browser';
import { FIXTURE } from '../support/fixture-site';
import { FIXTURE_DIST } from '../support/paths';

const site = useBuiltSite(FIXTURE_DIST);
const { meetings, projects, ministry } = FIXTURE;
const KB = 1024;

/** Values as they stand in an address (already percent-encoded, or deliberately broken), by what makes each hostile. */
const HOSTILE: [name: string, value: string][] = [
  ['50 KB of one letter', 'a'.repeat(50 * KB)],
  ['1 MB of one letter', 'x'.repeat(KB * KB)],
  ['50 KB of words', encodeURIComponent('agenda rapat anggaran '.repeat(2400))],
  ['regular-expression characters', encodeURIComponent('(.*)+[a-z]{1,99999}\\ (?<=a)(?!b) $& $1 ^$ ||| \\u{0} [^]*')],
  ['HTML', encodeURIComponent(`<img src=x onerror=alert(1)><script>alert(1)</script>"'&amp;</mark>`)],
  ['other scripts, emoji and invisible characters', encodeURIComponent('日本語 العربية 😀👩‍💻 é\u0301 \u200b\u202e\u0000')],
  ['broken percent-encoding', '%E0%A4%A%zz%%%ED%A0%80%00%C0%AF%'],
  ['50 KB of broken percent-encoding', '%ff%'.repeat(12 * KB)],
];

let context: BrowserContext;
beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
  // A static host answers /cari/ whatever its query, but Node's HTTP parser (the test server's)
  // refuses a request line over 16 KB: such a page is fetched without its query, which stays in
  // the address the page's scripts read.
  await context.route(
    (url) => url.search.length > 8 * KB,
    async (route) => {
      const url = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${url.origin}${url.pathname}` }) });
    },
  );
});
afterAll(() => context?.close());

/** Opens the address with `value` placed raw in it; returns the page and the errors it reports. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text().slice(0, 300));
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message.slice(0, 300)}`));
  await page.goto(`${site.server.url}${path}`);
  return { page, errors };
}

/** Lets the page's late work (a search, a highlight, a fetch) finish, then closes it and returns its errors. */
async function settle(page: Page, errors: string[]): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await page.close();
  return errors;
}

describe.each(HOSTILE)('an address holding %s', (_name, value) => {
  it('searches on /cari/?q= for what a person could have typed, and answers', async () => {
    const { page, errors } = await open(`${searchPath()}?q=${value}`);
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/ hasil untuk “|^Tidak ada hasil untuk “/);
    const query = await page.locator('#search-input').inputValue();
    expect(query.length).toBeLessThanOrEqual(SEARCH_QUERY_MAX);
    // The address now holds the query searched, not the value it was opened with.
    expect(new URL(page.url()).search.length).toBeLessThan(8 * SEARCH_QUERY_MAX);
    expect(await settle(page, errors)).toEqual([]);
  });

  it(`still highlights the word a result asked for beside it in ?${HIGHLIGHT_PARAM}=`, async () => {
    const { page, errors } = await open(`${professionPath(meetings.slug)}?${HIGHLIGHT_PARAM}=agenda&${HIGHLIGHT_PARAM}=${value}`);
    await expect.poll(() => page.locator('article mark').first().textContent(), { timeout: 10_000 }).toMatch(/^agenda$/i);
    // Nothing of the value became markup.
    expect(await page.locator('article img, article script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await settle(page, errors)).toEqual([]);
  });

  it('compares the professions the address names rightly, beside a hostile third', async () => {
    const { page, errors } = await open(`${comparePath([projects.slug, ministry.slug])}&c=${value}`);
    const heads = page.locator('#compare-heads a');
    await expect.poll(() => heads.allTextContents(), { timeout: 10_000 }).toEqual([projects.title, ministry.title]);
    expect(await settle(page, errors)).toEqual([]);
  });

  it('asks for professions when no name in a comparison address is one', async () => {
    // One hostile value and a made-up slug: two 1 MB values would pass Chromium's 2 MB limit on addresses.
    const { page, errors } = await open(`${comparePath()}?a=${value}&b=tidak-ada`);
    await expect.poll(() => page.locator('#compare-status').innerText(), { timeout: 10_000 }).toMatch(/^(Pilih dua profesi|Salah satu profesi)/);
    expect(await page.locator('#compare-result').isHidden()).toBe(true);
    expect(await settle(page, errors)).toEqual([]);
  });
});

it('keeps the search box to what a person could type', async () => {
  const { page, errors } = await open(searchPath());
  await page.locator('#search-input').fill('k'.repeat(10 * KB));
  expect((await page.locator('#search-input').inputValue()).length).toBeLessThanOrEqual(SEARCH_QUERY_MAX);
  await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toContain(t.searchNoResults('k'.repeat(SEARCH_QUERY_MAX)));
  expect(await settle(page, errors)).toEqual([]);
});
