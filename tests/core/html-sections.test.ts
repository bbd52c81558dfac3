import { describe, expect, it } from 'vitest';
import { htmlSections, htmlText } from '../../src/core/html-sections';

describe('htmlText', () => {
  it('keeps words inside inline tags together and apart across blocks and line breaks', () => {
    expect(htmlText('<p>Mengatur <em>jadwal</em>, <a href="/x">rapat</a>.</p><p>Menulis<br>laporan.</p><ul><li>Hukum</li><li>Politik</li></ul>')).toBe(
      'Mengatur jadwal, rapat. Menulis laporan. Hukum Politik',
    );
  });
});

describe('htmlSections', () => {
  it('returns the plain text of each h2 section by heading, ignoring text before the first', () => {
    const html =
      '<p>Pengantar.</p><h2 id="tugas-utama">Tugas utama<a class="heading-link" href="#tugas-utama" aria-label="Tautan"></a></h2>' +
      '<p>Mengatur <strong>jadwal</strong> &#x3C;rapat>.</p>\n<p>Menulis laporan.</p>' +
      '<h2 id="jurusan">Jurusan kuliah yang mendukung</h2><ul>\n<li>Ilmu Politik</li>\n<li>Hukum</li>\n</ul>';
    expect(htmlSections(html)).toEqual(
      new Map([
        ['Tugas utama', 'Mengatur jadwal <rapat>. Menulis laporan.'],
        ['Jurusan kuliah yang mendukung', 'Ilmu Politik Hukum'],
      ]),
    );
  });

  it('returns an empty map for a body without sections', () => {
    expect(htmlSections('<p>Hanya teks.</p>')).toEqual(new Map());
  });
});
