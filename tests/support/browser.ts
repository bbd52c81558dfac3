/** What the browser gates share: the pages they visit, how they search, and how they run axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/support/launch-chromium';
import { serveStatic, type StaticServer } from '../../scripts/support/serve-static';
import { DIST } from './paths';
import { builtPages } from './site';

/** The built site served on loopback and a headless Chromium, for one test file. */
export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
}

/**
 * Serves a build (default: the real site's dist/; FIXTURE_DIST for the fixture site) and launches
 * Chromium before the file's tests, and closes both after them. Returns an object whose fields are
 * set once the tests run.
 */
export function useBuiltSite(dist: string = DIST): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await serveStatic(dist);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Every page of dist/ by the path a reader would open ("/404.html" is served with status 200). */
export const SITE_PATHS = [...builtPages().keys()].sort();

/** A word several professions share, so a search shows results with matching sections. */
export const SEARCH_WORD = 'anggaran';

/** The search page with results shown, as a link someone shared. */
export const SEARCH_RESULTS_PATH = `/cari/?q=${SEARCH_WORD}`;

/** Returns the page's search box, whichever part of the page holds it (header, or the search page's own). */
export function searchBox(page: Page) {
  return page.getByRole('searchbox').first();
}

/** Searches from the page's search box as a reader does (type, Enter) and waits for the results. */
export async function searchFrom(page: Page, word = SEARCH_WORD): Promise<void> {
  await searchBox(page).fill(word);
  await searchBox(page).press('Enter');
  await page.waitForURL(`**/cari/?q=${word}`);
  await resultsShown(page);
}

/**
 * Waits until search results (links to profession pages) show in the search page's result list; the
 * list of every profession below it is there from the start and does not count.
 */
export async function resultsShown(page: Page): Promise<void> {
  await page.locator('main #search-results a[href^="/profesi/"]').first().waitFor();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Returns axe-core's violations on the page as it stands, one line each: "rule (impact): targets".
 * The script is added inline, so the page's context must bypass CSP (the CSP test uses one that does not).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is the global the script above defines
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return (results.violations as { id: string; impact: string; nodes: { target: string[] }[] }[]).map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return violations;
}
