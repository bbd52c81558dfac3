/**
 * Every kind of page of the fixture site and a sample of the real site's (GATE_SITES), as a host
 * serving dist/_headers would send it and with its own <meta> policy, loads and runs a search with
 * no Content-Security-Policy violation and nothing in the console's errors.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GATE_SITES, resultsShown, searchBox, searchFrom, useBuiltSite, type BuiltSite } from '../support/browser';

/** Opens a page in a fresh context that enforces CSP, recording what went wrong and what Pagefind fetched. */
async function watchedPage(site: BuiltSite): Promise<{ page: Page; problems: string[]; pagefindWasm: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const pagefindWasm: string[] = [];
  // Runs before any page script, outside the page's CSP.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  context.on('requestfinished', (request) => {
    if (/\/pagefind\/wasm\.[^/]+\.pagefind$/.test(request.url())) pagefindWasm.push(request.url());
  });
  context.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  return { page, problems, pagefindWasm };
}

describe.each(GATE_SITES)('the $name', ({ dist, paths, searchWord, searchResultsPath }) => {
  const site = useBuiltSite(dist);

  it.each(paths)('loads %s, and searches from its search box, with no CSP violation and no console error', async (path) => {
    const { page, problems, pagefindWasm } = await watchedPage(site);
    try {
      const response = await page.goto(site.server.url + path);
      expect(response?.status()).toBe(200);
      if ((await searchBox(page).count()) > 0) {
        await searchFrom(page, searchWord);
        await page.waitForLoadState('networkidle');
        // The search really ran: Pagefind's WebAssembly (allowed by 'wasm-unsafe-eval') was loaded.
        expect(pagefindWasm).not.toEqual([]);
      }
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('shows the results of a shared search link with no CSP violation and no console error', async () => {
    const { page, problems, pagefindWasm } = await watchedPage(site);
    try {
      await page.goto(site.server.url + searchResultsPath);
      await resultsShown(page);
      await page.waitForLoadState('networkidle');
      expect(pagefindWasm).not.toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
