import { describe, expect, it } from 'vitest';
import { capQuery, HIGHLIGHT_TERMS_MAX, highlightTerms, SEARCH_QUERY_MAX } from '../../../src/core/search/limits';

const MB = 1024 * 1024;

describe('capQuery', () => {
  it.each([
    // What a person types passes unchanged, spaces aside.
    ['rapat', 'rapat'],
    ['  rapat\n\tagenda  ', 'rapat agenda'],
    ['', ''],
    // Control characters are no part of a query.
    ['rapat\u0000agenda\u007f', 'rapat agenda'],
    // Regular-expression and HTML characters are text like any other: Pagefind reads them as words.
    ['(.*)+[a-z]{1,99999}', '(.*)+[a-z]{1,99999}'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    // Exactly the limit is kept whole.
    ['a'.repeat(SEARCH_QUERY_MAX), 'a'.repeat(SEARCH_QUERY_MAX)],
    // Longer is cut to the limit…
    ['b'.repeat(MB), 'b'.repeat(SEARCH_QUERY_MAX)],
    // …and a space left at the cut goes.
    [`${'c'.repeat(SEARCH_QUERY_MAX - 1)} d`, 'c'.repeat(SEARCH_QUERY_MAX - 1)],
    // An emoji (two code units) across the limit is dropped whole, never split into half a character.
    [`${'e'.repeat(SEARCH_QUERY_MAX - 1)}😀`, 'e'.repeat(SEARCH_QUERY_MAX - 1)],
    [`${'e'.repeat(SEARCH_QUERY_MAX - 2)}😀`, `${'e'.repeat(SEARCH_QUERY_MAX - 2)}😀`],
  ])('returns %j as %j', (text, query) => {
    expect(capQuery(text)).toBe(query);
  });

  it('returns at most SEARCH_QUERY_MAX code units, with no lone half of a surrogate pair, for any text', () => {
    for (const text of ['😀'.repeat(MB), `x${'😀'.repeat(MB)}`, ' '.repeat(MB) + 'rapat', '%E0%A4%A'.repeat(10_000)]) {
      const query = capQuery(text);
      expect(query.length).toBeLessThanOrEqual(SEARCH_QUERY_MAX);
      expect(query).toMatch(/^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/);
    }
  });
});

describe('highlightTerms', () => {
  it.each([
    // The words a search result asks for pass unchanged, in order.
    [
      ['agenda', 'rapat'],
      ['agenda', 'rapat'],
    ],
    // A phrase stays a phrase, its spaces collapsed.
    [['  mengelola \n anggaran '], ['mengelola anggaran']],
    // Each term once, whatever its case.
    [['agenda', 'Agenda', 'AGENDA'], ['agenda']],
    // Blank values and single characters would mark nothing useful, or half the page.
    [['', '   ', 'a', '😀', 'di'], ['di']],
    // A value longer than any query is dropped, not cut to a fragment that would mark other words.
    [['a'.repeat(50_000), 'agenda', 'b'.repeat(MB)], ['agenda']],
    [['x'.repeat(SEARCH_QUERY_MAX + 1), 'x'.repeat(SEARCH_QUERY_MAX)], ['x'.repeat(SEARCH_QUERY_MAX)]],
    // Regular-expression and HTML characters are kept: the highlighter escapes them and matches them literally.
    [
      ['(.*)+', '[', '\\', '<script>alert(1)</script>'],
      ['(.*)+', '<script>alert(1)</script>'],
    ],
    // Accents and scripts other than Latin are text like any other.
    [
      ['kemenlu', 'müller', '日本語'],
      ['kemenlu', 'müller', '日本語'],
    ],
  ])('returns %j as %j', (values, terms) => {
    expect(highlightTerms(values)).toEqual(terms);
  });

  it('returns at most HIGHLIGHT_TERMS_MAX terms, the first ones given', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => `kata${i}`);
    expect(highlightTerms(values)).toEqual(values.slice(0, HIGHLIGHT_TERMS_MAX));
  });
});
