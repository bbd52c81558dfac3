/**
 * The site works from a keyboard: the skip link comes first, then the search box, then the content;
 * every control on the page is reached by Tab and shows where focus is; the table of contents and
 * the skip link do what they say. Motion stops under prefers-reduced-motion.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { GATE_SITES, resultsShown, useBuiltSite, type BuiltSite } from '../support/browser';

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 900 };

/** What Tab landed on. */
interface Stop {
  /** Index among the page's visible controls, in document order; -1 for anything else. */
  index: number;
  label: string;
  inMain: boolean;
  isSearchBox: boolean;
  /** The focus indicator: an outline or a ring at least 2 px wide, and the element inside the viewport. */
  focusShown: boolean;
  /** A control shown only while focus is near it (a section's "Salin tautan"), so not numbered beforehand. */
  revealed: boolean;
}

const contexts = new Map<string, Promise<BrowserContext>>();
/** Opens a page in a fresh tab; tabs with the same site and settings share a browser context, which is slow to make. */
async function openPage(site: BuiltSite, path: string, viewport = PHONE, reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<Page> {
  const key = `${site.server.url} ${viewport.width} ${reducedMotion}`;
  if (!contexts.has(key)) contexts.set(key, site.browser.newContext({ viewport, reducedMotion }));
  const page = await (await contexts.get(key)!).newPage();
  await page.goto(site.server.url + path);
  if (path.startsWith('/cari/?')) await resultsShown(page);
  return page;
}

/** Numbers the controls a reader can see and Tab to, in document order; returns how many. */
function numberControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, summary, [tabindex]';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.tabIndex >= 0 && (el.checkVisibility() || el.classList.contains('sr-only')),
    );
    document.querySelectorAll('[data-kb]').forEach((el) => el.removeAttribute('data-kb'));
    controls.forEach((el, i) => el.setAttribute('data-kb', String(i)));
    return controls.length;
  });
}

/** Presses Tab and describes where focus went. */
async function tab(page: Page): Promise<Stop> {
  await page.keyboard.press('Tab');
  return page.evaluate(async () => {
    const el = document.activeElement as HTMLElement;
    const visible = () => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    };
    // Focus scrolls the element into view, smoothly where motion is allowed: wait for the scroll to settle.
    // On a loaded machine a smooth scroll can start several frames late, so "settled" means a quarter
    // of a second without movement, not three frames (a CI run once saw a checkbox "out of view").
    for (let still = 0, last = -1, frames = 0; !visible() && still < 15 && frames < 180; frames++) {
      await new Promise(requestAnimationFrame);
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
    }
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const inView = visible();
    return {
      index: Number(el.getAttribute('data-kb') ?? -1),
      label: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).placeholder || '').trim().slice(0, 40)}"`,
      inMain: !!el.closest('main'),
      isSearchBox: el.matches('input[type="search"]'),
      focusShown: el.matches(':focus-visible') && (ring || shadow) && inView,
      revealed: !el.hasAttribute('data-kb') && el !== document.body && el.checkVisibility() && !!el.closest('main'),
    };
  });
}

/** Tabs through the page from the top until focus leaves it or comes back round; returns each stop. */
async function tabThrough(page: Page, limit = 120): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    const stop = await tab(page);
    if (stop.revealed) {
      stops.push(stop);
      continue;
    }
    if (stop.index < 0 || stops.some((s) => s.index === stop.index)) break;
    stops.push(stop);
  }
  return stops;
}

