import { describe, expect, it } from 'vitest';
import { previewCard, titleSize, type CardNode } from '../../src/core/preview-card';

/** Every string in a card, in order. */
const texts = (node: CardNode | string): string[] => (typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap(texts));

describe('titleSize', () => {
  it('returns a smaller size for a longer title', () => {
    const sizes = [
      'Diplomat',
      'Pejabat Pemerintah di Kementerian Luar Negeri',
      'Kepala atau Anggota Staf Unit Kebijakan Luar Negeri di Organisasi Internasional',
    ].map(titleSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(3);
  });
});

describe('previewCard', () => {
  it('returns a card showing the site name, the title, the summary and the tagline, in that order', () => {
    const card = previewCard({ title: 'Diplomat', summary: 'Mewakili negara.', siteName: 'Peta Profesi', tagline: 'Panduan karier' });
    expect(texts(card)).toEqual(['Peta Profesi', 'Diplomat', 'Mewakili negara.', 'Panduan karier']);
  });
});
