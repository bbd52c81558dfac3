import { describe, expect, it } from 'vitest';
import { expandQuery, normalizeQuery, SYNONYMS } from '../../../src/core/search/synonyms';

// What a person types → the words the profiles use, written out by hand: a broken or edited table
// entry fails here instead of being checked against itself.
const EXPANSIONS: [typed: string, searchedAlsoAs: string][] = [
  // The ministry's short names, current and old.
  ['Kemlu', 'kementerian luar negeri'],
  ['kemenlu', 'kementerian luar negeri'],
  ['Deplu', 'kementerian luar negeri'],
  ['kemlu RI', 'kementerian luar negeri'],
  ['Kemenlu RI', 'kementerian luar negeri'],
  ['menlu', 'menteri luar negeri'],
  // The profiles say "organisasi internasional", not the UN's name.
  ['PBB', 'organisasi internasional'],
  ['Perserikatan Bangsa-Bangsa', 'organisasi internasional'],
  ['perserikatan bangsa bangsa', 'organisasi internasional'],
  ['HI', 'hubungan internasional'],
  // Two-way pairs.
  ['LSM', 'ngo'],
  ['NGO', 'lsm'],
  ['kerja sama', 'kerjasama'],
  ['kerjasama', 'kerja sama'],
  ['parpol', 'partai politik'],
  ['DPR', 'parlemen'],
  // The profiles write "lobbi".
  ['lobi', 'lobbi'],
  ['lobby', 'lobbi'],
  ['lobbying', 'lobbi'],
  ['pelobi', 'lobbi'],
  ['melobi', 'lobbi'],
  ['rapat', 'pertemuan'],
  ['budget', 'anggaran'],
  ['project manager', 'pengelola proyek'],
  ['manajer proyek', 'pengelola proyek'],
  ['manager proyek', 'pengelola proyek'],
  ['projek', 'proyek'],
  ['project', 'proyek'],
  ['manajer', 'pengelola'],
  ['manager', 'pengelola'],
  // Job words the profiles never use, only the activity.
  ['negosiator', 'negosiasi'],
  ['juru runding', 'negosiasi'],
  ['perunding', 'perundingan'],
  // A common misspelling.
  ['negri', 'negeri'],
];

describe('SYNONYMS', () => {
  it.each(EXPANSIONS)('returns "%s" searched as typed and also as "%s"', (typed, expansion) => {
    expect(expandQuery(typed)).toEqual([normalizeQuery(typed), expansion]);
  });

  it.each(EXPANSIONS)('rewrites "%s" inside a longer query', (typed, expansion) => {
    const typedQuery = `tugas ${normalizeQuery(typed)} di jakarta`;
    expect(expandQuery(typedQuery)).toEqual([typedQuery, `tugas ${expansion} di jakarta`]);
  });

  it('has a case above for every phrase of the table, so a new entry comes with its expectation', () => {
    const tested = new Set(EXPANSIONS.map(([typed]) => normalizeQuery(typed)));
    expect(SYNONYMS.flatMap((rule) => rule.from.map(normalizeQuery)).filter((phrase) => !tested.has(phrase))).toEqual([]);
  });

  it('has no phrase in two entries, so no rewrite depends on the order of the table', () => {
    const phrases = SYNONYMS.flatMap((rule) => rule.from.map(normalizeQuery));
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

describe('expandQuery', () => {
  it.each([
    // No known phrase: the query alone.
    ['anggaran', ['anggaran']],
    // Whole words only: "hi" is not rewritten inside "hilang" or "kemlunya".
    ['hilang', ['hilang']],
    ['kemlunya', ['kemlunya']],
    // Case and spaces are normalised.
    ['  Jadwal   Pertemuan ', ['jadwal pertemuan']],
    // Several phrases in one query are all rewritten, in one pass (the rewrite is not rewritten).
    ['LSM kerja sama', ['lsm kerja sama', 'ngo kerjasama']],
    // The longest phrase wins: "project manager" is one phrase, not "project" + "manager".
    ['project manager senior', ['project manager senior', 'pengelola proyek senior']],
    ['', []],
  ])('returns %j as %j', (query, expected) => {
    expect(expandQuery(query)).toEqual(expected);
  });

  it('uses the rules it is given', () => {
    expect(expandQuery('Kemlu', [{ from: ['kemlu'], to: 'kementerian' }])).toEqual(['kemlu', 'kementerian']);
  });
});
