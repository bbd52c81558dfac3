import { describe, expect, it } from 'vitest';
import { compareProfile } from '../../../src/core/compare/data';
import type { RenderedSection } from '../../../src/core/profile/rendered-sections';
import { professionSchema } from '../../../src/core/profile/schema';
import { createRoutes } from '../../../src/core/routes';

/** Sections as rehypeSections records them (tests/markdown/sections.test.ts). */
const section = (id: string, heading: string, html: string): RenderedSection => ({ id, heading, text: '', html });
const sections = [
  section('gambaran-pekerjaan', 'Gambaran pekerjaan', '<p>Bekerja di kantor.</p>'),
  section('tugas-utama', 'Tugas utama', '<p>Menyusun laporan.</p>\n<p>Rapat.</p>'),
  section('siapa-yang-cocok', 'Siapa yang cocok', '<p>Seorang yang cocok adalah orang yang teliti.</p>'),
  section('siapa-yang-kurang-cocok', 'Siapa yang kurang cocok', ''),
  section('bedanya-dengan-profesi-serupa', 'Bedanya dengan profesi serupa', '<p>Berbeda dengan diplomat.</p>'),
];

const data = professionSchema.parse({
  title: 'Analis <Kebijakan>',
  slug: 'analis-kebijakan',
  summary: 'Bekerja di kantor.',
  source: 'a.txt',
  titleFrom: 'line',
  fitTraits: ['Teliti & sabar'],
});

describe('compareProfile', () => {
  const profile = compareProfile(data, sections, createRoutes());

  it('returns the compared sections only, leaving out the ones the text lacks or leaves empty and "Bedanya dengan …"', () => {
    expect(Object.keys(profile.rows)).toEqual(['gambaran-pekerjaan', 'tugas-utama', 'siapa-yang-cocok']);
    expect(profile.rows['tugas-utama']).toBe('<p>Menyusun laporan.</p>\n<p>Rapat.</p>');
  });

  it('returns who fits as the single statements, escaped, rather than the sentence', () => {
    expect(profile.rows['siapa-yang-cocok']).toBe('<ul class="traits"><li>Teliti &amp; sabar</li></ul>');
  });

  it('returns the title as written and the page address', () => {
    expect(profile).toMatchObject({ slug: 'analis-kebijakan', title: 'Analis <Kebijakan>', href: '/profesi/analis-kebijakan/' });
  });

  it('returns the page address under the base path of a site served under one', () => {
    expect(compareProfile(data, sections, createRoutes('/peta-profesi/')).href).toBe('/peta-profesi/profesi/analis-kebijakan/');
  });
});
