import { describe, expect, it } from 'vitest';
import { firstVisit } from '../../bench/budgets';

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
