import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug';

describe('slugify', () => {
  it.each([
    ['Koordinator Pertemuan Politik', 'koordinator-pertemuan-politik'],
    ['Pejabat Pemerintah di Kementerian Luar Negeri', 'pejabat-pemerintah-di-kementerian-luar-negeri'],
    // Accents are dropped, punctuation becomes one hyphen, no hyphen at the ends.
    ['  Café & Co. (Jakarta)  ', 'cafe-co-jakarta'],
    ['NGO/LSM', 'ngo-lsm'],
  ])('returns %j as %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
