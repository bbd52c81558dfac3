import { describe, expect, it } from 'vitest';
import { expandQuery, normalizeQuery, SYNONYMS } from '../../../src/core/search/synonyms';

describe('SYNONYMS', () => {
  // One case per phrase of every entry: typed alone, in any case, it is also searched as the target.
  const cases = SYNONYMS.flatMap((rule) => rule.from.map((from) => [from, rule.to] as const));
  it.each(cases)('returns "%s" searched also as "%s"', (from, to) => {
    expect(expandQuery(from.toUpperCase())).toEqual([from, to]);
  });

  it.each(cases)('rewrites "%s" inside a longer query', (from, to) => {
    expect(expandQuery(`tugas ${from} di jakarta`)).toEqual([`tugas ${from} di jakarta`, `tugas ${to} di jakarta`]);
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
    ['kerjasama', ['kerjasama', 'kerja sama']],
    // The longest phrase wins.
    ['kemenlu ri', ['kemenlu ri', 'kementerian luar negeri']],
    ['', []],
  ])('returns %j as %j', (query, expected) => {
    expect(expandQuery(query)).toEqual(expected);
  });
});
