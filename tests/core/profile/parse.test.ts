import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../src/core/profile/normalize';
import { parseProfile, type ParsedProfile } from '../../../src/core/profile/parse';
import { FIXTURE_SOURCES } from '../../support/paths';

function parseSeed(file: string): ParsedProfile {
  const result = parseProfile(readFileSync(`${FIXTURE_SOURCES}/${file}`, 'utf8'), file);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.profile;
}

const PROSE = ['overview', 'tasks', 'fit', 'unfit', 'expectations', 'differences'];

describe.each([
  // Title inferred from "untuk tipe pekerjaan X adalah"; no headings at all.
  {
    file: '000_80523f8a7c8d193d.txt',
    title: 'Kepala atau Anggota Staf Unit Kebijakan Luar Negeri di Organisasi Internasional',
    from: 'inferred',
    sections: PROSE,
  },
  { file: '001_3cc30b8717f79a58.txt', title: 'Asisten Menteri Kerjasama Luar Negeri', from: 'inferred', sections: PROSE },
  // Starts mid-sentence ("bertanggung jawab dalam …"); the title comes from the fit profile.
  { file: '002_cf2e344002910f3d.txt', title: 'Pejabat Pemerintah di Kementerian Luar Negeri', from: 'inferred', sections: PROSE },
  { file: '003_bceeab15af4041c4.txt', title: 'Pengelola Proyek Kerjasama Internasional', from: 'inferred', sections: PROSE },
  // Title line, headings and two lists.
  { file: '004_da34f16a75f43c9a.txt', title: 'Koordinator Pertemuan Politik', from: 'line', sections: [...PROSE, 'majors', 'employers'] },
])('$file', ({ file, title, from, sections }) => {
  const profile = parseSeed(file);

  it('returns the profession title', () => {
    expect(profile.title).toBe(title);
    expect(profile.titleSource.kind).toBe(from);
  });

  it('returns exactly the sections the text has, in page order', () => {
    expect(profile.sections.map((s) => s.key)).toEqual(sections);
  });

  it('places no sentence under "Lainnya" and warns only about a mid-sentence start', () => {
    expect(profile.pieces.filter((p) => p.section === 'other')).toEqual([]);
    for (const w of profile.warnings) expect(w.message).toMatch(/mid-sentence/);
  });

  it('returns pieces that together are the whole source text, each once', () => {
    const source = collapseWhitespace(readFileSync(`${FIXTURE_SOURCES}/${file}`, 'utf8').replace(/^\uFEFF/, ''));
    expect(profile.pieces.map((p) => p.text).join(' ')).toBe(source);
  });

  it('shows every sentence and item in exactly one section', () => {
    const shownBySection = profile.sections.map((s) =>
      s.blocks.flatMap((b) => (b.type === 'list' ? b.items : b.type === 'pair' ? [b.expectation, b.reality] : b.sentences)).join(' '),
    );
    const content = profile.pieces.filter((p) => p.kind === 'sentence' || p.kind === 'item');
    for (const piece of content) {
      const occurrences = shownBySection.map((text) => text.split(piece.text).length - 1);
      expect(
        occurrences.reduce((a, b) => a + b),
        piece.text,
      ).toBe(1);
    }
  });

  it('returns a summary that fits a meta description', () => {
    expect(profile.summary.length).toBeGreaterThan(40);
    expect(profile.summary.length).toBeLessThanOrEqual(160);
  });
});

describe('sections of the seed texts', () => {
  it('files "Selain itu, pekerjaan ini juga melibatkan …" under the main tasks', () => {
    const tasks = parseSeed('000_80523f8a7c8d193d.txt').pieces.filter((p) => p.section === 'tasks');
    expect(tasks.map((p) => p.text.slice(0, 10))).toEqual(['Tugas utam', 'Selain itu']);
  });

  it('keeps "Tugas mereka lebih berfokus …" in the comparison it continues', () => {
    const piece = parseSeed('000_80523f8a7c8d193d.txt').pieces.find((p) => p.text.startsWith('Tugas mereka'));
    expect(piece?.section).toBe('differences');
  });

  it('returns expectation and reality sentences split apart but in one section', () => {
    const profile = parseSeed('002_cf2e344002910f3d.txt');
    const expectations = profile.pieces.filter((p) => p.section === 'expectations').map((p) => p.text.split(':')[0]);
    expect(expectations.filter((t) => t === 'Ekspektasi' || t === 'Realita')).toEqual(['Ekspektasi', 'Realita', 'Ekspektasi', 'Realita']);
  });

  it('gives a text that starts mid-sentence its profession as subject', () => {
    const profile = parseSeed('002_cf2e344002910f3d.txt');
    const first = profile.sections[0]!.blocks[0]!;
    expect(first).toMatchObject({ type: 'paragraph' });
    expect(first.type === 'paragraph' && first.sentences[0]).toBe(
      'Pejabat pemerintah di Kementerian Luar Negeri bertanggung jawab dalam mengelola dan melaksanakan kebijakan luar negeri negara.',
    );
  });

  it('returns majors and employers as lists', () => {
    const profile = parseSeed('004_da34f16a75f43c9a.txt');
    expect(profile.majors).toHaveLength(10);
    expect(profile.majors[0]).toBe('Ilmu Politik');
    expect(profile.employers).toContain('NGO/LSM yang bergerak di bidang politik');
  });
});
