import { describe, expect, it } from 'vitest';
import { markdownSections } from '../../src/lib/markdown-sections';

describe('markdownSections', () => {
  it('returns the plain text of each ## section by heading, escapes and markup removed', () => {
    const md = 'Intro tanpa judul.\n\n## Tugas utama\n\nMengatur *jadwal* \\<rapat>.\n\nMenulis laporan.\n\n## Jurusan kuliah yang mendukung\n\n- Ilmu Politik\n- Hukum\n';
    expect(markdownSections(md)).toEqual(
      new Map([
        ['Tugas utama', 'Mengatur jadwal <rapat>. Menulis laporan.'],
        ['Jurusan kuliah yang mendukung', 'Ilmu Politik Hukum'],
      ]),
    );
  });

  it('returns an empty map for a body without sections', () => {
    expect(markdownSections('Hanya teks.')).toEqual(new Map());
  });
});
