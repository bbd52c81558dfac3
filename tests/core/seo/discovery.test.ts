import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml, webManifest } from '../../../src/core/seo/discovery';

describe('sitemapXml', () => {
  it('returns one <loc> per URL, escaped', () => {
    const xml = sitemapXml(['https://p.example/', 'https://p.example/cari/?q=a&b']);
    expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual(['https://p.example/', 'https://p.example/cari/?q=a&amp;b']);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  });
});

describe('robotsTxt', () => {
  it('returns rules that allow everything and name the sitemap', () => {
    expect(robotsTxt('https://p.example/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://p.example/sitemap.xml\n');
  });
});

describe('webManifest', () => {
  const icons = [{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' }];
  const manifest = (home: string) =>
    webManifest({ name: 'Peta Profesi', shortName: 'Peta', description: 'd', home, themeColor: '#000', backgroundColor: '#fff', icons });

  it('returns an Indonesian manifest that starts at the home page', () => {
    expect(manifest('/')).toMatchObject({ lang: 'id', start_url: '/', scope: '/', short_name: 'Peta', icons });
  });

  it('returns a manifest that starts at, and covers only, the home page of a site under a sub-path', () => {
    expect(manifest('/peta-profesi/')).toMatchObject({ start_url: '/peta-profesi/', scope: '/peta-profesi/' });
  });
});
