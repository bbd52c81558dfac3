import { describe, expect, it } from 'vitest';
import { rankSections, sectionFit, sharesStart, type SameForm, type SectionText } from '../../../src/core/search/section-rank';

/** A stemmer's forms, as the search engine would report them: query word → forms of it in the text. */
const forms =
  (table: Record<string, string[]>): SameForm =>
  (queryWord, textWord) =>
    table[queryWord]?.includes(textWord) ?? false;

const section = (heading: string, text: string): SectionText => ({ heading, text });

describe('rankSections', () => {
  it.each<[string, string[], SectionText[], SameForm | undefined, number[]]>([
    [
      // The example: a section saying a form of one word often loses to one with every word.
      'every query word present beats some, however often',
      ['mengelola anggaran'],
      [section('Ekspektasi vs realita', 'Pengelola proyek. Pengelola itu. Pengelola lagi.'), section('Tugas utama', 'Menyusun proposal, mengelola anggaran.')],
      forms({ mengelola: ['pengelola'] }),
      [1, 0],
    ],
    [
      'the words next to each other as typed beat the same words apart',
      ['tenggat waktu'],
      [section('Lain', 'Waktu luang dan tenggat yang ketat.'), section('Siapa yang cocok', 'Mampu bekerja dengan tenggat waktu yang ketat.')],
      undefined,
      [1, 0],
    ],
    [
      // "di" is a stop word in the query and the text: "bekerja di bawah" is as typed.
      'stop words between the words do not keep them apart',
      ['bekerja di bawah tekanan'],
      [section('A', 'Tekanan datang; mereka bekerja keras di bawah atasan.'), section('B', 'Mampu bekerja di bawah tekanan.')],
      undefined,
      [1, 0],
    ],
    [
      'the words must stand together in one sentence, not across a full stop',
      ['studi keamanan'],
      [section('A', 'Hukum Internasional. Studi. Keamanan nasional.'), section('B', 'Studi keamanan dan politik.')],
      undefined,
      [1, 0],
    ],
    [
      'the form typed beats another form of the word',
      ['mengelola'],
      [section('A', 'Pengelola proyek.'), section('B', 'Mengelola proyek.')],
      forms({ mengelola: ['pengelola'] }),
      [1, 0],
    ],
    [
      // An ending is closer than a stemmer's form, but the typed form is closer still.
      'a word with an ending counts as found',
      ['anggaran'],
      [section('A', 'Tidak ada.'), section('B', 'Anggarannya besar.')],
      undefined,
      [1, 0],
    ],
    [
      'a word in the heading counts more than the words of any text',
      ['tugas koordinator pertemuan'],
      [section('Ekspektasi vs realita', 'Koordinator pertemuan bertugas mengatur.'), section('Tugas utama', 'Mengatur jadwal pertemuan.')],
      forms({ tugas: ['bertugas'] }),
      [1, 0],
    ],
    [
      // Both headings have "siapa" and "cocok"; only one has them as typed, together.
      'of two headings with the words, the one with them together',
      ['siapa yang cocok jadi asisten'],
      [section('Siapa yang kurang cocok', 'Asisten yang tidak sabar.'), section('Siapa yang cocok', 'Asisten yang sabar.')],
      undefined,
      [1, 0],
    ],
    [
      'a list item that is the phrase beats a sentence with the phrase in it',
      ['komunikasi politik'],
      [
        section('Siapa yang cocok', 'Punya kemampuan komunikasi politik yang baik.'),
        section('Jurusan kuliah yang mendukung', 'Ilmu Politik. Komunikasi Politik. Diplomasi.'),
      ],
      undefined,
      [1, 0],
    ],
    [
      'a heading that is the phrase counts as much as a list item',
      ['tugas utama'],
      [section('Gambaran pekerjaan', 'Tugas utama dijelaskan nanti, tugas utama.'), section('Tugas utama', 'Mengatur jadwal.')],
      undefined,
      [1, 0],
    ],
    [
      // Every page has a "Siapa yang cocok": a stemmer that reads "siapa" as a form of "persiapan"
      // must not pull that heading up.
      "a stemmer's form does not count in a heading",
      ['persiapan logistik'],
      [section('Siapa yang cocok', 'Kuat dan teliti.'), section('Tugas utama', 'Memastikan persiapan logistik.')],
      forms({ persiapan: ['siapa'] }),
      [1, 0],
    ],
    [
      // "kemlu" is rewritten as "kementerian luar negeri": a section with the rewrite's words answers.
      'the best of the variants counts',
      ['kemlu', 'kementerian luar negeri'],
      [section('A', 'Hubungan internasional.'), section('B', 'Pejabat di Kementerian Luar Negeri.')],
      undefined,
      [1, 0],
    ],
    [
      'sections that answer equally keep their order',
      ['agenda'],
      [section('A', 'Agenda rapat.'), section('B', 'Agenda acara.'), section('C', 'Agenda lain.')],
      undefined,
      [0, 1, 2],
    ],
    ['a query of stop words only still ranks by them', ['di'], [section('A', 'Tidak ada.'), section('B', 'Bekerja di kantor.')], undefined, [1, 0]],
  ])('%s', (_, variants, sections, sameForm, order) => {
    expect(rankSections(variants, sections, sameForm)).toEqual(order);
  });

  it.each<[string, string[], SectionText[]]>([
    ['an empty query', [], [section('A', 'Teks.')]],
    ['a query of punctuation', ['?!.,'], [section('A', 'Teks.')]],
    ['no sections', ['agenda'], []],
    ['empty sections', ['agenda'], [section('', ''), section('', '. . .')]],
    ['a regex-like query', ['(.*)+[a-z'], [section('(.*)', '[a-z] (.*)+')]],
    ['a long query', ['kata '.repeat(20_000)], [section('A', 'kata kata. '.repeat(2000)), section('B', 'lain '.repeat(5000))]],
  ])('never throws on %s, and keeps every section', (_, variants, sections) => {
    expect(rankSections(variants, sections).sort()).toEqual(sections.map((__, i) => i));
  });
});

describe('sectionFit', () => {
  it('returns the shares of the words found, in the heading, together and as typed', () => {
    const fit = sectionFit(['mengelola anggaran proyek'], section('Tugas', 'Mengelola anggaran. Pengelola proyek.'), forms({ mengelola: ['pengelola'] }));
    expect(fit).toEqual({ item: 0, heading: 0, found: 1, adjacent: 0.5, exact: 1 });
  });

  it('counts the first 16 words of a query only', () => {
    const fit = sectionFit([`${'satu '.repeat(16)}dua`], section('A', 'Dua.'));
    expect(fit.found).toBe(0);
  });

  it('returns nothing found for a section without the words', () => {
    expect(sectionFit(['agenda'], section('Tugas utama', 'Mengatur jadwal.'))).toEqual({ item: 0, heading: 0, found: 0, adjacent: 0, exact: 0 });
  });
});

describe('sharesStart', () => {
  it.each([
    ['pengelola', 'pengelolaan', true],
    ['menteri', 'menterinya', true],
    // Short words must be whole: "men" is not "menteri", "beda" is not "bedanya".
    ['men', 'menteri', false],
    ['beda', 'bedanya', false],
    ['persiapan', 'siapa', false],
  ])('returns whether "%s" and "%s" are one word with an ending', (a, b, expected) => {
    expect(sharesStart(a, b)).toBe(expected);
  });
});
