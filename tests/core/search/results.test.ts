import { describe, expect, it } from 'vitest';
import {
  dropLeadingTitle,
  markedWords,
  mergeResults,
  promoteTitleMatches,
  titleMatches,
  relaxedTerms,
  sumResults,
  toHit,
  type PagefindResultData,
} from '../../../src/core/search/results';

describe('mergeResults', () => {
  it('returns each page once with its best score, best first', () => {
    const merged = mergeResults([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 0.5 },
      ],
      [
        { id: 'b', score: 2 },
        { id: 'c', score: 0.1 },
      ],
    ]);
    expect(merged).toEqual([
      { id: 'b', score: 2 },
      { id: 'a', score: 1 },
      { id: 'c', score: 0.1 },
    ]);
  });
});

describe('sumResults', () => {
  it('returns each page once with the sum of its scores, best first', () => {
    const summed = sumResults([
      [{ id: 'a', score: 1 }],
      [
        { id: 'b', score: 1.5 },
        { id: 'a', score: 1 },
      ],
    ]);
    expect(summed).toEqual([
      { id: 'a', score: 2 },
      { id: 'b', score: 1.5 },
    ]);
  });
});

describe('relaxedTerms', () => {
  it.each([
    [['manajemen risiko'], ['manajemen', 'risiko']],
    // Words shared by the variants once; stopwords and single letters never alone.
    [
      ['kerja di pbb', 'kerja di organisasi internasional'],
      ['pbb', 'organisasi', 'internasional'],
    ],
    [['jadi diplomat x'], ['diplomat']],
  ])('returns the words of %j worth searching alone', (variants, terms) => {
    expect(relaxedTerms(variants)).toEqual(terms);
  });
});

describe('markedWords', () => {
  it.each([
    ['menyusun <mark>agenda</mark>, dan <mark>Agenda</mark>.', ['agenda']],
    ['<mark>bernegosiasi</mark> yang baik', ['bernegosiasi']],
    // Entities are decoded, punctuation at the edges dropped.
    ['<mark>NGO&#x2F;LSM</mark> <mark>&amp;</mark>', ['ngo/lsm']],
    ['<mark>(diplomasi)</mark>', ['diplomasi']],
    ['tanpa sorotan', []],
  ])('returns the marked words of %j', (html, words) => {
    expect(markedWords(html)).toEqual(words);
  });
});

describe('titleMatches', () => {
  it.each([
    ['Pejabat Pemerintah di Kementerian Luar Negeri', ['pejabat'], true],
    // Any variant will do: the rewrite of "kemlu" matches.
    ['Pejabat Pemerintah di Kementerian Luar Negeri', ['kemlu', 'kementerian luar negeri'], true],
    // Give or take an ending, for words of five letters or more.
    ['Pengelola Proyek Kerjasama Internasional', ['pengelolaan proyek'], true],
    // Every word, not some; stopwords aside.
    ['Koordinator Pertemuan Politik', ['koordinator di pertemuan'], true],
    ['Koordinator Pertemuan Politik', ['koordinator anggaran'], false],
    // Short words must be whole: "men" is not "menteri".
    ['Asisten Menteri Kerjasama Luar Negeri', ['men'], false],
    ['Koordinator Pertemuan Politik', ['di'], false],
  ])('returns whether "%s" has every word of %j', (title, variants, expected) => {
    expect(titleMatches(title, variants)).toBe(expected);
  });
});

describe('promoteTitleMatches', () => {
  it('returns the hits whose title has the query first, each group in its order', () => {
    const hits = [{ title: 'Koordinator Pertemuan Politik' }, { title: 'Pejabat A' }, { title: 'Lain' }, { title: 'Pejabat B' }];
    expect(promoteTitleMatches(hits, ['pejabat']).map((h) => h.title)).toEqual(['Pejabat A', 'Pejabat B', 'Koordinator Pertemuan Politik', 'Lain']);
  });
});

describe('dropLeadingTitle', () => {
  it.each([
    ['Tugas utama. Tugas utama meliputi <mark>agenda</mark>', 'Tugas utama', 'Tugas utama meliputi <mark>agenda</mark>'],
    // Only at the very start, and only the whole heading followed by its full stop.
    ['meliputi Tugas utama. lain', 'Tugas utama', 'meliputi Tugas utama. lain'],
    ['Tugas utamanya', 'Tugas utama', 'Tugas utamanya'],
    ['Tugas utama.', 'Tugas utama', 'Tugas utama.'],
  ])('returns %j without its heading %j', (excerpt, title, expected) => {
    expect(dropLeadingTitle(excerpt, title)).toBe(expected);
  });
});

describe('toHit', () => {
  const data: PagefindResultData = {
    url: '/profesi/a/',
    excerpt: 'mengatur <mark>jadwal</mark>',
    meta: { title: 'Koordinator', summary: 'Ringkasan' },
    sub_results: [
      { title: 'Koordinator', url: '/profesi/a/', excerpt: 'x' },
      {
        title: 'Tugas utama',
        url: '/profesi/a/#tugas-utama',
        excerpt: '<mark>jadwal</mark>',
        weighted_locations: [{ weight: 1, balanced_score: 1, location: 3 }],
      },
      {
        title: 'Siapa yang cocok',
        url: '/profesi/a/#siapa-yang-cocok',
        excerpt: '<mark>jadwal</mark> <mark>ketat</mark>',
        weighted_locations: [{ weight: 1, balanced_score: 5, location: 9 }],
      },
    ],
  };

  it('returns only sections with an anchor, best match first, linking to their anchor with the words to highlight', () => {
    expect(toHit(data, 3)).toEqual({
      title: 'Koordinator',
      summary: 'Ringkasan',
      url: '/profesi/a/?sorot=jadwal',
      excerpt: 'mengatur <mark>jadwal</mark>',
      sections: [
        { title: 'Siapa yang cocok', excerpt: '<mark>jadwal</mark> <mark>ketat</mark>', url: '/profesi/a/?sorot=jadwal&sorot=ketat#siapa-yang-cocok' },
        { title: 'Tugas utama', excerpt: '<mark>jadwal</mark>', url: '/profesi/a/?sorot=jadwal#tugas-utama' },
      ],
    });
  });

  it('returns at most the number of sections asked for', () => {
    expect(toHit(data, 1).sections).toHaveLength(1);
  });
});
