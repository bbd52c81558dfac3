/** Sharing a section as a reader does, in Debian's Chromium against the fixture site. */
import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { headingTop, useBuiltSite } from '../support/browser';
import { FIXTURE } from '../support/fixture-site';
import { FIXTURE_DIST } from '../support/paths';

const site = useBuiltSite(FIXTURE_DIST);
let context: BrowserContext;

afterEach(async () => {
  await context?.close();
});

const PAGE = FIXTURE.projects.path;
const SECTION = 'siapa-yang-kurang-cocok';

describe('section links', () => {
  it('copies a section link with visible feedback, and the link opens the page at that section', async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site.server.url + PAGE);
    const heading = page.locator(`h2#${SECTION}`);
    await heading.hover();
    // Located by place, not by name: its name changes to the feedback.
    const button = heading.locator('button');
    expect(await heading.getByRole('button', { name: 'Salin tautan' }).count()).toBe(1);
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Tautan disalin');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${site.server.url}${PAGE}#${SECTION}`);

    const opened = await context.newPage();
    await opened.goto(copied);
    const top = await headingTop(opened, SECTION);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(150);
    // The table of contents marks the section in view.
    await expect.poll(() => opened.locator('aside nav a[aria-current="location"]').getAttribute('href')).toBe(`#${SECTION}`);
  });

  it('offers "Bagikan" on a phone and hands the section URL to the Web Share API', async () => {
    context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    const page = await context.newPage();
    await page.goto(site.server.url + PAGE);
    await page.locator(`h2#${SECTION}`).getByRole('button', { name: 'Bagikan' }).tap();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ title: `Siapa yang kurang cocok — ${FIXTURE.projects.title} — Peta Profesi`, url: `${site.server.url}${PAGE}#${SECTION}` }]);
  });

  it('copies instead when the Web Share API refuses', async () => {
    context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: async () => Promise.reject(new DOMException('no', 'NotAllowedError')) });
    });
    const page = await context.newPage();
    await page.goto(site.server.url + PAGE);
    const button = page.locator(`h2#${SECTION} button`);
    expect(await button.textContent()).toBe('Bagikan');
    await button.tap();
    await expect.poll(() => button.textContent()).toBe('Tautan disalin');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}${PAGE}#${SECTION}`);
  });

  it('keeps a working link to each section without JavaScript', async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + PAGE);
    expect(await page.locator('.section-share').count()).toBe(0);
    await page.locator(`h2#${SECTION}`).hover();
    await page.locator(`h2#${SECTION} a.heading-link`).click();
    await page.waitForURL(`**${PAGE}#${SECTION}`);
    expect(await headingTop(page, SECTION)).toBeLessThan(150);
  });
});

describe('printing a profession page', () => {
  it('shows the content only, and writes out the address of each link to another profession', async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.server.url + PAGE);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['body > header', 'body > footer', 'nav[aria-label="Daftar isi"]', '.section-share', '.prev-next']) {
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
      expect(shown, selector).toBe(0);
    }
    const related = page.locator('.related li a').first();
    const after = await related.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" \(https?:\/\/[^ ]+\/profesi\/[a-z-]+\/\)"$/);
    expect(await related.evaluate((a) => getComputedStyle(a, '::after').position)).toBe('static');
    expect(await page.locator('h1').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
