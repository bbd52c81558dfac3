/** Search as a reader uses it, in Debian's Chromium against the fixture site (its texts are frozen). */
import { readdirSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/browser';
import { FIXTURE } from '../support/fixture-site';
import { FIXTURE_DIST, FIXTURE_SOURCES } from '../support/paths';

const site = useBuiltSite(FIXTURE_DIST);
const { meetings, projects, ministry } = FIXTURE;
/** How many professions the fixture site has: every text of its sources. */
const FIXTURE_COUNT = readdirSync(FIXTURE_SOURCES).filter((f) => f.endsWith('.txt')).length;
/** A path as a regular expression's source. */
const re = (path: string) => path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
let page: Page;
/** Console errors, such as a Content-Security-Policy violation: none are allowed. */
let errors: string[] = [];

afterEach(async () => {
  await page?.context().close();
  expect(errors).toEqual([]);
  errors = [];
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  // Reduced motion: the browser jumps to an anchor instead of scrolling smoothly, so positions are final.
  page = await (await site.browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce', ...options })).newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  await page.goto(`${site.server.url}${path}`);
  return page;
}

/** Polls like expect.poll, with room for a cold Pagefind load on a busy two-core machine. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });
const resultTitles = () => page.locator('#search-results > li h2').allTextContents();
const headerBox = () => page.getByRole('combobox', { name: 'Cari profesi' });
const options = () => page.locator('#header-search-list [role="option"]');

describe('the header search box', () => {
  it('shows results as you type on a profession page; a matching section lands on its heading with the word highlighted', async () => {
    await open(projects.path);
    await headerBox().click();
    await headerBox().pressSequentially('agenda');
    // The count is announced once the whole word's results are in (not a prefix's, typed on the way).
    await poll(() => page.locator('#header-search-status').textContent()).toMatch(/^1 hasil untuk “agenda”/);
    expect(await headerBox().getAttribute('aria-expanded')).toBe('true');
    expect(await options().first().textContent()).toBe(meetings.title);

    const section = options().nth(1);
    const href = (await section.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${re(meetings.path)}\\?sorot=agenda(&sorot=[^#&]+)*#[a-z-]+$`));
    await section.click();
    await page.waitForURL(new RegExp(`${re(meetings.path)}\\?sorot=agenda`));
    const id = new URL(page.url()).hash.slice(1);
    const heading = page.locator(`h2#${id}`);
    // The heading is at the top of the viewport (below its scroll margin), not the page's top.
    await poll(async () => (await heading.boundingBox())!.y).toBeLessThan(120);
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    // The word is marked in the section that matched.
    const marks = page.locator('article mark.search-highlight');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).map((text) => text.toLowerCase())).toContain('agenda');
  });

  it('works with the keyboard alone: / focuses it, arrows move, Enter opens, Escape closes', async () => {
    await open('/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
    await page.keyboard.type('anggaran');
    await poll(() => page.locator('#header-search-status').textContent()).toMatch(/hasil untuk “anggaran”/);
    expect(await headerBox().getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.press('ArrowDown');
    const first = await options().first().getAttribute('id');
    expect(await headerBox().getAttribute('aria-activedescendant')).toBe(first);
    expect(await options().first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await headerBox().getAttribute('aria-activedescendant')).toBe(await options().nth(1).getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    expect(await headerBox().getAttribute('aria-activedescendant')).toBe(first);

    await page.keyboard.press('Escape');
    expect(await headerBox().getAttribute('aria-expanded')).toBe('false');
    expect(await headerBox().getAttribute('aria-activedescendant')).toBeNull();
    expect(await page.locator('#header-search-list').isVisible()).toBe(false);

    // The profession's own option lands on its first-ranked section, the section's option below it.
    expect(await options().first().getAttribute('href')).toBe(await options().nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${re(projects.path)}\\?sorot=anggaran#[a-z-]+$`));
    expect(await page.locator('h1').textContent()).toBe(projects.title);
  });

  it('offers first the section that holds the words as typed, in the dropdown and on /cari/ alike', async () => {
    // "mengelola anggaran" is said once, in Tugas utama; other sections say "pengelola" more often.
    const query = 'mengelola anggaran';
    const sectionOf = (href: string | null) => new URL(href!, site.server.url).hash;
    await open('/');
    await headerBox().fill(query);
    await poll(() => page.locator('#header-search-status').textContent()).toContain(query);
    expect(await options().first().textContent()).toBe(projects.title);
    const inDropdown = sectionOf(await options().nth(1).getAttribute('href'));
    expect(inDropdown).toBe('#tugas-utama');

    await page.goto(`${site.server.url}/cari/?q=${encodeURIComponent(query)}`);
    const first = page.locator('#search-results > li').first();
    await first.locator('ul a').first().waitFor();
    expect(sectionOf(await first.locator('ul a').first().getAttribute('href'))).toBe(inDropdown);
    // The result's title lands there too, with the words highlighted.
    await first.locator('h2 a').click();
    await page.waitForURL(new RegExp(`${re(projects.path)}\\?sorot=mengelola&sorot=anggaran${inDropdown}$`));
    const marks = page.locator(`article mark.search-highlight`);
    await marks.first().waitFor();
    expect((await marks.allTextContents()).map((text) => text.toLowerCase())).toEqual(expect.arrayContaining(['mengelola', 'anggaran']));
  });

  it('submits to /cari/?q=… on Enter when no result is chosen', async () => {
    await open('/');
    await headerBox().fill('anggaran');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cari/?q=anggaran');
    await page.locator('#search-results > li').first().waitFor();
    expect((await resultTitles())[0]).toBe(projects.title);
  });

  it('finds the ministry by its short name through the synonym table', async () => {
    await open('/');
    await headerBox().fill('Kemlu');
    await poll(() => page.locator('#header-search-status').textContent()).toMatch(/hasil untuk “Kemlu”/);
    expect(await options().first().textContent()).toBe(ministry.title);
  });

  it('still submits to /cari/ without JavaScript, which lists every profession', async () => {
    await open('/', { javaScriptEnabled: false });
    await page.getByRole('searchbox', { name: 'Cari profesi' }).fill('agenda');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cari/?q=agenda');
    expect(await page.locator('#search-all li h2').count()).toBe(FIXTURE_COUNT);
    expect(await page.locator('noscript').count()).toBe(1);
  });
});

describe('the /cari/ page', () => {
  it('shows the results for ?q= in a fresh browser, keeps the address in step, and Back and reload keep the search', async () => {
    await open('/cari/?q=agenda');
    await page.locator('#search-results > li').first().waitFor();
    expect((await resultTitles())[0]).toBe(meetings.title);
    expect(await page.locator('#search-input').inputValue()).toBe('agenda');

    const historyLength = await page.evaluate(() => history.length);
    await page.locator('#search-input').fill('anggaran');
    await page.waitForURL('**/cari/?q=anggaran');
    await poll(async () => (await resultTitles())[0]).toBe(projects.title);
    // The query replaced the history entry rather than adding one.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    await page.locator('#search-results > li h2 a').first().click();
    await page.waitForURL(`**${projects.path}**`);
    await page.goBack();
    await page.waitForURL('**/cari/?q=anggaran');
    await poll(async () => (await resultTitles())[0]).toBe(projects.title);
    expect(await page.locator('#search-input').inputValue()).toBe('anggaran');

    await page.reload();
    await page.locator('#search-results > li').first().waitFor();
    expect((await resultTitles())[0]).toBe(projects.title);
  });

  it('lists each result with its summary and matching sections linking to their anchors', async () => {
    await open('/cari/?q=agenda');
    const first = page.locator('#search-results > li').first();
    await first.waitFor();
    expect(await first.locator('p').first().textContent()).toContain(meetings.summary.slice(0, 40));
    const section = first.locator('ul a').first();
    expect(await section.getAttribute('href')).toMatch(new RegExp(`^${re(meetings.path)}\\?sorot=agenda(&sorot=[^#&]+)*#[a-z-]+$`));
    expect(await first.locator('ul mark').first().textContent()).toMatch(/agenda/i);
    await section.click();
    await page.waitForURL(new RegExp(`${re(meetings.path)}\\?sorot=agenda.*#`));
    expect(await page.locator(`h2#${new URL(page.url()).hash.slice(1)}`).count()).toBe(1);
  });

  it('announces the number of results to screen readers', async () => {
    await open('/cari/?q=diplomasi');
    const status = page.locator('#search-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await poll(() => status.textContent()).toMatch(/^\d+ hasil untuk “diplomasi”$/);
    const count = Number((await status.textContent())!.split(' ')[0]);
    expect(await page.locator('#search-results > li').count()).toBe(count);
  });

  it('asks for words for an empty query, and clearing the box returns to that', async () => {
    await open('/cari/?q=agenda');
    await page.locator('#search-results > li').first().waitFor();
    await page.locator('#search-input').fill('');
    await page.waitForURL('**/cari/');
    await poll(() => page.locator('#search-results > li').count()).toBe(0);
    expect(await page.locator('#search-status').textContent()).toMatch(/^Ketik kata kunci/);
  });

  it('says so in Indonesian when nothing matches, and suggests other words and the list of professions', async () => {
    await open('/cari/?q=zzzqqq');
    await poll(() => page.locator('#search-status').textContent()).toContain('Tidak ada hasil untuk “zzzqqq”');
    expect(await page.locator('#search-results > li').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Lihat daftar semua profesi' }).getAttribute('href')).toBe('/');
    const suggestion = page.locator('#search-empty a').first();
    expect(await suggestion.isVisible()).toBe(true);
    const word = (await suggestion.textContent())!.trim();
    await suggestion.click();
    await page.waitForURL(`**/cari/?q=${encodeURIComponent(word)}`);
    await page.locator('#search-results > li').first().waitFor();
    expect(await page.locator('#search-empty').isVisible()).toBe(false);
  });

  it('loads no Pagefind file on a page until someone searches', async () => {
    const fetched: string[] = [];
    page = await (await site.browser.newContext()).newPage();
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.url}${meetings.path}`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#header-search').focus();
    await poll(() => fetched.includes('/pagefind/pagefind.js')).toBe(true);
  });
});
