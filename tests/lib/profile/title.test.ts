import { describe, expect, it } from 'vitest';
import { inferName, toTitleCase } from '../../../src/lib/profile/title';

describe('toTitleCase', () => {
  it.each([
    ['asisten menteri kerjasama luar negeri', 'Asisten Menteri Kerjasama Luar Negeri'],
    // Small words stay lower case inside a title.
    ['pejabat pemerintah di Kementerian Luar Negeri', 'Pejabat Pemerintah di Kementerian Luar Negeri'],
    ['kepala atau anggota staf unit', 'Kepala atau Anggota Staf Unit'],
    // Acronyms stay as written.
    ['analis PBB dan NGO', 'Analis PBB dan NGO'],
  ])('returns %j as %j', (name, title) => {
    expect(toTitleCase(name)).toBe(title);
  });
});

describe('inferName', () => {
  const at = (text: string, line = 1) => ({ text, line });

  it.each([
    ['Profil orang yang cocok untuk tipe pekerjaan Analis Data adalah seseorang yang teliti.', 'Analis Data'],
    ['Pekerjaan sebagai penerjemah diplomatik melibatkan banyak dokumen.', 'penerjemah diplomatik'],
    ['Apa saya cocok bekerja sebagai Atase Pertahanan?', 'Atase Pertahanan'],
    ['Seorang juru bicara yang cocok adalah orang yang tenang.', 'juru bicara'],
    ['Profil orang yang cocok untuk pekerjaan sebagai staf protokol adalah seseorang yang rapi.', 'staf protokol'],
  ])('finds the name in %j', (sentence, name) => {
    expect(inferName([at(sentence)])?.name).toBe(name);
  });

  it('prefers the strongest cue anywhere over a weaker one earlier', () => {
    const found = inferName([
      at('Pekerjaan di bidang diplomasi publik melibatkan komunikasi.', 1),
      at('Profil orang yang cocok untuk tipe pekerjaan Diplomat Publik adalah seseorang yang ramah.', 4),
    ]);
    expect(found).toMatchObject({ name: 'Diplomat Publik', line: 4 });
  });

  it('ignores "pekerjaan ini", which names no profession', () => {
    expect(inferName([at('Orang yang tidak cocok untuk pekerjaan ini adalah mereka yang malas.')])).toBeUndefined();
  });
});
