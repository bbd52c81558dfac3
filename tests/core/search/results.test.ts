import { describe, expect, it } from 'vitest';
import {
  dropLeadingTitle,
  markedWords,
  mergeResults,
  pagefindForms,
  sectionTexts,
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

  // A page as Pagefind gives it: its content (every block ending with a full stop), its headings
  // with the position of their first word, and the sections its search found words in.
  const page: PagefindResultData = {
    url: '/profesi/p/',
    excerpt: '<mark>Pengelola</mark> Proyek.',
    meta: { title: 'Pengelola Proyek' },
    content: 'Pengelola Proyek. Tugas utama. Menyusun proposal, mengelola anggaran. Ekspektasi vs realita. Pengelola proyek. Pengelola lagi.',
    anchors: [
      { element: 'h2', id: 'tugas-utama', text: 'Tugas utama', location: 2 },
      { element: 'h2', id: 'ekspektasi-vs-realita', text: 'Ekspektasi vs realita', location: 8 },
    ],
    sub_results: [
      {
        title: 'Tugas utama',
        url: '/profesi/p/#tugas-utama',
        excerpt: 'Menyusun proposal, <mark>mengelola</mark> <mark>anggaran</mark>.',
        anchor: { element: 'h2', id: 'tugas-utama', text: 'Tugas utama', location: 2 },
        weighted_locations: [{ weight: 1, balanced_score: 1, location: 6 }],
      },
      {
        title: 'Ekspektasi vs realita',
        url: '/profesi/p/#ekspektasi-vs-realita',
        excerpt: '<mark>Pengelola</mark> proyek.',
        anchor: { element: 'h2', id: 'ekspektasi-vs-realita', text: 'Ekspektasi vs realita', location: 8 },
        weighted_locations: [{ weight: 1, balanced_score: 9, location: 11 }],
      },
    ],
  };
  // "mengelola" searched alone matched "mengelola" and both "Pengelola" of the page.
  const locations = new Map([
    ['mengelola', [6, 11, 13]],
    ['anggaran', [7]],
  ]);

  it('returns the section that answers the query first, not the one Pagefind scores highest', () => {
    const hit = toHit(page, 3, { variants: ['mengelola anggaran'], locations });
    expect(hit.sections.map((s) => s.title)).toEqual(['Tugas utama', 'Ekspektasi vs realita']);
  });

  it("returns the result's own link landing on its first section, unless the query names the profession", () => {
    expect(toHit(page, 3, { variants: ['mengelola anggaran'], locations }).url).toBe('/profesi/p/?sorot=mengelola&sorot=anggaran#tugas-utama');
    expect(toHit(page, 3, { variants: ['pengelola proyek'], locations }).url).toBe('/profesi/p/?sorot=pengelola');
  });

  it("returns Pagefind's order when the page's content is missing", () => {
    const hit = toHit({ ...page, content: undefined }, 3, { variants: ['mengelola anggaran'], locations });
    expect(hit.sections.map((s) => s.title)).toEqual(['Ekspektasi vs realita', 'Tugas utama']);
  });
});

describe('sectionTexts', () => {
  it('returns each heading with the words up to the next heading, its own words left out', () => {
    const anchors = [
      { element: 'h2', id: 'b', text: 'Cocok', location: 5 },
      { element: 'h2', id: 'a', text: 'Tugas utama', location: 1 },
    ];
    expect(sectionTexts('Judul. Tugas utama. Satu. Dua. Cocok. Tiga   empat.', anchors)).toEqual([
      { heading: 'Cocok', text: 'Tiga empat.' },
      { heading: 'Tugas utama', text: 'Satu. Dua.' },
    ]);
  });

  it('never throws on anchors past the end of the content', () => {
    expect(sectionTexts('Satu.', [{ element: 'h2', id: 'x', text: 'X', location: 9 }])).toEqual([{ heading: 'X', text: '' }]);
  });
});

describe('pagefindForms', () => {
  const same = pagefindForms(
    'Mengelola. Pengelola, (pengelolaan) NGO/LSM.',
    new Map([
      ['mengelola', [0, 1, 2, 7]],
      ['lsm', [3]],
    ]),
  );

  it.each([
    ['mengelola', 'pengelola', true],
    ['mengelola', 'pengelolaan', true],
    ['lsm', 'lsm', true],
    ['lsm', 'ngo', true],
    // Only the words each query word matched, and no place past the end.
    ['anggaran', 'pengelola', false],
    ['mengelola', 'ngo', false],
  ])('returns whether Pagefind found "%s" as "%s"', (queryWord, textWord, expected) => {
    expect(same(queryWord, textWord)).toBe(expected);
  });
});
