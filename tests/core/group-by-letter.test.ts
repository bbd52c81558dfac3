import { describe, expect, it } from 'vitest';
import { groupByLetter } from '../../src/core/group-by-letter';

describe('groupByLetter', () => {
  it('returns consecutive items under their first letter', () => {
    const groups = groupByLetter([{ title: 'Analis' }, { title: 'atase' }, { title: 'Diplomat' }]);
    expect(groups.map((g) => [g.letter, g.items.length])).toEqual([
      ['A', 2],
      ['D', 1],
    ]);
  });

  it('puts titles without a leading Latin letter under "#", and folds accents', () => {
    expect(groupByLetter([{ title: '3D Artist' }, { title: 'Éditor' }]).map((g) => g.letter)).toEqual(['#', 'E']);
  });
});
