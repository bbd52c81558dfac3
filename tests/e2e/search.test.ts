/** Search as a reader uses it, in Debian's Chromium against the built site. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/support/launch-chromium';
import { serveStatic, type StaticServer } from '../../scripts/support/serve-static';
import { DIST } from '../support/paths';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
});
afterEach(async () => {
  await page.context().close();
});

const resultTitles = () => page.locator('#search-results > li h2').allTextContents();

async function searchFromHome(query: string): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.getByRole('searchbox', { name: 'Cari profesi' }).fill(query);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/cari/?q=${query}`);
  await page.locator('#search-results > li').first().waitFor();
}

describe('search', () => {
  it.each([
    ['anggaran', 'Pengelola Proyek Kerjasama Internasional'],
    ['agenda', 'Koordinator Pertemuan Politik'],
  ])('typing "%s" on the home page ranks %s first', async (query, title) => {
    await searchFromHome(query);
    expect((await resultTitles())[0]).toBe(title);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/hasil untuk/);
  });

  it('follows a result to the profession page', async () => {
    await searchFromHome('anggaran');
    await page.locator('#search-results > li h2 a').first().click();
    await page.waitForURL('**/profesi/pengelola-proyek-kerjasama-internasional/');
    expect(await page.locator('h1').textContent()).toBe('Pengelola Proyek Kerjasama Internasional');
  });

  it('follows a matching section to its anchor on the page', async () => {
    await searchFromHome('agenda');
    const section = page.locator('#search-results > li').first().locator('ul a').first();
    expect(await section.getAttribute('href')).toMatch(/^\/profesi\/koordinator-pertemuan-politik\/#[a-z-]+$/);
    await section.click();
    await page.waitForURL(/\/profesi\/koordinator-pertemuan-politik\/#/);
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`h2#${id}`).count()).toBe(1);
  });

  it('reads ?q= on load and keeps the address in step with the query', async () => {
    await page.goto(`${server.url}/cari/?q=agenda`);
    await page.locator('#search-results > li').first().waitFor();
    expect((await resultTitles())[0]).toBe('Koordinator Pertemuan Politik');
    await page.locator('#search-input').fill('anggaran');
    await page.waitForURL('**/cari/?q=anggaran');
    await expect.poll(async () => (await resultTitles())[0], { timeout: 10_000 }).toBe('Pengelola Proyek Kerjasama Internasional');
  });

  it('says so in Indonesian when nothing matches', async () => {
    await page.goto(`${server.url}/cari/?q=zzzqqq`);
    // Loading Pagefind can take seconds on a busy machine; a poll's 1 s default is too short.
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 }).toContain('Tidak ada hasil untuk “zzzqqq”');
    expect(await page.locator('#search-results > li').count()).toBe(0);
  });
});
