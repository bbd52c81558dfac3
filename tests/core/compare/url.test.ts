import { describe, expect, it } from 'vitest';
import { parseCompareSlugs } from '../../../src/core/compare/url';
import { MAX_SLUG_CHARS } from '../../../src/core/profile/title-check';
import { comparePath } from '../../../src/routes';

describe('parseCompareSlugs', () => {
  it.each([
    ['?a=x&b=y', ['x', 'y']],
    ['?b=y&a=x&c=z-1', ['x', 'y', 'z-1']],
    // Repeats, blanks and anything that is not a slug are dropped; case is forgiven.
    ['?a=x&b=x&c=', ['x']],
    ['?a=X&b=../etc&c=%3Cscript%3E', ['x']],
    ['', []],
    // Nothing longer than a slug can be (a title's limit), however slug-like: the page fetches no such file.
    [`?a=x&b=${'y'.repeat(MAX_SLUG_CHARS + 1)}&c=${'z'.repeat(MAX_SLUG_CHARS)}`, ['x', 'z'.repeat(MAX_SLUG_CHARS)]],
    [`?a=${'a'.repeat(1024 * 1024)}&b=%E0%A4%A&c=(.*)%2B`, []],
  ])('returns %s as %j', (search, slugs) => {
    expect(parseCompareSlugs(search)).toEqual(slugs);
  });

  it('returns what comparePath wrote', () => {
    const slugs = ['analis-data', 'juru-bahasa-isyarat'];
    expect(parseCompareSlugs(comparePath(slugs).split('?')[1]!)).toEqual(slugs);
  });
});
