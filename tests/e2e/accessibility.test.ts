/**
 * axe-core finds no violation on every kind of page of the fixture site and a sample of the real
 * site's (GATE_SITES), on a phone and a wide screen, in light and dark: as loaded, with a search
 * typed into its search box, and on the search page with results shown. Widths and colour schemes
 * change in place, so each page is loaded (and axe injected) once.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GATE_SITES, axeViolations, resultsShown, searchBox, useBuiltSite, type BuiltSite } from '../support/browser';

type Scheme = 'light' | 'dark';
const PHONE = { width: 390, height: 844 };
// The wide layout shows the sidebar table of contents instead of the folded one.
const WIDE = { width: 1280, height: 900 };
const ALL_VIEWS: [string, typeof PHONE, Scheme][] = [
  ['phone, light', PHONE, 'light'],
  ['phone, dark', PHONE, 'dark'],
  ['wide, light', WIDE, 'light'],
  ['wide, dark', WIDE, 'dark'],
];

/** Returns the violations of the page as it stands, in each view, each line prefixed with its state. */
async function violationsIn(page: Page, state: string, views = ALL_VIEWS): Promise<string[]> {
  const found: string[] = [];
  for (const [label, viewport, colorScheme] of views) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    // Colour transitions started by the switch would otherwise be measured half-way. A transition
    // replaced by a newer one rejects `finished` with AbortError: it has ended all the same.
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
    found.push(...(await axeViolations(page)).map((v) => `${state}, ${label}: ${v}`));
  }
  return found;
}

/** Opens a page in a context that bypasses CSP: axe is injected as an inline script, which the site's CSP rightly blocks. */
async function openPage(site: BuiltSite, path: string): Promise<Page> {
  const context = await site.browser.newContext({ viewport: PHONE, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(site.server.url + path);
  return page;
}

describe.each(GATE_SITES)('axe-core on the $name', ({ dist, paths, searchWord, searchResultsPath }) => {
  const site = useBuiltSite(dist);

  it.each(paths)('finds no violation on %s, as loaded and with a search typed in', async (path) => {
    const page = await openPage(site, path);
    try {
      const violations = await violationsIn(page, 'as loaded');
      if ((await searchBox(page).count()) > 0) {
        // Typed but not submitted: a search box that opens live results is checked open.
        await searchBox(page).fill(searchWord);
        await page.waitForLoadState('networkidle');
        violations.push(...(await violationsIn(page, 'search typed', [ALL_VIEWS[0]!, ALL_VIEWS[3]!])));
      }
      expect(violations).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it(`finds no violation on ${searchResultsPath} with the results shown`, async () => {
    const page = await openPage(site, searchResultsPath);
    try {
      await resultsShown(page);
      expect(await violationsIn(page, 'results shown')).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
