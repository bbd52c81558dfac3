/** The built site in dist/: pages, their text, their anchors and links, and the search index. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/core/profile/normalize';
import { parseProfile } from '../../src/core/profile/parse';
import { SECTIONS } from '../../src/core/profile/sections';
import { offlinePath } from '../../src/routes';
import { attributeValues, htmlToText, innerOf, jsonLd, metaContent } from '../support/html';
import { DIST, SOURCES } from '../support/paths';
import { brokenLinks, builtPages, redirectPages } from '../support/site';
import { pngSize } from '../support/png';

const pages = builtPages();
/** Old addresses of renamed professions (content/slug-history.json): pages that lead on (tests/site/redirects.test.ts). */
const redirects = redirectPages();
const profiles = readdirSync(SOURCES)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => {
    const result = parseProfile(readFileSync(join(SOURCES, file), 'utf8'), file);
    if (!result.ok) throw new Error(`${file} does not parse`);
    return result.profile;
  });
/** The site's public origin, as the home page declares it; every absolute URL must use it. */
const ORIGIN = new URL(attributeValues(pages.get('/') ?? '', 'href').find((h) => /^https?:/.test(h)) ?? 'http://unset').origin;
/** Pages meant to be found: every page but the 404 page, the offline page and the old addresses. */
const indexable = [...pages.keys()].filter((path) => path !== '/404.html' && path !== offlinePath() && !redirects.has(path));
/** Width and height of a PNG file, from its IHDR chunk. */
/** Site path of an absolute URL on the site's origin. */
const sitePath = (url: string) => decodeURIComponent(new URL(url).pathname);
const SECTION_IDS = new Set([
  'gambaran-pekerjaan',
  'tugas-utama',
  'siapa-yang-cocok',
  'siapa-yang-kurang-cocok',
  'ekspektasi-vs-realita',
  'bedanya-dengan-profesi-serupa',
  'jurusan-kuliah-yang-mendukung',
  'contoh-institusi-yang-membutuhkan',
  'lainnya',
]);

