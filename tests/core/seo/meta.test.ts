import { describe, expect, it } from 'vitest';
import { previewTags } from '../../../src/core/seo/meta';

describe('previewTags', () => {
  const tags = previewTags({
    title: 'Diplomat — Peta Profesi',
    description: 'x'.repeat(200),
    url: 'https://peta.example/profesi/diplomat/',
    image: 'https://peta.example/og/diplomat.png',
    imageAlt: 'Diplomat',
    siteName: 'Peta Profesi',
    type: 'article',
  });
  const value = (key: string) => tags.find((t) => t.key === key)?.content;

  it('returns Open Graph tags with the Indonesian locale, the site name, the URL and a 1200×630 image', () => {
    expect(value('og:locale')).toBe('id_ID');
    expect(value('og:site_name')).toBe('Peta Profesi');
    expect(value('og:url')).toBe('https://peta.example/profesi/diplomat/');
    expect([value('og:image'), value('og:image:width'), value('og:image:height')]).toEqual(['https://peta.example/og/diplomat.png', '1200', '630']);
  });

  it('returns a large-image Twitter card, with descriptions of at most 160 characters', () => {
    expect(value('twitter:card')).toBe('summary_large_image');
    expect(value('og:description')!.length).toBeLessThanOrEqual(160);
    expect(value('twitter:description')).toBe(value('og:description'));
  });
});
