import { describe, expect, it } from 'vitest';
import { extractTraits, splitTraits } from '../../../src/core/profile/traits';

describe('splitTraits', () => {
  it.each([
    // The lead-in up to "adalah seseorang yang" is not a trait.
    [
      'Profil orang yang cocok untuk tipe pekerjaan Analis adalah seseorang yang teliti dalam membaca data, mampu berpikir analitis, serta memiliki kemampuan menulis yang baik.',
      ['Teliti dalam membaca data', 'Mampu berpikir analitis', 'Memiliki kemampuan menulis yang baik'],
    ],
    // "Jika kamu …, kemungkinan kamu tidak cocok …": the condition is the trait list.
    [
      'Jika kamu tidak memiliki keahlian dalam merencanakan acara besar, sulit berkomunikasi, serta tidak sabar, kemungkinan kamu tidak cocok dengan pekerjaan ini.',
      ['Tidak memiliki keahlian dalam merencanakan acara besar', 'Sulit berkomunikasi', 'Tidak sabar'],
    ],
    // A clause that opens with a noun stays with its trait, so no fragment stands alone.
    [
      'Jika kamu tidak memiliki kemampuan negosiasi yang kuat serta kesabaran yang tinggi, kemungkinan kamu tidak cocok.',
      ['Tidak memiliki kemampuan negosiasi yang kuat serta kesabaran yang tinggi'],
    ],
    // "mereka juga harus …" introduces the traits.
    [
      'Dalam posisi ini, mereka juga harus mampu bekerja di bawah tekanan dan memiliki kepemimpinan yang baik.',
      ['Mampu bekerja di bawah tekanan', 'Memiliki kepemimpinan yang baik'],
    ],
    // "… akan cocok menjadi X" ends the list.
    [
      'Seorang yang memiliki kemampuan organisasi yang kuat dan mampu bekerja cepat akan cocok menjadi koordinator.',
      ['Memiliki kemampuan organisasi yang kuat', 'Mampu bekerja cepat'],
    ],
  ])('splits %j', (sentence, traits) => {
    expect(splitTraits(sentence)).toEqual(traits);
  });

  it('never returns a trait that starts with a conjunction', () => {
    const traits = splitTraits('Orang yang cocok adalah mereka yang sabar, serta memiliki rasa ingin tahu, dan juga mampu menulis.');
    for (const trait of traits) expect(trait).not.toMatch(/^(dan|serta|atau|juga)\b/i);
  });
});

describe('extractTraits', () => {
  it('returns each trait once, in text order', () => {
    expect(extractTraits(['Orang yang cocok adalah mereka yang teliti dan mampu menulis.', 'Mereka juga harus mampu menulis.'])).toEqual([
      'Teliti',
      'Mampu menulis',
    ]);
  });
});