describe.each(GATE_SITES)('the $name', ({ dist, paths, professionPath: PROFESSION, searchResultsPath }) => {
  const site = useBuiltSite(dist);

  afterAll(async () => {
    for (const [key, context] of contexts) {
      if (!key.startsWith(`${site.server.url} `)) continue;
      await (await context).close();
      contexts.delete(key);
    }
  });

  describe.each([
    ['phone', PHONE],
    ['wide screen', WIDE],
  ] as const)('keyboard, %s', (_label, viewport) => {
    it.each([...paths, searchResultsPath])('reaches every control of %s in order, focus always shown', async (path) => {
      const page = await openPage(site, path, viewport);
      try {
        const count = await numberControls(page);
        const stops = await tabThrough(page);
        expect(stops[0]?.label).toBe('a "Langsung ke konten"');
        // Where the header holds a search box (the search and 404 pages have theirs in the content).
        const search = stops.findIndex((s) => s.isSearchBox && !s.inMain);
        const content = stops.findIndex((s) => s.inMain);
        if (search >= 0) expect(search, 'the search box comes before the content').toBeLessThan(content);
        expect(
          stops.filter((s) => !s.focusShown).map((s) => s.label),
          'focus not shown on',
        ).toEqual([]);
        expect(
          stops.filter((s) => !s.revealed).map((s) => s.index),
          'every control reached, in document order',
        ).toEqual([...Array(count).keys()]);
      } finally {
        await page.close();
      }
    });
  });

  describe('keyboard operation', () => {
    it('follows the skip link into the content: the next Tab is on the first control of main', async () => {
      const page = await openPage(site, PROFESSION);
      try {
        await numberControls(page);
        await tab(page);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('konten');
        const next = await tab(page);
        expect(next.inMain).toBe(true);
        expect(next.index).toBe(await page.evaluate(() => Number(document.querySelector('main [data-kb]')?.getAttribute('data-kb'))));
      } finally {
        await page.close();
      }
    });

    it('opens the folded table of contents on a phone with Enter, and its link goes to the section', async () => {
      const page = await openPage(site, PROFESSION, PHONE);
      try {
        let stop = await tab(page);
        while (!stop.label.startsWith('summary')) stop = await tab(page);
        await page.keyboard.press('Enter');
        expect(await page.locator('nav details').getAttribute('open')).not.toBeNull();
        const link = await tab(page);
        expect(link.label).toMatch(/^a "Gambaran pekerjaan"/);
        await page.keyboard.press('Enter');
        await page.waitForURL('**#gambaran-pekerjaan');
        await expect.poll(() => page.locator('h2#gambaran-pekerjaan').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(PHONE.height / 2);
      } finally {
        await page.close();
      }
    });

    it('follows a sidebar table-of-contents link with Enter on a wide screen', async () => {
      const page = await openPage(site, PROFESSION, WIDE);
      try {
        const sidebar = page.locator('aside nav a').nth(1);
        const id = (await sidebar.getAttribute('href'))!.slice(1);
        let stop = await tab(page);
        for (let i = 0; i < 60 && !(await sidebar.evaluate((a) => a === document.activeElement)); i++) stop = await tab(page);
        expect(stop.focusShown).toBe(true);
        await page.keyboard.press('Enter');
        await page.waitForURL(`**#${id}`);
        await expect.poll(() => page.locator(`h2#${id}`).evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(WIDE.height / 2);
      } finally {
        await page.close();
      }
    });
  });

  describe('prefers-reduced-motion', () => {
    /** Returns what moves on the page: smooth scrolling, and elements with a transition or an animation that takes time. */
    const motion = (page: Page) =>
      page.evaluate(() => {
        const moving: string[] = [];
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') moving.push('smooth scrolling');
        for (const el of document.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(el, pseudo);
            const seconds = (list: string) => Math.max(...list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1)));
            const transition = style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0.001;
            if (transition || (style.animationName !== 'none' && seconds(style.animationDuration) > 0.001)) {
              moving.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo ?? ''}`);
            }
          }
        }
        return moving;
      });

    it.each([...paths, searchResultsPath])('stops all motion on %s when the reader asks for less', async (path) => {
      const page = await openPage(site, path, PHONE, 'reduce');
      try {
        expect(await motion(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('keeps its motion otherwise (so the check above can see it)', async () => {
      const page = await openPage(site, PROFESSION, PHONE, 'no-preference');
      try {
        expect(await motion(page)).toContain('smooth scrolling');
      } finally {
        await page.close();
      }
    });
  });
});
