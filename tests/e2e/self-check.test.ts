/** "Apakah saya cocok?" as a reader uses it, in Debian's Chromium against the fixture site. */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/browser';
import { FIXTURE } from '../support/fixture-site';
import { FIXTURE_DIST } from '../support/paths';

/** Fetches and scripts can take seconds on a shared two-core machine; a poll's 1 s default is too short. */
const SLOW = { timeout: 10_000 };

const site = useBuiltSite(FIXTURE_DIST);
const { meetings } = FIXTURE;
let page: Page;

beforeEach(async () => {
  page = await (await site.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await page.goto(`${site.server.url}${meetings.path}`);
});
afterEach(async () => {
  await page.context().close();
});

const selfCheck = () => page.locator('section[aria-labelledby="apakah-saya-cocok"]');
const result = () => page.locator('#self-check-result');
const FIT = 'Mampu bekerja dengan tenggat waktu yang ketat';
const UNFIT = 'Sulit berkomunikasi dengan berbagai pihak';

describe('self-check', () => {
  it('quotes back the ticked statements of each side, and sends nothing anywhere', async () => {
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await selfCheck().getByLabel(FIT).check();
    await selfCheck().getByLabel(UNFIT).check();
    await selfCheck().getByRole('button', { name: 'Lihat hasil' }).click();

    const fitSide = result().locator('[data-side="fit"]');
    const unfitSide = result().locator('[data-side="unfit"]');
    expect(await fitSide.locator('q').allTextContents()).toEqual([FIT]);
    expect(await unfitSide.locator('q').allTextContents()).toEqual([UNFIT]);
    expect(await fitSide.innerText()).toContain('1 dari 5 pernyataan kamu centang');
    expect(await unfitSide.innerText()).toContain('1 dari 3 pernyataan kamu centang');
    expect(await result().innerText()).toContain('Berdasarkan pernyataan dari teks profesi ini');
    expect(await result().innerText()).toContain('Kamu mencentang pernyataan dari kedua sisi.');
    expect(await result().getAttribute('aria-live')).toBe('polite');
    expect(requests).toEqual([]);
  });

  it('updates the reading as ticks change once it is shown', async () => {
    await selfCheck().getByLabel(FIT).check();
    await selfCheck().getByRole('button', { name: 'Lihat hasil' }).click();
    expect(await result().innerText()).toContain('tidak ada tanda kurang cocok yang kamu centang');
    await selfCheck().getByLabel(FIT).uncheck();
    await expect.poll(() => result().innerText(), SLOW).toContain('Kamu belum mencentang pernyataan apa pun.');
    expect(await result().locator('q').count()).toBe(0);
  });

  it('points to the full sections and to related professions', async () => {
    await selfCheck().getByRole('button', { name: 'Lihat hasil' }).click();
    await result().getByRole('link', { name: 'Siapa yang kurang cocok' }).last().click();
    await page.waitForURL(`**${meetings.path}#siapa-yang-kurang-cocok`);
    const related = await result()
      .locator('ul:not([data-quotes]) a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(related.length).toBeGreaterThan(0);
    for (const href of related) {
      expect(href).toMatch(/^\/profesi\/[a-z0-9-]+\/$/);
      expect(href).not.toBe(meetings.path);
    }
  });
});
