/** The built site in dist/: pages, their text, their anchors and links, and the search index. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/lib/profile/normalize';
import { parseProfile } from '../../src/lib/profile/parse';
import { SECTIONS } from '../../src/lib/profile/sections';
import { htmlToText, innerOf } from '../support/html';
import { DIST, SOURCES } from '../support/paths';
import { brokenLinks, builtPages } from '../support/site';

const pages = builtPages();
const profiles = readdirSync(SOURCES)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => {
    const result = parseProfile(readFileSync(join(SOURCES, file), 'utf8'), file);
    if (!result.ok) throw new Error(`${file} does not parse`);
    return result.profile;
  });
const SECTION_IDS = new Set(['gambaran-pekerjaan', 'tugas-utama', 'siapa-yang-cocok', 'siapa-yang-kurang-cocok', 'ekspektasi-vs-realita',
  'bedanya-dengan-profesi-serupa', 'jurusan-kuliah-yang-mendukung', 'contoh-institusi-yang-membutuhkan', 'lainnya']);

describe('the built site', () => {
  it('has the home page, the search page, a 404 page and one page per profession', () => {
    expect([...pages.keys()].sort()).toEqual(
      ['/', '/404.html', '/cari/', ...profiles.map((p) => `/profesi/${p.slug}/`)].sort(),
    );
  });

  it('declares Indonesian on every page', () => {
    for (const [path, html] of pages) expect(html, path).toMatch(/<html lang="id"/);
  });

  it('lists every profession on the home page with a link to its page', () => {
    const home = pages.get('/')!;
    for (const p of profiles) {
      expect(home).toContain(`href="/profesi/${p.slug}/"`);
      expect(htmlToText(home)).toContain(p.title);
    }
  });

  it('keeps the section headings and their shareable ids as the contract says', () => {
    expect(SECTIONS.map((s) => s.heading.toLowerCase().replace(/\s+/g, '-'))).toEqual([...SECTION_IDS]);
  });

  it('resolves every internal link, asset and #anchor on every page', () => {
    expect(brokenLinks(pages)).toEqual([]);
  });

  it('indexes the five profession pages, and only those, for search', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.id.page_count).toBe(profiles.length);
    for (const [path, html] of pages) {
      expect(html.includes('data-pagefind-body'), path).toBe(path.startsWith('/profesi/'));
    }
  });
});

describe.each(profiles.map((p) => [p.title, p] as const))('page of %s', (_title, profile) => {
  const html = pages.get(`/profesi/${profile.slug}/`) ?? '';
  const article = innerOf(html, 'article', /<article[^>]*data-pagefind-body[^>]*>/) ?? '';
  const text = htmlToText(article);

  it('shows the title as the page heading and in the document title', () => {
    expect(htmlToText(innerOf(article, 'h1', /<h1[^>]*>/) ?? '')).toBe(profile.title);
    expect(htmlToText(innerOf(html, 'title', /<title>/) ?? '')).toBe(`${profile.title} — Peta Profesi`);
  });

  it('shows every sentence and list item of its source, verbatim apart from whitespace', () => {
    const missing = profile.pieces
      .filter((p) => p.kind === 'sentence' || p.kind === 'item')
      .map((p) => collapseWhitespace(p.text))
      .filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('gives each section heading its contract id and lists it in the table of contents', () => {
    const ids = [...article.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids).toEqual(profile.sections.map((s) => [...SECTION_IDS][SECTIONS.findIndex((x) => x.key === s.key)]));
    for (const id of ids) expect(html).toContain(`href="#${id}"`);
  });

  it('describes itself with the summary', () => {
    expect(html).toContain(`<meta name="description" content="${profile.summary.replace(/"/g, '&quot;')}"`);
  });
});
