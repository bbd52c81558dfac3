import { describe, expect, it } from 'vitest';
import { ALL_RULES, ENGLISH_TERMS } from '../../../src/core/search/english-terms';
import { expandQuery, SYNONYMS } from '../../../src/core/search/synonyms';
import { queryLetters, splitWordData, WORD_DATA_LETTERS } from '../../../src/core/search/word-data';

describe('queryLetters', () => {
  it.each([
    ['foreign ministry', ['f', 'm']],
    ['Kerja di embassy', ['k', 'd', 'e']],
    // A hyphenated phrase starts words at both halves; digits and other scripts start none.
    ['co-operation 2024 外交', ['c', 'o']],
    ['', []],
  ])('returns for %j %j', (query, letters) => {
    expect(queryLetters(query)).toEqual(letters);
  });
});

describe('splitWordData', () => {
  const data = splitWordData({ kelola: ['mengelola', 'pengelola'] }, [
    { from: ['foreign ministry', 'ministry of foreign affairs'], to: 'kementerian luar negeri' },
  ]);

  it('writes every letter, empty or not', () => {
    expect(Object.keys(data)).toEqual(WORD_DATA_LETTERS);
    expect(data['z']).toEqual({ forms: {}, english: [] });
  });

  it('files each root under its first letter and each English phrase under its own', () => {
    expect(data['k']!.forms).toEqual({ kelola: ['mengelola', 'pengelola'] });
    expect(data['f']!.english).toEqual([{ from: ['foreign ministry'], to: 'kementerian luar negeri' }]);
    expect(data['m']!.english).toEqual([{ from: ['ministry of foreign affairs'], to: 'kementerian luar negeri' }]);
  });

  it('gives a query, from the letters of its words, the same rewrite as the whole English table', () => {
    const split = splitWordData({}, ENGLISH_TERMS);
    for (const query of ['policy analyst', 'humanitarian worker di lsm', 'kerja di foreign ministry', 'event organizer politik']) {
      const rules = [...SYNONYMS, ...queryLetters(query).flatMap((l) => split[l]!.english)];
      expect(expandQuery(query, rules)).toEqual(expandQuery(query, ALL_RULES));
    }
  });
});
