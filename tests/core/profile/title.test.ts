import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/core/profile/parse';
import { guessName, inferName, noTitleMessage, toTitleCase } from '../../../src/core/profile/title';

describe('toTitleCase', () => {
  it.each([
    ['asisten menteri kerjasama luar negeri', 'Asisten Menteri Kerjasama Luar Negeri'],
    // Small words stay lower case inside a title.
    ['pejabat pemerintah di Kementerian Luar Negeri', 'Pejabat Pemerintah di Kementerian Luar Negeri'],
    ['kepala atau anggota staf unit', 'Kepala atau Anggota Staf Unit'],
    // Acronyms stay as written.
    ['analis PBB dan NGO', 'Analis PBB dan NGO'],
    // Each part of a slashed name is a word of the title.
    ['humas/public relations pemerintah', 'Humas/Public Relations Pemerintah'],
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
    // A definition opening the text, with "adalah", "merupakan" or "ialah"; an English gloss in brackets is left out.
    ['Analis risiko politik (political risk analyst) adalah orang yang menilai risiko.', 'Analis risiko politik'],
    ['Pialang saham merupakan perantara jual beli efek di bursa.', 'Pialang saham'],
    ['Juru sita ialah pegawai pengadilan yang menjalankan putusan.', 'Juru sita'],
    ['Seorang penasihat hukum perusahaan adalah ahli hukum yang bekerja sebagai karyawan.', 'penasihat hukum perusahaan'],
    // "Menjadi X berarti …", "Sebagai X, kamu …", "Profesi X …", "Seorang X bertugas …".
    ['Menjadi kurator museum berarti merawat koleksi.', 'kurator museum'],
    ['Menjadi penerjemah lisan bukan sekadar pandai berbahasa.', 'penerjemah lisan'],
    ['Sebagai penulis pidato, kamu meminjamkan kata-katamu.', 'penulis pidato'],
    ['Sebagai seorang atase pers, anda mewakili kedutaan.', 'atase pers'],
    ['Miskonsepsi tentang profesi sebagai seorang kurator adalah bahwa kerjanya santai.', 'kurator'],
    ['Profesi petugas protokol menuntut ketelitian.', 'petugas protokol'],
    ['Profesi ahli gizi klinis membutuhkan kesabaran.', 'ahli gizi klinis'],
    ['Seorang auditor pemerintah bertugas memeriksa keuangan negara.', 'auditor pemerintah'],
    ['Seorang perencana kota bertanggung jawab atas tata ruang.', 'perencana kota'],
    ['Seorang pustakawan (librarian) biasanya bekerja di perpustakaan.', 'pustakawan'],
  ])('finds the name in %j', (sentence, name) => {
    expect(inferName([at(sentence)])?.name).toBe(name);
  });

  it('reads how a text opens only in its first sentence', () => {
    expect(inferName([at('Dunia kerja berubah cepat.', 1), at('Seorang auditor pemerintah bertugas memeriksa.', 2)])).toBeUndefined();
  });

  it('prefers the definition opening the text over "bekerja sebagai" inside it', () => {
    expect(inferName([at('Seorang penasihat hukum adalah ahli hukum yang bekerja sebagai karyawan.')])?.name).toBe('penasihat hukum');
  });

  it.each([
    'Pekerjaan ini dimulai jauh sebelum tamu asing mendarat.',
    'Tugas utamanya meliputi menjemput rombongan.',
    'Profesi ini cocok untuk kamu yang ramah.',
    'Menjadi bagian dari tim berarti banyak rapat.',
    'Hal ini adalah tantangan besar.',
  ])('finds no name in %j', (sentence) => {
    expect(inferName([at(sentence)])).toBeUndefined();
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

describe('guessName', () => {
  it('proposes the phrase most often named after "seorang", "sebagai" or "profesi"', () => {
    expect(
      guessName([
        { text: 'Di balik laporan ada kerja seorang analis risiko politik yang jarang terlihat.' },
        { text: 'Ia pernah bekerja di bank.' },
        { text: 'Orang mengira seorang analis risiko politik bisa meramal.' },
      ]),
    ).toBe('analis risiko politik');
  });

  it('proposes nothing when no phrase names a profession', () => {
    expect(guessName([{ text: 'Pekerjaan ini dimulai pagi.' }, { text: 'Profesi ini cocok untuk kamu.' }])).toBeUndefined();
  });

  it('words the problem with the proposal, or plainly without one', () => {
    expect(noTitleMessage('analis risiko politik')).toBe('no title; the text seems to be about "Analis risiko politik" — add it as the first line');
    expect(noTitleMessage(undefined)).toBe(
      'no title; no sentence names the profession — add its name (e.g. "Analis Data") as the first line, or open with a sentence such as "Analis data adalah …"',
    );
  });
});

describe('a title line', () => {
  const titleOf = (first: string) => {
    const result = parseProfile(`${first}\n\nTugas utama meliputi menulis laporan.\n`, 't.txt');
    return result.ok ? [result.profile.title, result.profile.slug] : result.problems[0]!.message;
  };

  it.each([
    ['Event Organizer atau Penyelenggara Acara', 'Event Organizer atau Penyelenggara Acara', 'event-organizer-atau-penyelenggara-acara'],
    ['Humas / Public Relations Pemerintah', 'Humas / Public Relations Pemerintah', 'humas-public-relations-pemerintah'],
    ['Humas/Public Relations', 'Humas/Public Relations', 'humas-public-relations'],
    ['Peneliti HAM & Advokasi', 'Peneliti HAM & Advokasi', 'peneliti-ham-advokasi'],
    ['analis anggaran daerah', 'Analis Anggaran Daerah', 'analis-anggaran-daerah'],
    ['PETUGAS IMIGRASI', 'Petugas Imigrasi', 'petugas-imigrasi'],
    ['Profesi: Konsultan Pajak', 'Konsultan Pajak', 'konsultan-pajak'],
    ['PROFESI: KONSULTAN PAJAK', 'Konsultan Pajak', 'konsultan-pajak'],
    ['Nama profesi: penerjemah tersumpah', 'Penerjemah Tersumpah', 'penerjemah-tersumpah'],
    ['Profesi — Konsultan Pajak', 'Konsultan Pajak', 'konsultan-pajak'],
  ])('%j gives the title %j and the slug %j', (line, title, slug) => {
    expect(titleOf(line)).toEqual([title, slug]);
  });
});
