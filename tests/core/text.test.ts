import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/core/text/entities';
import { escapeHtml } from '../../src/core/text/escape';
import { NOT_SUBJECT_WORDS, STOP_WORDS, TITLE_SMALL_WORDS } from '../../src/core/text/stop-words';
import { SUMMARY_MAX, truncate } from '../../src/core/text/truncate';
import { foldAccents, words } from '../../src/core/text/words';

describe('foldAccents', () => {
  it.each([
    ['Café Jalapeño', 'Cafe Jalapeno'],
    // Case is kept: folding is not lower-casing.
    ['ÉCOLE', 'ECOLE'],
    ['tanpa aksen', 'tanpa aksen'],
  ])('returns %j as %j', (text, expected) => {
    expect(foldAccents(text)).toBe(expected);
  });
});

describe('words', () => {
  it.each([
    ['Koordinator Pertemuan Politik', ['koordinator', 'pertemuan', 'politik']],
    // Punctuation and hyphens separate words; accents are folded.
    ['Kerja-sama (Politik), Café!', ['kerja', 'sama', 'politik', 'cafe']],
    // Digits are words; spaces at the ends make no empty word.
    ['  Tahun 2024  ', ['tahun', '2024']],
    ['', []],
  ])('returns the words of %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('stop words', () => {
  it.each([
    // Connectives are stop words everywhere, and stay lower case inside a title.
    ['di', { search: true, subject: true, title: true }],
    ['tentang', { search: true, subject: true, title: true }],
    // Question and work words are skipped by search and relatedness, but a title capitalises them.
    ['cara', { search: true, subject: true, title: false }],
    ['profesi', { search: true, subject: true, title: false }],
    ['of', { search: true, subject: true, title: false }],
    // Ranks tell no subject, but people search for them ("staf PBB").
    ['staf', { search: false, subject: true, title: false }],
    ['petugas', { search: false, subject: true, title: false }],
    // A word with meaning is in none of them.
    ['diplomat', { search: false, subject: false, title: false }],
  ])('returns %j as a stop word for %j', (word, expected) => {
    expect({ search: STOP_WORDS.has(word), subject: NOT_SUBJECT_WORDS.has(word), title: TITLE_SMALL_WORDS.has(word) }).toEqual(expected);
  });

  it('returns subsets of one list: title words and search words are all not-subject words', () => {
    for (const word of TITLE_SMALL_WORDS) expect(STOP_WORDS.has(word)).toBe(true);
    for (const word of STOP_WORDS) expect(NOT_SUBJECT_WORDS.has(word)).toBe(true);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&#x3C;rapat&#x3E; &amp; x', '<rapat> & x'],
    ['&quot;x&quot; &#39;y&#39; &apos;z&apos;', "\"x\" 'y' 'z'"],
    // Case of the reference does not matter; astral code points decode whole.
    ['&AMP; &#X2F; &#x1F600;', '& / 😀'],
    ['a&nbsp;b', 'a\u00a0b'],
    // Unknown names and invalid code points stay as written.
    ['&bogus; &#0; &#x110000;', '&bogus; &#0; &#x110000;'],
    ['tanpa rujukan', 'tanpa rujukan'],
  ])('returns %j as %j', (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<b>"a" & b</b>', '&lt;b&gt;&quot;a&quot; &amp; b&lt;/b&gt;'],
    // An ampersand is escaped first, so a reference in the text stays visible as written.
    ['&amp;', '&amp;amp;'],
    // A URL in a sitemap.
    ['https://peta.example/cari/?q=a&b', 'https://peta.example/cari/?q=a&amp;b'],
    ['biasa', 'biasa'],
  ])('returns %j as %j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });

  it('returns text that decodes back to itself', () => {
    const text = '<a href="x">Tom & "Jerry"</a>';
    expect(decodeEntities(escapeHtml(text))).toBe(text);
  });
});

describe('truncate', () => {
  const long = 'kata '.repeat(60);
  it.each([
    // Short text: spaces collapsed, otherwise unchanged.
    ['  Tugas   utama  ', 160, 'Tugas utama'],
    // Cut at a word, with an ellipsis, within the limit.
    [long, 160, `${'kata '.repeat(31).trim()}…`],
    // Punctuation the cut would end on is dropped.
    ['Satu dua tiga. Empat lima enam', 18, 'Satu dua tiga…'],
    ['Satu, dua, tiga, empat', 14, 'Satu, dua…'],
    // When the last space would keep less than half, the cut falls inside the word at half.
    [`ab ${'x'.repeat(40)}`, 20, `ab ${'x'.repeat(7)}…`],
  ])('returns %j cut to %i as %j', (text, max, expected) => {
    const result = truncate(text, max);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(max);
  });

  it('returns at most SUMMARY_MAX (160) characters by default', () => {
    expect(SUMMARY_MAX).toBe(160);
    expect(truncate('x '.repeat(200)).length).toBeLessThanOrEqual(160);
    expect(truncate('x '.repeat(200))).toMatch(/x…$/);
  });
});
