import { describe, expect, it } from 'vitest';
import { namesTitle, suggestComparisons } from '../../../src/lib/compare/suggest';

const p = (title: string, similar: string[] = []) => ({ slug: title.toLowerCase().replace(/\s+/g, '-'), title, similar });

describe('namesTitle', () => {
  it.each([
    // The text's name is part of the title, case and punctuation aside.
    ['pejabat pemerintah', 'Pejabat Pemerintah di Kementerian Luar Negeri', true],
    ['diplomat', 'Diplomat', true],
    // The title is part of a longer name in the text.
    ['diplomat negara asing', 'Diplomat', true],
    // Whole words only: "diplomat" does not name "Diplomatik Analis".
    ['diplomat', 'Diplomatik Analis', false],
    ['pekerja kemanusiaan', 'Pengelola Proyek Kerjasama Internasional', false],
    ['   ', 'Diplomat', false],
  ])('returns whether %j names %j', (name, title, expected) => {
    expect(namesTitle(name, title)).toBe(expected);
  });
});

describe('suggestComparisons', () => {
  const all = [p('Analis Kebijakan'), p('Pekerja Kemanusiaan'), p('Diplomat Muda'), p('Konsultan'), p('Pengelola Proyek', ['diplomat muda', 'pekerja kemanusiaan'])];
  const current = all[4]!;

  it('returns the professions the text compares with first, in the text\'s order, then the rest by title', () => {
    expect(suggestComparisons(current, all).map((x) => x.title)).toEqual(['Diplomat Muda', 'Pekerja Kemanusiaan', 'Analis Kebijakan', 'Konsultan']);
  });

  it('returns the others by title when the text names none of them, never the profession itself', () => {
    expect(suggestComparisons(all[3]!, all).map((x) => x.title)).toEqual(['Analis Kebijakan', 'Diplomat Muda', 'Pekerja Kemanusiaan', 'Pengelola Proyek']);
  });

  it('returns a profession once when two names point to it', () => {
    const twice = { ...current, similar: ['diplomat muda', 'diplomat muda senior'] };
    expect(suggestComparisons(twice, all).filter((x) => x.title === 'Diplomat Muda')).toHaveLength(1);
  });
});
