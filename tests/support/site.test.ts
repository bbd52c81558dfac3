import { describe, expect, it } from 'vitest';
import { brokenLinks } from './site';

// A two-page site; "/profesi/a/" exists as a page, "/nowhere/" and "/missing.css" do not.
const pages = new Map([
  ['/', '<a href="/profesi/a/">a</a>'],
  ['/profesi/a/', '<h2 id="tugas-utama">T</h2>'],
]);

describe('brokenLinks', () => {
  it.each([
    ['an existing page', '<a href="/profesi/a/">', []],
    ['an existing anchor, relative to the page', '<a href="#tugas-utama">', []],
    ['an external or data URL', '<a href="https://example.org/x"><img src="data:,x">', []],
    ['a missing page', '<a href="/nowhere/">', ['/profesi/a/ → /nowhere/']],
    ['a missing asset', '<link rel="stylesheet" href="/missing.css">', ['/profesi/a/ → /missing.css']],
    ['a form posting nowhere', '<form action="/nowhere/">', ['/profesi/a/ → /nowhere/']],
    ['an anchor no element carries', '<a href="/profesi/a/#lainnya">', ['/profesi/a/ → /profesi/a/#lainnya (no such anchor)']],
  ])('for %s returns %j', (_case, html, expected) => {
    const site = new Map(pages).set('/profesi/a/', `${pages.get('/profesi/a/')}${html}`);
    expect(brokenLinks(site, '/nonexistent-dist')).toEqual(expected);
  });
});
