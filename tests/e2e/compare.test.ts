/** Comparing professions as a reader does, in Debian's Chromium against the fixture site. */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/browser';
import { FIXTURE } from '../support/fixture-site';
import { FIXTURE_DIST } from '../support/paths';

/** Fetches and scripts can take seconds on a shared two-core machine; a poll's 1 s default is too short. */
const SLOW = { timeout: 10_000 };

const site = useBuiltSite(FIXTURE_DIST);
let page: Page;

afterEach(async () => {
  await page?.context().close();
});

async function open(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  page = await (await site.browser.newContext({ viewport: { width, height: 900 }, ...options })).newPage();
  return page;
}

const { projects: PROJECT, ministry: MINISTRY, meetings: MEETINGS } = FIXTURE;
const row = (heading: string) => page.locator('section.compare-row', { has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });

/** Returns each cell of a row as [profession title, text]. */
async function cells(heading: string): Promise<[string, string][]> {
  return row(heading)
    .locator('.compare-cell')
    .evaluateAll((nodes) => nodes.map((n) => [n.querySelector('h3')!.textContent!.trim(), n.textContent!.replace(/\s+/g, ' ').trim()] as [string, string]));
}

describe('comparison', () => {
  it('opens from a profession page, shows both professions row by row, and survives a reload', async () => {
    await open(1280);
    await page.goto(`${site.server.url}/profesi/${PROJECT.slug}/`);
    const compareNav = page.getByRole('navigation', { name: 'Bandingkan dengan …' });
    await compareNav.getByRole('link', { name: MINISTRY.title }).click();
    await page.waitForURL(`**/bandingkan/?a=${PROJECT.slug}&b=${MINISTRY.slug}`);
    await row('Tugas utama').locator('.compare-cell').first().waitFor();

    const check = async () => {
      const tasks = await cells('Tugas utama');
      expect(tasks.map(([title]) => title)).toEqual([PROJECT.title, MINISTRY.title]);
      expect(tasks[0]![1]).toContain('menyusun proposal proyek, mengelola anggaran');
      expect(tasks[1]![1]).toContain('membangun hubungan diplomasi dengan negara-negara lain');
      const fit = await cells('Siapa yang cocok');
      expect(fit[0]![1]).toContain('Memiliki keahlian dalam mengelola proyek skala besar');
      expect(fit[1]![1]).toContain('Memiliki keahlian diplomasi yang kuat');
      // Neither text names majors: the row is left out rather than shown empty.
      expect(await row('Jurusan kuliah yang mendukung').isHidden()).toBe(true);
      // Aligned: on a desktop the two cells of a row start at the same height, side by side.
      const boxes = await row('Siapa yang kurang cocok')
        .locator('.compare-cell')
        .evaluateAll((n) => n.map((c) => c.getBoundingClientRect().toJSON()));
      expect(boxes[0].top).toBe(boxes[1].top);
      expect(boxes[0].right).toBeLessThanOrEqual(boxes[1].left);
      expect(await page.title()).toBe(`${PROJECT.title} vs ${MINISTRY.title} — Bandingkan profesi — Peta Profesi`);
    };
    await check();
    const before = await page.locator('#compare-result').innerText();
    await page.reload();
    await row('Tugas utama').locator('.compare-cell').first().waitFor();
    await check();
    expect(await page.locator('#compare-result').innerText()).toBe(before);
  });

  it('stacks the cells on a phone, each labelled with its profession', async () => {
    await open(390);
    await page.goto(`${site.server.url}/bandingkan/?a=${PROJECT.slug}&b=${MINISTRY.slug}`);
    await row('Tugas utama').locator('.compare-cell').first().waitFor();
    const boxes = await row('Tugas utama')
      .locator('.compare-cell')
      .evaluateAll((n) => n.map((c) => c.getBoundingClientRect().toJSON()));
    expect(boxes[1].top).toBeGreaterThanOrEqual(boxes[0].bottom);
    expect(await row('Tugas utama').locator('h3').allTextContents()).toEqual([PROJECT.title, MINISTRY.title]);
  });

  it('links each cell to the section on the profession page', async () => {
    await open(1280);
    await page.goto(`${site.server.url}/bandingkan/?a=${PROJECT.slug}&b=${MINISTRY.slug}`);
    await row('Ekspektasi vs realita').getByRole('link', { name: 'Baca bagian ini di profil' }).nth(1).click();
    await page.waitForURL(`**/profesi/${MINISTRY.slug}/#ekspektasi-vs-realita`);
  });

  it('changes the compared professions with the form, keeping them in the address', async () => {
    await open(1280);
    await page.goto(`${site.server.url}/bandingkan/?a=${PROJECT.slug}`);
    await expect.poll(() => page.locator('#compare-status').innerText(), SLOW).toBe('Pilih dua profesi untuk dibandingkan.');
    expect(await page.getByLabel('Profesi pertama').inputValue()).toBe(PROJECT.slug);
    await page.getByLabel('Profesi kedua').selectOption({ label: MEETINGS.title });
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    await page.waitForURL(`**/bandingkan/?a=${PROJECT.slug}&b=${MEETINGS.slug}&c=`);
    await expect.poll(async () => (await cells('Gambaran pekerjaan')).map(([title]) => title), SLOW).toEqual([PROJECT.title, MEETINGS.title]);
    // A section only one text has: the other cell says so, and the row stays aligned.
    const majors = await cells('Jurusan kuliah yang mendukung');
    expect(majors[0]![1]).toContain('Teks profesi ini tidak membahas bagian ini.');
    expect(majors[1]![1]).toContain('Hubungan Internasional');
  });

  it('says so when the address names a profession that does not exist', async () => {
    await open(390);
    await page.goto(`${site.server.url}/bandingkan/?a=${PROJECT.slug}&b=tidak-ada`);
    await expect.poll(() => page.locator('#compare-status').innerText(), SLOW).toContain('tidak ditemukan');
    expect(await page.locator('#compare-result').isHidden()).toBe(true);
    expect(await page.getByLabel('Profesi kedua').isVisible()).toBe(true);
  });

  it('without JavaScript, still offers links to both professions', async () => {
    await open(390, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/bandingkan/?a=${PROJECT.slug}&b=${MINISTRY.slug}`);
    for (const p of [PROJECT, MINISTRY]) {
      await expect.poll(() => page.getByRole('link', { name: p.title, exact: true }).getAttribute('href'), SLOW).toBe(`/profesi/${p.slug}/`);
    }
    expect(await page.locator('#compare-picker').isHidden()).toBe(true);
  });
});