describe('the built site', () => {
  it('has the home page, the search page, the comparison page, a 404 page, the offline page, one page per profession and one per old address', () => {
    expect([...pages.keys()].sort()).toEqual(
      ['/', '/404.html', '/cari/', '/bandingkan/', offlinePath(), ...profiles.map((p) => `/profesi/${p.slug}/`), ...redirects.keys()].sort(),
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

  it('resolves every internal link, asset and #anchor on every page, and every absolute URL on the site origin', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string }[] };
    const extra = new Map<string, string[]>([
      ['/sitemap.xml', [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)],
      ['/manifest.webmanifest', manifest.icons.map((i) => i.src)],
      ['/robots.txt', [/^Sitemap: (\S+)$/m.exec(readFileSync(join(DIST, 'robots.txt'), 'utf8'))![1]!]],
    ]);
    expect(extra.get('/sitemap.xml')!.length).toBe(indexable.length);
    expect(brokenLinks(pages, DIST, { origin: ORIGIN, extra })).toEqual([]);
  });

  it('gives every page a canonical URL, Open Graph and Twitter card tags with a 1200×630 preview image', () => {
    for (const path of indexable) {
      const html = pages.get(path)!;
      const meta = (key: string) => metaContent(html, key);
      const title = htmlToText(innerOf(html, 'title', /<title>/) ?? '');
      const canonical = attributeValues(html, 'href').find((h) => h.startsWith(ORIGIN));
      expect(html, path).toContain(`<link rel="canonical" href="${ORIGIN}${path}">`);
      expect(canonical, path).toBe(`${ORIGIN}${path}`);
      expect(meta('og:url'), path).toBe(`${ORIGIN}${path}`);
      expect(meta('og:title'), path).toBe(title);
      expect(meta('twitter:title'), path).toBe(title);
      expect([meta('og:locale'), meta('og:site_name'), meta('twitter:card')], path).toEqual(['id_ID', 'Peta Profesi', 'summary_large_image']);
      const description = meta('og:description') ?? '';
      expect(description.length, path).toBeGreaterThan(40);
      expect(description.length, path).toBeLessThanOrEqual(160);
      expect(meta('twitter:description'), path).toBe(description);
      const image = meta('og:image') ?? '';
      expect(meta('twitter:image'), path).toBe(image);
      expect(pngSize(join(DIST, sitePath(image))), path).toEqual({ png: true, width: 1200, height: 630 });
    }
  });

  it('gives each profession its own preview image, 1200×630', () => {
    for (const p of profiles) {
      expect(metaContent(pages.get(`/profesi/${p.slug}/`)!, 'og:image')).toBe(`${ORIGIN}/og/${p.slug}.png`);
      expect(pngSize(join(DIST, 'og', `${p.slug}.png`))).toEqual({ png: true, width: 1200, height: 630 });
    }
    const images = profiles.map((p) => readFileSync(join(DIST, 'og', `${p.slug}.png`)).toString('base64'));
    expect(new Set(images).size).toBe(profiles.length);
  });

  it('lists every page but the 404 and offline pages in the sitemap, which robots.txt points to', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.sort()).toEqual(indexable.map((path) => `${ORIGIN}${path}`).sort());
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(pages.get('/404.html')).toContain('<meta name="robots" content="noindex">');
    expect(pages.get(offlinePath())).toContain('<meta name="robots" content="noindex">');
  });

  it('links a favicon, home-screen icons of their stated sizes and a web manifest from every page', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ lang: 'id', start_url: '/', short_name: 'Peta Profesi' });
    for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(join(DIST, icon.src))).toEqual({ png: true, width, height });
    }
    for (const [path, html] of pages) {
      for (const tag of [
        '<link rel="icon" href="/favicon.svg"',
        '<link rel="apple-touch-icon" href="/icon-180.png"',
        '<link rel="manifest" href="/manifest.webmanifest"',
      ]) {
        expect(html, path).toContain(tag);
      }
    }
  });

  it('describes the site as a WebSite whose search action opens /cari/?q= on the home page', () => {
    expect(jsonLd(pages.get('/')!)).toEqual([
      expect.objectContaining({
        '@type': 'WebSite',
        url: `${ORIGIN}/`,
        potentialAction: expect.objectContaining({ target: expect.objectContaining({ urlTemplate: `${ORIGIN}/cari/?q={search_term_string}` }) }),
      }),
    ]);
  });

  it('links each profession to the previous and next in the home page order', () => {
    const order = [...pages.get('/')!.matchAll(/href="\/profesi\/([^/"]+)\/"/g)].map((m) => m[1]!);
    expect(order).toHaveLength(profiles.length);
    order.forEach((slug, i) => {
      const html = pages.get(`/profesi/${slug}/`)!;
      expect(/<a href="\/profesi\/([^/"]+)\/" rel="prev"/.exec(html)?.[1], slug).toBe(order[i - 1]);
      expect(/<a href="\/profesi\/([^/"]+)\/" rel="next"/.exec(html)?.[1], slug).toBe(order[i + 1]);
    });
  });

  it('indexes every profession page, and only those, for search', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.id.page_count).toBe(profiles.length);
    for (const [path, html] of pages) {
      expect(html.includes('data-pagefind-body'), path).toBe(path.startsWith('/profesi/') && !redirects.has(path));
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

  it('links mentions of other professions in its text, never itself', () => {
    for (const href of attributeValues(article.replace(/^[\s\S]*?<div class="profile-body">/, ''), 'href')) {
      if (!href.startsWith('#')) expect(href).not.toBe(`/profesi/${profile.slug}/`);
    }
  });

  it('gives every section heading a link to itself', () => {
    for (const [, id] of article.matchAll(/<h2 id="([^"]+)"/g)) {
      expect(article).toMatch(new RegExp(`<h2 id="${id}">[^<]+<a class="heading-link" href="#${id}" aria-label="Tautan ke bagian “[^”]+”"></a></h2>`));
    }
  });

  it('carries an Occupation and a BreadcrumbList as JSON-LD', () => {
    const url = `${ORIGIN}/profesi/${profile.slug}/`;
    const [occupation, breadcrumbs] = jsonLd(html) as Record<string, unknown>[];
    const sectionText = (key: string) =>
      profile.sections
        .find((s) => s.key === key)
        ?.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : b.type === 'list' ? b.items : [b.expectation, b.reality])) ?? [];
    expect(occupation).toMatchObject({ '@context': 'https://schema.org', '@type': 'Occupation', name: profile.title, description: profile.summary, url });
    for (const sentence of sectionText('tasks')) expect(occupation!.responsibilities).toContain(collapseWhitespace(sentence));
    for (const sentence of sectionText('fit')) expect(occupation!.skills).toContain(collapseWhitespace(sentence));
    if (profile.majors.length > 0) {
      expect((occupation!.educationRequirements as { name: string }[]).map((e) => e.name)).toEqual(profile.majors);
    } else {
      expect(occupation).not.toHaveProperty('educationRequirements');
    }
    expect(breadcrumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Beranda', item: `${ORIGIN}/` },
        { position: 2, name: profile.title, item: url },
      ],
    });
    expect(htmlToText(innerOf(html, 'nav', /<nav aria-label="Jejak navigasi"[^>]*>/) ?? '')).toBe(`Beranda › ${profile.title}`);
  });
});
