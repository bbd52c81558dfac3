import { describe, expect, it } from 'vitest';
import { compareHref, parseCompareSlugs } from '../../../src/core/compare/url';

describe('compareHref', () => {
  it.each([
    [['x', 'y'], '/bandingkan/?a=x&b=y'],
    [['x', 'y', 'z'], '/bandingkan/?a=x&b=y&c=z'],
    // One profession: the comparison page with its first column chosen.
    [['x'], '/bandingkan/?a=x'],
    // More than three columns do not fit; the rest are dropped.
    [['w', 'x', 'y', 'z'], '/bandingkan/?a=w&b=x&c=y'],
  ])('returns %j as %s', (slugs, href) => {
    expect(compareHref(slugs)).toBe(href);
  });
});

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

  it('returns what compareHref wrote', () => {
    const slugs = ['analis-data', 'juru-bahasa-isyarat'];
    expect(parseCompareSlugs(compareHref(slugs).split('?')[1]!)).toEqual(slugs);
  });
});
