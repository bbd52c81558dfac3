import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/core/absolute-url';

describe('absoluteUrl', () => {
  it.each([
    ['/profesi/diplomat/', 'https://peta.example', 'https://peta.example/profesi/diplomat/'],
    // A trailing slash on the site, or none, gives the same URL.
    ['/sitemap.xml', 'https://peta.example/', 'https://peta.example/sitemap.xml'],
    ['/', 'http://localhost:4321', 'http://localhost:4321/'],
  ])('returns %j on %j as %j', (path, site, url) => {
    expect(absoluteUrl(path, site)).toBe(url);
  });
});
