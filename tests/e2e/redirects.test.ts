/**
 * An old address of a renamed profession, followed in Debian's Chromium on the fixture site (its
 * record says one profession had another title before): a shared link to a section of the old page
 * lands on the renamed page, at that section.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { headingTop, useBuiltSite } from '../support/browser';
import { FIXTURE_DIST, FIXTURE_SLUG_HISTORY } from '../support/paths';
import { redirectPages } from '../support/site';

const site = useBuiltSite(FIXTURE_DIST);
const [[OLD, NEW]] = [...redirectPages(FIXTURE_SLUG_HISTORY)] as [[string, string]];
/** A section far down the page, so landing at it shows. */
const SECTION = 'ekspektasi-vs-realita';
let context: BrowserContext;

afterEach(async () => {
  await context?.close();
});

/** Opens a page in a fresh context that enforces the pages' CSP, recording console errors and CSP violations. */
async function watchedPage(options: { javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, problems };
}

describe('an old address', () => {
  it('lands on the renamed page, at the #section of the link, with no CSP violation or console error', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site.server.url}${OLD}#${SECTION}`);
    await page.waitForURL(`${site.server.url}${NEW}#${SECTION}`);
    await page.locator(`h2#${SECTION}`).waitFor();
    const top = await headingTop(page, SECTION);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800 / 2);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  it('keeps the query too, and leaves no history entry of the old address behind', async () => {
    const { page } = await watchedPage();
    await page.goto(`${site.server.url}/`);
    await page.goto(`${site.server.url}${OLD}?dari=tautan#${SECTION}`);
    await page.waitForURL(`${site.server.url}${NEW}?dari=tautan#${SECTION}`);
    await page.goBack();
    await page.waitForURL(`${site.server.url}/`);
  });

  it('leads to the renamed page without JavaScript too (its meta refresh: the #section is lost)', async () => {
    const { page } = await watchedPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}${OLD}#${SECTION}`);
    await page.waitForURL(`${site.server.url}${NEW}`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });

  it('that no record gives is not found', async () => {
    const { page } = await watchedPage();
    const response = await page.goto(`${site.server.url}/profesi/tidak-pernah-ada/`);
    expect(response?.status()).toBe(404);
  });
});
