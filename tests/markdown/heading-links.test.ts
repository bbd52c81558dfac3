import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { rehypeHeadingLinks } from '../../src/markdown/heading-links';

const h = (tagName: string, properties: Element['properties'], ...children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

describe('rehypeHeadingLinks', () => {
  it('appends a labelled self-link without text to each h2 that has an id, and leaves other elements alone', () => {
    const tree: Root = {
      type: 'root',
      children: [h('h2', { id: 'tugas-utama' }, text('Tugas utama')), h('h2', {}, text('Tanpa id')), h('p', {}, text('Isi'))],
    };
    rehypeHeadingLinks({ label: (heading) => `Tautan ke ${heading}` })(tree);
    const [linked, noId, paragraph] = tree.children as Element[];
    expect(linked!.children[1]).toEqual(h('a', { className: ['heading-link'], href: '#tugas-utama', ariaLabel: 'Tautan ke Tugas utama' }));
    expect(noId!.children).toHaveLength(1);
    expect(paragraph!.children).toHaveLength(1);
  });
});
