import { describe, expect, it } from 'vitest';
import { cardCacheName, rendererFingerprint } from '../../../src/build/preview-image/cache';
import { professionCard } from '../../../src/core/preview-card';

describe('cardCacheName', () => {
  const card = professionCard({ title: 'Diplomat', summary: 'Mewakili negara di luar negeri.' });

  it('returns the same name for the same card, and another when the title, summary or renderer changes', () => {
    expect(cardCacheName(professionCard({ title: 'Diplomat', summary: 'Mewakili negara di luar negeri.' }))).toBe(cardCacheName(card));
    const names = [
      cardCacheName(card),
      cardCacheName(professionCard({ title: 'Diplomat Muda', summary: 'Mewakili negara di luar negeri.' })),
      cardCacheName(professionCard({ title: 'Diplomat', summary: 'Mewakili negara.' })),
      cardCacheName(card, 'another renderer'),
    ];
    expect(new Set(names).size).toBe(4);
    expect(names[0]).toMatch(/^[0-9a-f]{32}\.png$/);
  });

  it('fingerprints the renderer by its code and the versions of satori, sharp and the font', () => {
    expect(rendererFingerprint()).toMatch(/satori@\d+\.\d+\.\d+\nsharp@\d+\.\d+\.\d+\n@fontsource\/inter@\d+\.\d+\.\d+$/);
    expect(rendererFingerprint()).toContain('cardToPng');
  });
});
