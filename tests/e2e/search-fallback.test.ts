/**
 * The /cari/ page's list of every profession is for browsers that run no script: with scripts, a
 * search never shows it, not even for a frame before the results; without, it is there with its links.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { professionPath, searchPath } from '../../src/routes';
import { t } from '../../src/i18n/id';
import { useBuiltSite } from '../support/browser';
import { FIXTURE, fixtureProfession } from '../support/fixture-site';
import { FIXTURE_DIST, FIXTURE_SOURCES } from '../support/paths';

const site = useBuiltSite(FIXTURE_DIST);
/** Every profession page of the fixture site, as the list links it. */
const EVERY_PROFESSION = readdirSync(FIXTURE_SOURCES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fixtureProfession(f).path)
  .sort();
/** What every link to a profession page starts with. */
const PROFESSION_PREFIX = professionPath('x').slice(0, -'x/'.length);
/** A word of one fixture text, so `?q=` has a result to wait for. */
const WORD = 'agenda';

let page: Page;
let errors: string[] = [];

afterEach(async () => {
  await page?.context().close();
  expect(errors).toEqual([]);
  errors = [];
});

async function open(javaScriptEnabled: boolean): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
  // Runs in the page before anything else, from the first byte of the document: at every change to
  // the document and at every frame (a requestAnimationFrame callback runs just before each paint),
  // counts links to profession pages the reader could see outside the result list.
  await context.addInitScript((prefix: string) => {
    const w = window as unknown as { seen: { samples: number; beforeResults: number; listShown: number } };
    w.seen = { samples: 0, beforeResults: 0, listShown: 0 };
    const sample = () => {
      w.seen.samples++;
      if (!document.querySelector('#search-results > li')) w.seen.beforeResults++;
      for (const link of document.querySelectorAll(`a[href^="${prefix}"]`)) {
        if (link.closest('#search-results')) continue;
        const box = link.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && link.checkVisibility({ opacityProperty: true, visibilityProperty: true })) w.seen.listShown++;
      }
    };
    new MutationObserver(sample).observe(document, { childList: true, subtree: true, attributes: true });
    const frame = () => {
      sample();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, PROFESSION_PREFIX);
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return page;
}

/** What the watcher in the page counted so far. */
const seen = () => page.evaluate(() => (window as unknown as { seen: { samples: number; beforeResults: number; listShown: number } }).seen);

/** Waits for two more frames, so the watcher samples what the page finally painted. */
const twoFrames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describe('the list of every profession on /cari/', () => {
  it('never shows while a ?q= search loads and when its results show, with scripts', async () => {
    await open(true);
    await page.goto(`${site.server.url}${searchPath(WORD)}`);
    await page.locator('#search-results > li').first().waitFor({ timeout: 20_000 });
    await twoFrames();
    expect(await page.locator('#search-results > li h2').first().textContent()).toBe(FIXTURE.meetings.title);
    const { samples, beforeResults, listShown } = await seen();
    // The watcher saw the page before its results (so it would have seen a list shown meanwhile)…
    expect(beforeResults).toBeGreaterThan(0);
    expect(samples).toBeGreaterThan(beforeResults);
    // …and at no change and in no frame was a profession linked outside the results.
    expect(listShown).toBe(0);
    expect(await page.locator('#search-all').count()).toBe(0);
  });

  it('is not shown for an empty query, with scripts: the page asks for words', async () => {
    await open(true);
    await page.goto(`${site.server.url}${searchPath()}`);
    await twoFrames();
    expect(await page.locator('#search-status').textContent()).toBe(t.searchHint);
    expect((await seen()).listShown).toBe(0);
  });

  it('offers other words and the home page, which lists every profession, when nothing matches, with scripts', async () => {
    await open(true);
    await page.goto(`${site.server.url}${searchPath('zzzqqq')}`);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toContain(t.searchNoResults('zzzqqq'));
    expect((await seen()).listShown).toBe(0);
    const browse = page.getByRole('link', { name: t.searchBrowseAll });
    expect(await browse.isVisible()).toBe(true);
    await browse.click();
    await page.waitForURL(`${site.server.url}/`);
    const listed = await page.locator(`main a[href^="${PROFESSION_PREFIX}"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect([...new Set(listed)].sort()).toEqual(EVERY_PROFESSION);
  });

  it.each([searchPath(WORD), searchPath()])('lists every profession with its link on %s without scripts', async (path) => {
    await open(false);
    await page.goto(`${site.server.url}${path}`);
    const list = page.locator('#search-all');
    expect(await list.isVisible()).toBe(true);
    expect(await list.getByRole('heading', { name: t.allProfessions, exact: true }).isVisible()).toBe(true);
    const links = list.locator(`a[href^="${PROFESSION_PREFIX}"]`);
    expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual(EVERY_PROFESSION);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    // Playwright's text matching skips <noscript>, so the message is found by its markup.
    const message = page.locator('noscript > p').first();
    expect(await message.textContent()).toBe(t.searchNeedsJs);
    expect(await message.isVisible()).toBe(true);
  });
});
