/**
 * Offline reading, in Debian's Chromium against the fixture site: a reader opens the home page and
 * some profession pages (and searches once), loses the connection (`context.setOffline`), and still
 * reads what they opened, compares it, searches over what was fetched, and gets a plain Indonesian
 * offline page, never a blank one, for a page never opened; with no console error on the way.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../bench/support/serve-static';
import { offlinePlan, serviceWorkerSource } from '../../src/build/integrations/service-worker';
import { cacheNames } from '../../src/core/offline/plan';
import { comparePath, homePath, pagefindPath, professionDataPath, searchPath, serviceWorkerPath } from '../../src/routes';
import { t, tCompare } from '../../src/i18n/id';
import { resultsShown, useBuiltSite } from '../support/browser';
import { FIXTURE } from '../support/fixture-site';
import { FIXTURE_DIST } from '../support/paths';
import { tempDir } from '../support/temp-dir';

/** The worker's install fetches the shell on a shared two-core machine: allow it time. */
const SLOW = { timeout: 20_000 };

const site = useBuiltSite(FIXTURE_DIST);
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

/** Waits until `check` holds, asking every 100 ms (the worker's caches answer with promises, which waitForFunction does not wait for). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (const start = Date.now(); !(await check()); await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (Date.now() - start > SLOW.timeout) throw new Error(`timed out waiting for ${what}`);
  }
}

/** Waits until the worker's caches hold `path`. */
async function kept(path: string): Promise<void> {
  await until(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, path), `${path} in the caches`);
}

/** Returns the names of the worker's shell caches, one per deploy it has seen. */
const shells = (on: Page) => on.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('peta-profesi-shell-')));

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // First visit: the worker installs, keeps the shell and takes control of the page.
  await page.goto(site.server.url + homePath());
  // The first install fetches some sixty files; on a loaded two-core machine that has taken over
  // 20 s (a CI run), so this one wait gets longer.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  // Pagefind is kept on install, before any search.
  await kept(pagefindPath('pagefind.js'));
  // Two profession pages read online, and one search that finds only the first.
  for (const profession of [FIXTURE.meetings, FIXTURE.projects]) {
    await page.goto(site.server.url + profession.path);
    await kept(professionDataPath(profession.slug));
  }
  await page.goto(site.server.url + searchPath('agenda'));
  await resultsShown(page);
  await page.goto(site.server.url + FIXTURE.meetings.path);
  await context.setOffline(true);
}, 120_000);

afterAll(async () => {
  await context?.close();
});

describe('offline, after a first visit', () => {
  it('reloads a profession page the reader opened', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(FIXTURE.meetings.title);
    // Its stylesheet came from the cache too: the page is laid out, not bare HTML.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');
  });

  it('opens the other page the reader opened, from a link on the home page', async () => {
    await page.goto(site.server.url + homePath());
    await page.getByRole('link', { name: FIXTURE.projects.title }).first().click();
    await page.waitForURL(`**${FIXTURE.projects.path}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(FIXTURE.projects.title);
  });

  it('shows the Indonesian offline page for a profession never opened', async () => {
    const response = await page.goto(site.server.url + FIXTURE.ministry.path);
    expect(response?.ok()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(t.offlineHeading);
    await expect(page.getByRole('link', { name: t.backHome }).count()).resolves.toBe(1);
  });

  it('compares the two professions the reader opened', async () => {
    await page.goto(site.server.url + comparePath([FIXTURE.meetings.slug, FIXTURE.projects.slug]));
    const titles = page.locator('section.compare-row').first().locator('.compare-cell h3');
    await titles.first().waitFor(SLOW);
    await expect(titles.allTextContents()).resolves.toEqual([FIXTURE.meetings.title, FIXTURE.projects.title].map((title) => expect.stringContaining(title)));
    await expect(page.getByText(tCompare.compareError).isVisible()).resolves.toBe(false);
  });

  it('searches over the index already fetched: the search made online finds its page again', async () => {
    await page.goto(site.server.url + searchPath('agenda'));
    await resultsShown(page);
    await expect(page.locator(`main #search-results a[href^="${FIXTURE.meetings.path}"]`).count()).resolves.toBeGreaterThan(0);
  });

  it('says plainly that it is offline when a search needs what was never fetched', async () => {
    await page.goto(site.server.url + searchPath('Kemlu'));
    await page.locator('#search-status', { hasText: t.searchOffline }).waitFor(SLOW);
  });

  it('logged no console error and threw nothing on the way', () => {
    expect(problems).toEqual([]);
  });
});

describe('a new deploy', () => {
  it('reaches a returning reader on the next visit, and replaces what the old worker kept', async () => {
    const dist = tempDir('offline-deploy');
    cpSync(FIXTURE_DIST, dist, { recursive: true });
    const server = await serveStatic(dist);
    const deployContext = await site.browser.newContext();
    try {
      const reader = await deployContext.newPage();
      await reader.goto(server.url + homePath());
      await reader.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, SLOW);
      await expect.poll(() => shells(reader), SLOW).toEqual([cacheNames(offlinePlan(dist).version).shell]);
      // The deploy: the home page changes, and the build writes a worker of a new version.
      const home = `${dist}/index.html`;
      writeFileSync(home, readFileSync(home, 'utf8').replace(t.homeHeading, 'Versi baru'));
      const plan = offlinePlan(dist);
      writeFileSync(`${dist}${serviceWorkerPath()}`, await serviceWorkerSource(plan));
      await reader.goto(server.url + homePath());
      await expect(reader.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Versi baru');
      // The new worker took over and dropped the old shell; offline, the kept home page is the new one.
      await expect.poll(() => shells(reader), SLOW).toEqual([cacheNames(plan.version).shell]);
      await deployContext.setOffline(true);
      await reader.reload();
      await expect(reader.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Versi baru');
    } finally {
      await deployContext.close();
      await server.close();
    }
  }, 60_000);
});
