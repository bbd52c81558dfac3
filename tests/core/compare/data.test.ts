import { describe, expect, it } from 'vitest';
import { compareProfile, splitSections } from '../../../src/core/compare/data';
import { professionSchema } from '../../../src/core/profile/schema';

const html = [
  '<h2 id="gambaran-pekerjaan">Gambaran pekerjaan</h2>',
  '<p>Bekerja di kantor.</p>',
  '<h2 id="tugas-utama">Tugas utama</h2>',
  '<p>Menyusun laporan.</p>',
  '<p>Rapat.</p>',
  '<h2 id="siapa-yang-cocok">Siapa yang cocok</h2>',
  '<p>Seorang yang cocok adalah orang yang teliti.</p>',
  '<h2 id="bedanya-dengan-profesi-serupa">Bedanya dengan profesi serupa</h2>',
  '<p>Berbeda dengan diplomat.</p>',
].join('\n');

const data = professionSchema.parse({
  title: 'Analis <Kebijakan>',
  slug: 'analis-kebijakan',
  summary: 'Bekerja di kantor.',
  source: 'a.txt',
  titleFrom: 'line',
  fitTraits: ['Teliti & sabar'],
});

describe('splitSections', () => {
  it('returns each section\'s HTML under its heading id, headings excluded', () => {
    const sections = splitSections(html);
    expect([...sections.keys()]).toEqual(['gambaran-pekerjaan', 'tugas-utama', 'siapa-yang-cocok', 'bedanya-dengan-profesi-serupa']);
    expect(sections.get('tugas-utama')).toBe('<p>Menyusun laporan.</p>\n<p>Rapat.</p>');
  });

  it('returns nothing for HTML without section headings', () => {
    expect(splitSections('<p>Teks</p>').size).toBe(0);
  });
});

describe('compareProfile', () => {
  const profile = compareProfile(data, html);

  it('returns the compared sections only, leaving out the ones the text lacks and "Bedanya dengan …"', () => {
    expect(Object.keys(profile.rows)).toEqual(['gambaran-pekerjaan', 'tugas-utama', 'siapa-yang-cocok']);
    expect(profile.rows['gambaran-pekerjaan']).toBe('<p>Bekerja di kantor.</p>');
  });

  it('returns who fits as the single statements, escaped, rather than the sentence', () => {
    expect(profile.rows['siapa-yang-cocok']).toBe('<ul class="traits"><li>Teliti &amp; sabar</li></ul>');
  });

  it('returns the title as written and the page address', () => {
    expect(profile).toMatchObject({ slug: 'analis-kebijakan', title: 'Analis <Kebijakan>', href: '/profesi/analis-kebijakan/' });
  });
});
