import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/profile/sentences';

describe('splitSentences', () => {
  it.each([
    // Labelled expectation and reality in one line.
    ['Ekspektasi: A tinggi. Realita: B rendah.', ['Ekspektasi: A tinggi.', 'Realita: B rendah.']],
    // Question and exclamation marks end sentences too.
    ['Cocok? Ya! Tentu saja.', ['Cocok?', 'Ya!', 'Tentu saja.']],
    // Abbreviations do not end a sentence.
    ['Jurusan hukum, ekonomi, dll. Semua relevan.', ['Jurusan hukum, ekonomi, dll. Semua relevan.']],
    ['Dipimpin oleh Dr. Sari dari Kemlu.', ['Dipimpin oleh Dr. Sari dari Kemlu.']],
    // An initial does not end a sentence.
    ['Ditulis oleh J. Smith tahun lalu.', ['Ditulis oleh J. Smith tahun lalu.']],
    // Decimal numbers and quotes stay whole.
    ['Anggaran naik 2.5 persen. "Cukup," katanya.', ['Anggaran naik 2.5 persen.', '"Cukup," katanya.']],
    // Text without a final full stop is still a sentence.
    ['Tanpa titik di akhir', ['Tanpa titik di akhir']],
  ])('splits %j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('returns sentences that join back into the paragraph', () => {
    const text = 'Satu. Dua? Tiga! Empat dll. lima.';
    expect(splitSentences(text).join(' ')).toBe(text);
  });
});
