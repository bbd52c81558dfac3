import { describe, expect, it } from 'vitest';
import { createRoutes, normalizeBase, PREVIEW_IMAGE_ROUTE, previewImageFile, sitePath, withHighlight } from '../../src/core/routes';

const root = createRoutes();
const sub = createRoutes('/peta-profesi/');

describe('routes', () => {
  // Each address at the root and under a base path: the same address with the base in front.
  it.each([
    ['home', (r) => r.homePath(), '/'],
    ['search page', (r) => r.searchPath(), '/cari/'],
    // The query is encoded as one parameter value.
    ['search for a phrase', (r) => r.searchPath('kerja sama & lobi'), '/cari/?q=kerja%20sama%20%26%20lobi'],
    // An empty query is the bare page, not "?q=".
    ['search for nothing', (r) => r.searchPath(''), '/cari/'],
    ['comparison page', (r) => r.comparePath(), '/bandingkan/'],
    ['comparison of two', (r) => r.comparePath(['x', 'y']), '/bandingkan/?a=x&b=y'],
    ['comparison of three', (r) => r.comparePath(['x', 'y', 'z']), '/bandingkan/?a=x&b=y&c=z'],
    // One profession: the comparison page with its first column chosen.
    ['comparison of one', (r) => r.comparePath(['x']), '/bandingkan/?a=x'],
    // More than three columns do not fit; the rest are dropped.
    ['comparison of four', (r) => r.comparePath(['w', 'x', 'y', 'z']), '/bandingkan/?a=w&b=x&c=y'],
    ['profession page', (r) => r.professionPath('diplomat'), '/profesi/diplomat/'],
    ['section of a profession page', (r) => r.professionPath('diplomat', 'tugas-utama'), '/profesi/diplomat/#tugas-utama'],
    ['preview image', (r) => r.previewImagePath('diplomat'), '/og/diplomat.png'],
    ['comparison data', (r) => r.professionDataPath('diplomat'), '/data/profesi/diplomat.json'],
    ['word data of a letter', (r) => r.wordDataPath('k'), '/data/kata/k.json'],
    ['site preview image', (r) => r.sitePreviewImagePath(), '/og.png'],
    ['favicon', (r) => r.faviconPath(), '/favicon.svg'],
    ['icon', (r) => r.iconPath(192), '/icon-192.png'],
    ['manifest', (r) => r.manifestPath(), '/manifest.webmanifest'],
    ['sitemap', (r) => r.sitemapPath(), '/sitemap.xml'],
    ['search bundle', (r) => r.pagefindPath('pagefind.js'), '/pagefind/pagefind.js'],
  ] satisfies [string, (r: typeof root) => string, string][])('returns the %s as %s at the root, under the base path below it', (_name, address, expected) => {
    expect(address(root)).toBe(expected);
    expect(address(sub)).toBe(`/peta-profesi${expected}`);
  });

  it.each([
    ['preview image file', previewImageFile('diplomat'), 'og/diplomat.png'],
    // Astro puts the base in front of an injected route itself.
    ['preview image route', PREVIEW_IMAGE_ROUTE, '/og/[slug].png'],
  ])('returns the %s as %s whatever the base', (_name, path, expected) => {
    expect(path).toBe(expected);
  });
});

describe('normalizeBase and sitePath', () => {
  it.each([
    // The root, however it is written.
    ['/', '/'],
    ['', '/'],
    // Astro's BASE_URL may come with or without the trailing slash (its trailingSlash option).
    ['/peta-profesi', '/peta-profesi/'],
    ['/peta-profesi/', '/peta-profesi/'],
    ['peta-profesi', '/peta-profesi/'],
    // A deeper path, and doubled slashes at the ends.
    ['//a/b//', '/a/b/'],
  ])('returns the base %j as %j', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
    expect(createRoutes(base).base).toBe(expected);
    expect(sitePath('/cari/', base)).toBe(`${expected}cari/`);
  });

  it('returns a path unchanged at the root', () => {
    expect(sitePath('/profesi/x/')).toBe('/profesi/x/');
  });
});

describe('isProfessionPath', () => {
  it.each([
    ['/profesi/diplomat/', true],
    ['/profesi/diplomat/#tugas-utama', true],
    ['/', false],
    ['/cari/', false],
    // The comparison data lives under /data/profesi/, not on a profession page.
    ['/data/profesi/diplomat.json', false],
  ])('returns for %s %s, at the root and under the base path', (path, expected) => {
    expect(root.isProfessionPath(path)).toBe(expected);
    expect(sub.isProfessionPath(`/peta-profesi${path}`)).toBe(expected);
  });

  it('returns false for a profession path outside the base path', () => {
    expect(sub.isProfessionPath('/profesi/diplomat/')).toBe(false);
  });
});

describe('withHighlight', () => {
  it.each([
    ['/profesi/a/#tugas-utama', ['agenda'], '/profesi/a/?sorot=agenda#tugas-utama'],
    ['/profesi/a/', ['jadwal', 'pertemuan'], '/profesi/a/?sorot=jadwal&sorot=pertemuan'],
    // Nothing to highlight: the URL as it was.
    ['/profesi/a/', [], '/profesi/a/'],
    // A URL with a query already gets "&"; words are encoded.
    ['/profesi/a/?x=1#s', ['kata benda'], '/profesi/a/?x=1&sorot=kata%20benda#s'],
    // Under a base path: the path is kept as it is.
    ['/peta-profesi/profesi/a/#s', ['agenda'], '/peta-profesi/profesi/a/?sorot=agenda#s'],
  ])('returns %s with %j as %s', (url, words, expected) => {
    expect(withHighlight(url, words)).toBe(expected);
  });
});
