import { describe, expect, it } from 'vitest';
import {
  comparePath,
  faviconPath,
  homePath,
  iconPath,
  isProfessionPath,
  manifestPath,
  PREVIEW_IMAGE_ROUTE,
  previewImageFile,
  previewImagePath,
  professionDataPath,
  professionPath,
  searchPath,
  sitemapPath,
  sitePreviewImagePath,
  withHighlight,
  wordDataPath,
} from '../../src/core/routes';

describe('routes', () => {
  it.each([
    ['home', homePath(), '/'],
    ['search page', searchPath(), '/cari/'],
    // The query is encoded as one parameter value.
    ['search for a phrase', searchPath('kerja sama & lobi'), '/cari/?q=kerja%20sama%20%26%20lobi'],
    // An empty query is the bare page, not "?q=".
    ['search for nothing', searchPath(''), '/cari/'],
    ['comparison page', comparePath(), '/bandingkan/'],
    ['comparison of two', comparePath(['x', 'y']), '/bandingkan/?a=x&b=y'],
    ['comparison of three', comparePath(['x', 'y', 'z']), '/bandingkan/?a=x&b=y&c=z'],
    // One profession: the comparison page with its first column chosen.
    ['comparison of one', comparePath(['x']), '/bandingkan/?a=x'],
    // More than three columns do not fit; the rest are dropped.
    ['comparison of four', comparePath(['w', 'x', 'y', 'z']), '/bandingkan/?a=w&b=x&c=y'],
    ['profession page', professionPath('diplomat'), '/profesi/diplomat/'],
    ['section of a profession page', professionPath('diplomat', 'tugas-utama'), '/profesi/diplomat/#tugas-utama'],
    ['preview image', previewImagePath('diplomat'), '/og/diplomat.png'],
    ['preview image file', previewImageFile('diplomat'), 'og/diplomat.png'],
    ['preview image route', PREVIEW_IMAGE_ROUTE, '/og/[slug].png'],
    ['comparison data', professionDataPath('diplomat'), '/data/profesi/diplomat.json'],
    ['word data of a letter', wordDataPath('k'), '/data/kata/k.json'],
    ['site preview image', sitePreviewImagePath(), '/og.png'],
    ['favicon', faviconPath(), '/favicon.svg'],
    ['icon', iconPath(192), '/icon-192.png'],
    ['manifest', manifestPath(), '/manifest.webmanifest'],
    ['sitemap', sitemapPath(), '/sitemap.xml'],
  ])('returns the %s as %s', (_name, path, expected) => {
    expect(path).toBe(expected);
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
  ])('returns for %s %s', (path, expected) => {
    expect(isProfessionPath(path)).toBe(expected);
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
  ])('returns %s with %j as %s', (url, words, expected) => {
    expect(withHighlight(url, words)).toBe(expected);
  });
});
