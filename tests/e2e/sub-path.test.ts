/**
 * The fixture site built for a sub-path (`npm run build:fixture:sub`), served under it and nowhere
 * else, as a GitHub Pages project site is: a search from the header box landing on a section with
 * its words highlighted, the search page, a comparison (its data fetched under the base), a section
 * link, an old address and the 404 page all work, and no request leaves the base path.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { headingTop, resultsShown, useBuiltSite } from '../support/browser';
import { FIXTURE } from '../support/fixture-site';
import { FIXTURE_SLUG_HISTORY, FIXTURE_SUB_DIST, SUB_PATH } from '../support/paths';
import { redirectPages } from '../support/site';

const site = useBuiltSite(FIXTURE_SUB_DIST, SUB_PATH);
const { meetings, projects, ministry } = FIXTURE;
/** A site path under the base path: "/cari/" → "/peta-profesi/cari/". */
const under = (path: string) => `${SUB_PATH}${path.slice(1)}`;
/** A path as a regular expression's source. */
const re = (path: string) => path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });
let context: BrowserContext;
let page: Page;
/** Requests to the host outside the base path, console errors (CSP violations among them) and uncaught errors: none are allowed. */
let problems: string[] = [];

afterEach(async () => {
  await context?.close();
  expect(problems).toEqual([]);
  problems = [];
});

/** Opens a site path (under the base) in a fresh context that records every problem. */
async function open(path: string, options: { width?: number; permissions?: string[] } = {}): Promise<Page> {
  context = await site.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    reducedMotion: 'reduce',
    permissions: options.permissions ?? [],
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
  });
  page = await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === site.server.url && !url.pathname.startsWith(SUB_PATH)) problems.push(`request outside ${SUB_PATH}: ${url.pathname}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(`${site.server.url}${under(path)}`);
  return page;
}

describe('the site under a sub-path', () => {
  it('searches from the header box; a section result lands on its heading, under the base, with the word highlighted', async () => {
    await open(projects.path);
    const box = page.getByRole('combobox', { name: 'Cari profesi' });
    await box.click();
    await box.pressSequentially('agenda');
    await poll(() => page.locator('#header-search-status').textContent()).toMatch(/^1 hasil untuk “agenda”/);
    const section = page.locator('#header-search-list [role="option"]').nth(1);
    expect(await section.getAttribute('href')).toMatch(new RegExp(`^${re(under(meetings.path))}\\?sorot=agenda(&sorot=[^#&]+)*#[a-z-]+$`));
    await section.click();
    await page.waitForURL(new RegExp(`${re(under(meetings.path))}\\?sorot=agenda`));
    const id = new URL(page.url()).hash.slice(1);
    expect(await headingTop(page, id)).toBeLessThan(150);
    await page.locator('article mark.search-highlight').first().waitFor();
    await page.waitForLoadState('networkidle');
  });

  it('submits the header box to the search page under the base, whose results lead under the base', async () => {
    await open('/');
    const box = page.getByRole('combobox', { name: 'Cari profesi' });
    await box.fill('anggaran');
    await box.press('Enter');
    await page.waitForURL(`**${under('/cari/')}?q=anggaran`);
    await resultsShown(page);
    const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(under('/profesi/')), href).toBe(true);
    await page.locator('#search-results > li h2 a').first().click();
    await page.waitForURL(new RegExp(`${re(under('/profesi/'))}[a-z0-9-]+/`));
    await page.locator('h1').waitFor();
  });

  it('compares two professions: the data is fetched under the base, and each row links to its section', async () => {
    await open(projects.path);
    await page.getByRole('navigation', { name: 'Bandingkan dengan …' }).getByRole('link', { name: ministry.title }).click();
    await page.waitForURL(`**${under('/bandingkan/')}?a=${projects.slug}&b=${ministry.slug}`);
    const cell = page.locator('section.compare-row .compare-cell').first();
    await cell.waitFor();
    expect(await cell.textContent()).toContain(projects.title);
    const more = page.locator('.compare-cell a[data-more]');
    const hrefs = await more.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${re(under('/profesi/'))}[a-z0-9-]+/#[a-z-]+$`));
    await more.first().click();
    await page.waitForURL(new RegExp(`${re(under(projects.path))}#[a-z-]+$`));
  });

  it('copies a section link under the base, and the link opens the page at that section', async () => {
    const SECTION = 'siapa-yang-kurang-cocok';
    await open(projects.path, { permissions: ['clipboard-read', 'clipboard-write'] });
    const heading = page.locator(`h2#${SECTION}`);
    await heading.hover();
    await heading.locator('button').click();
    await poll(() => heading.locator('button').textContent()).toBe('Tautan disalin');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${site.server.url}${under(projects.path)}#${SECTION}`);
    await page.goto(copied);
    expect(await headingTop(page, SECTION)).toBeLessThan(150);
  });

  it('leads an old address to the renamed page under the base, at the #section of the link', async () => {
    const [[from, to]] = [...redirectPages(FIXTURE_SLUG_HISTORY)] as [[string, string]];
    await open(`${from}#ekspektasi-vs-realita`);
    await page.waitForURL(`${site.server.url}${under(to)}#ekspektasi-vs-realita`);
    await page.locator('h2#ekspektasi-vs-realita').waitFor();
  });

  it('answers an unknown address under the base with the 404 page, whose links lead home under the base', async () => {
    await open('/');
    const response = await page.goto(`${site.server.url}${under('/profesi/tidak-pernah-ada/')}`);
    expect(response?.status()).toBe(404);
    // Chromium reports the 404 status itself as a console error; that one is the point here.
    problems = problems.filter((problem) => !problem.includes('status of 404'));
    await page.getByRole('main').getByRole('link', { name: 'Kembali ke beranda' }).click();
    await page.waitForURL(`${site.server.url}${SUB_PATH}`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });
});
