/**
 * Nothing moves while a page loads: no layout shift on any kind of page of the fixture site, on a
 * phone (touch, as Lighthouse's mobile run emulates it) and on a desktop. A shift is what a reader
 * notices as text jumping away under their thumb, and what Lighthouse's CLS adds up.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gateSite, useBuiltSite } from '../support/browser';
import { FIXTURE_DIST } from '../support/paths';

const site = useBuiltSite(FIXTURE_DIST);
const { paths } = gateSite('fixture site', FIXTURE_DIST, true);

/** Lighthouse 12's mobile device (a Moto G Power) and a desktop window. */
const DEVICES: [name: string, options: BrowserContextOptions][] = [
  ['phone', { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }],
  ['desktop', { viewport: { width: 1350, height: 940 } }],
];

/** One layout shift as the browser reports it: how much, and the elements that moved. */
interface Shift {
  value: number;
  moved: string[];
}

describe.each(DEVICES)('on a %s', (_name, options) => {
  it.each(paths)('%s loads without a layout shift', async (path) => {
    const context = await site.browser.newContext(options);
    try {
      const page = await context.newPage();
      // Registered before the page's own scripts run, so a shift they cause is seen. A function, not
      // a string: the page's policy forbids eval.
      await page.addInitScript(() => {
        const shifts: Shift[] = [];
        Object.assign(window, { __shifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
            shifts.push({
              value: entry.value,
              moved: (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName))),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(site.server.url + path, { waitUntil: 'load' });
      // Let the scripts finish and two frames be painted after them.
      await page.waitForTimeout(300);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
      // Every shift counts, even one flagged "after recent input": the test gives no input, and
      // Chromium's touch emulation flags every shift that way (Lighthouse ignores the flag too).
      expect(shifts).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
