import { describe, expect, it } from 'vitest';
import { budgetRows, firstVisit, type PageWeight } from '../../bench/budgets';

// A tiny site: a module script importing a shared chunk that lazily imports Pagefind, and a
// stylesheet naming a font.
const FILES: Record<string, string> = {
  '/_astro/page.js': 'import{a as b}from"./shared.js";import("/pagefind/pagefind.js");',
  '/_astro/shared.js': 'export const a=1;',
  '/_astro/site.css': '@font-face{font-family:X;src:url(./x.woff2) format("woff2")}',
  '/legacy.js': '',
};
const read = (path: string) => FILES[path] ?? '';

describe('firstVisit', () => {
  it('returns stylesheets with their fonts, module scripts with their static imports, and the icon', () => {
    const html = `<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">
      <script type="module" src="/_astro/page.js"></script></head><body><img src="/a.png" alt=""></body></html>`;
    expect(firstVisit(html, read)).toEqual({
      css: ['/_astro/site.css'],
      js: ['/_astro/page.js', '/_astro/shared.js'],
      fonts: ['/_astro/x.woff2'],
      other: ['/favicon.svg', '/a.png'],
      renderBlocking: [],
    });
  });

  it.each([
    // A classic script in the head stops the parser until it has loaded and run.
    ['<head><script src="/legacy.js"></script></head>', ['/legacy.js']],
    ['<head><script defer src="/legacy.js"></script></head>', []],
    ['<head><script async src="/legacy.js"></script></head>', []],
    // At the end of the body the page above it has already rendered.
    ['<head></head><body><script src="/legacy.js"></script></body>', []],
  ])('in %s finds render-blocking scripts %j', (html, blocking) => {
    expect(firstVisit(html, read).renderBlocking).toEqual(blocking);
  });

  it('ignores external URLs', () => {
    expect(firstVisit('<head><link rel="stylesheet" href="https://cdn.example/x.css"></head>', read).css).toEqual([]);
  });
});

/** A profession page's weight in gzip bytes, with every kind zero unless given. */
function page(gzip: Partial<Record<'html' | 'css' | 'js' | 'fonts' | 'other', number>>, renderBlocking: string[] = []): PageWeight {
  const kind = (n = 0): [number, number] => [n * 3, n];
  return { html: kind(gzip.html), css: kind(gzip.css), js: kind(gzip.js), fonts: kind(gzip.fonts), other: kind(gzip.other), renderBlocking };
}
const verdicts = (pages: PageWeight[]) => Object.fromEntries(budgetRows(pages).map((row) => [row.label, row.verdict]));

describe('budgetRows', () => {
  it('passes a light page with no web font and no render-blocking script', () => {
    expect(Object.values(verdicts([page({ html: 5000, css: 5000, js: 2000, other: 1000 })]))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('misses the font budget when a first visit loads any web font, and shows its size', () => {
    const rows = budgetRows([page({ html: 5000 }), page({ html: 5000, fonts: 2048 })]);
    expect(rows.find((row) => row.label === 'web fonts')).toEqual({ label: 'web fonts', measured: '2.0', budget: '0 KB', verdict: 'MISSED' });
  });

  it.each([
    // Each figure is the heaviest page's, so one heavy page misses for all.
    ['HTML', page({ html: 7 * 1024 + 1 })],
    ['CSS', page({ css: 8 * 1024 + 1 })],
    ['JS before search is used', page({ js: 5 * 1024 + 1 })],
    // Icons and images count in the total only.
    ['everything a first visit loads', page({ other: 25 * 1024 + 1 })],
    ['render-blocking scripts', page({}, ['/legacy.js'])],
  ])('misses %s and nothing else on a page over that budget', (label, heavy) => {
    const missed = Object.entries(verdicts([page({ html: 100 }), heavy])).filter(([, verdict]) => verdict === 'MISSED');
    expect(missed).toEqual([[label, 'MISSED']]);
  });

  it('passes a figure exactly at its budget', () => {
    expect(verdicts([page({ html: 7 * 1024 })]).HTML).toBe('ok');
  });
});
