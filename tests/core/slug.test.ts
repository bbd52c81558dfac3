import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/core/slug';

describe('slugify', () => {
  it.each([
    ['Analis Data Kesehatan', 'analis-data-kesehatan'],
    ['Pejabat Fungsional di Badan Pusat Statistik', 'pejabat-fungsional-di-badan-pusat-statistik'],
    // Accents are dropped, punctuation becomes one hyphen, no hyphen at the ends.
    ['  Café & Co. (Jakarta)  ', 'cafe-co-jakarta'],
    ['NGO/LSM', 'ngo-lsm'],
  ])('returns %j as %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
