import { describe, expect, it } from 'vitest';
import { parseCompareSlugs } from '../../../src/core/compare/url';
import { comparePath } from '../../../src/routes';

describe('parseCompareSlugs', () => {
  it.each([
    ['?a=x&b=y', ['x', 'y']],
    ['?b=y&a=x&c=z-1', ['x', 'y', 'z-1']],
    // Repeats, blanks and anything that is not a slug are dropped; case is forgiven.
    ['?a=x&b=x&c=', ['x']],
    ['?a=X&b=../etc&c=%3Cscript%3E', ['x']],
    ['', []],
  ])('returns %s as %j', (search, slugs) => {
    expect(parseCompareSlugs(search)).toEqual(slugs);
  });

  it('returns what comparePath wrote', () => {
    const slugs = ['analis-data', 'juru-bahasa-isyarat'];
    expect(parseCompareSlugs(comparePath(slugs).split('?')[1]!)).toEqual(slugs);
  });
});
