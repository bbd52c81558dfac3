/** What the browser gates share: the pages they visit, how they search, and how they run axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../bench/support/launch-chromium';
import { serveStatic, type StaticServer } from '../../bench/support/serve-static';
import { DIST, FIXTURE_DIST } from './paths';
import { builtPages } from './site';

/** The built site served on loopback and a headless Chromium, for one test file. */
export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
}

/**
 * Serves a build (default: the real site's dist/; FIXTURE_DIST for the fixture site) under its base
 * path (default: the root) and launches Chromium before the file's tests, and closes both after
 * them. Returns an object whose fields are set once the tests run.
 */
export function useBuiltSite(dist: string = DIST, base = '/'): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await serveStatic(dist, base);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * A built site as the browser gates (axe, CSP, keyboard) visit it: every kind of page on the fixture
 * site, a fixed sample of the real site, so the gates cost the same for five professions or five
 * thousand. HTML validity, links and text are checked on every page by the static tests instead.
 */
export interface GateSite {
  /** "fixture site" or "real site", for test names. */
  name: string;
  dist: string;
  /** Site paths to visit ("/404.html" is served with status 200). */
  paths: string[];
  /** One profession page among them. */
  professionPath: string;
  /** A word that finds results on this site: the first long word of a sampled profession's title. */
  searchWord: string;
  /** The search page with results shown, as a link someone shared. */
  searchResultsPath: string;
}

/**
 * Returns the gate view of the build in `dist`: with `everyKind`, every page that is not a profile
 * (home, search, comparison, 404) and one profile; otherwise the home page (which lists every
 * profession) and the longest profile. Either way the count does not grow with the content.
 */
export function gateSite(name: string, dist: string, everyKind: boolean): GateSite {
  const pages = builtPages(dist);
  const paths = [...pages.keys()].sort();
  // Old addresses' redirect pages (under /profesi/ too) leave at once, so a gate would check the page
  // they lead to; tests/e2e/redirects.test.ts and the static tests cover them.
  const profiles = paths.filter((path) => path.startsWith('/profesi/') && pages.get(path)!.includes('data-pagefind-body'));
  // The longest profile has the most of everything: lists, pairs, links, controls.
  const longest = [...profiles].sort((a, b) => pages.get(b)!.length - pages.get(a)!.length || a.localeCompare(b))[0]!;
  const others = everyKind ? paths.filter((p) => !p.startsWith('/profesi/')) : ['/'];
  const title = /<h1[^>]*>([^<]+)</.exec(pages.get(longest) ?? '')?.[1] ?? '';
  const searchWord = (title.toLowerCase().match(/\p{L}{5,}/gu) ?? ['profesi'])[0]!;
  return {
    name,
    dist,
    paths: [...others, longest].sort(),
    professionPath: longest,
    searchWord,
    searchResultsPath: `/cari/?q=${encodeURIComponent(searchWord)}`,
  };
}

/** The sites every browser gate runs on: the frozen fixture site, and the real site of content/. */
export const GATE_SITES: readonly GateSite[] = [gateSite('fixture site', FIXTURE_DIST, true), gateSite('real site', DIST, false)];

/** Returns the page's search box, whichever part of the page holds it (header, or the search page's own). */
export function searchBox(page: Page) {
  return page.getByRole('searchbox').first();
}

/** Searches from the page's search box as a reader does (type, Enter) and waits for the results. */
export async function searchFrom(page: Page, word: string): Promise<void> {
  await searchBox(page).fill(word);
  await searchBox(page).press('Enter');
  await page.waitForURL(`**/cari/?q=${encodeURIComponent(word)}`);
  await resultsShown(page);
}

/** Waits until search results (links to profession pages) show in the search page's result list. */
export async function resultsShown(page: Page): Promise<void> {
  await page.locator('main #search-results a[href*="/profesi/"]').first().waitFor();
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

/** Returns the distance from the top of the window to the section's heading, once scrolling settles. */
export async function headingTop(page: Page, id: string): Promise<number> {
  let previous = NaN;
  for (let i = 0; i < 20; i++) {
    const top = await page.locator(`h2#${id}`).evaluate((h) => h.getBoundingClientRect().top);
    if (top === previous) return top;
    previous = top;
    await page.waitForTimeout(100);
  }
  return previous;
}
