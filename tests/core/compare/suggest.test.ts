import { describe, expect, it } from 'vitest';
import { suggestComparisons } from '../../../src/core/compare/suggest';

const p = (title: string) => ({ slug: title.toLowerCase().replace(/\s+/g, '-'), title });
const sorted = [p('Analis Kebijakan'), p('Diplomat Muda'), p('Konsultan'), p('Pekerja Kemanusiaan'), p('Pengelola Proyek')];

describe('suggestComparisons', () => {
  it('returns the related professions first, then the others by title, never the profession itself', () => {
    const related = [p('Pekerja Kemanusiaan'), p('Diplomat Muda')];
    expect(suggestComparisons('pengelola-proyek', related, sorted, 4).map((x) => x.title)).toEqual([
      'Pekerja Kemanusiaan',
      'Diplomat Muda',
      'Analis Kebijakan',
      'Konsultan',
    ]);
  });

  it('returns the others by title when nothing is related', () => {
    expect(suggestComparisons('konsultan', [], sorted, 3).map((x) => x.title)).toEqual(['Analis Kebijakan', 'Diplomat Muda', 'Pekerja Kemanusiaan']);
  });

  it('returns each profession once and at most `limit`', () => {
    const related = [p('Konsultan'), p('Konsultan')];
    const result = suggestComparisons('analis-kebijakan', related, sorted, 2);
    expect(result.map((x) => x.title)).toEqual(['Konsultan', 'Diplomat Muda']);
  });
});
