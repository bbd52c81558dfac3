import { describe, expect, it } from 'vitest';
import { recordedSections, sectionText } from '../../../src/core/profile/rendered-sections';

const sections = [
  { id: 'tugas-utama', heading: 'Tugas utama', text: 'Mengatur jadwal.', html: '<p>Mengatur jadwal.</p>' },
  { id: 'siapa-yang-cocok', heading: 'Siapa yang cocok', text: '', html: '' },
];

describe('recordedSections', () => {
  it('returns the sections recorded in the rendered frontmatter, an empty list included', () => {
    expect(recordedSections({ slug: 'a', sections })).toBe(sections);
    expect(recordedSections({ sections: [] })).toEqual([]);
  });

  it('throws when nothing was recorded, naming the plugin, rather than reading the profile as empty', () => {
    expect(() => recordedSections({ slug: 'a' })).toThrow(/rehypeSections/);
  });
});

describe('sectionText', () => {
  it('returns the text of the section with an id, empty or not, and undefined for one the profile lacks', () => {
    expect(sectionText(sections, 'tugas-utama')).toBe('Mengatur jadwal.');
    expect(sectionText(sections, 'siapa-yang-cocok')).toBe('');
    expect(sectionText(sections, 'jurusan-kuliah-yang-mendukung')).toBeUndefined();
  });
});
