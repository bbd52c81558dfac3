import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { rehypeLinkMentions } from '../../src/markdown/link-mentions';

const h = (tagName: string, properties: Element['properties'], ...children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });
const targets = [
  { title: 'Diplomat', href: '/profesi/diplomat/', printHref: 'https://p.example/profesi/diplomat/' },
  { title: 'Pekerja Kemanusiaan', href: '/profesi/pekerja-kemanusiaan/' },
];
const run = (tree: Root, slug?: string) =>
  rehypeLinkMentions({ targets, selfHref: (fm) => (fm.slug ? `/profesi/${fm.slug}/` : undefined) })(tree, { data: { astro: { frontmatter: { slug } } } });

describe('rehypeLinkMentions', () => {
  it('links the first mention of each profession with a page, whatever its case', () => {
    const p = h('p', {}, text('Berbeda dengan diplomat atau pekerja  kemanusiaan; diplomat lebih formal.'));
    run({ type: 'root', children: [p] });
    expect(p.children).toEqual([
      text('Berbeda dengan '),
      h('a', { href: '/profesi/diplomat/', className: ['mention'], dataPrintHref: 'https://p.example/profesi/diplomat/' }, text('diplomat')),
      text(' atau '),
      h('a', { href: '/profesi/pekerja-kemanusiaan/', className: ['mention'] }, text('pekerja  kemanusiaan')),
      text('; diplomat lebih formal.'),
    ]);
  });

  it("leaves a page's mention of itself, words containing a title, headings and links alone", () => {
    const p = h('p', {}, text('Kegiatan diplomatik.'));
    const heading = h('h2', {}, text('Diplomat'));
    const link = h('a', { href: '/x/' }, text('diplomat'));
    run({ type: 'root', children: [heading, link, p] });
    expect(p.children).toEqual([text('Kegiatan diplomatik.')]);
    expect(heading.children).toEqual([text('Diplomat')]);
    expect(link.children).toEqual([text('diplomat')]);
    const self = h('p', {}, text('Seorang diplomat.'));
    run({ type: 'root', children: [self] }, 'diplomat');
    expect(self.children).toEqual([text('Seorang diplomat.')]);
  });

  it('links the longest title that starts at a word, a shorter one once the longest is linked, and needs spaces between its words', () => {
    const alike = [
      { title: 'Analis Kebijakan', href: '/profesi/analis-kebijakan/' },
      { title: 'Analis Kebijakan Luar Negeri', href: '/profesi/analis-kebijakan-luar-negeri/' },
      { title: 'Analis Data', href: '/profesi/analis-data/' },
    ];
    const p = h('p', {}, text('Analis kebijakan luar negeri, lalu analis kebijakan luar negeri lagi, lalu analis-data.'));
    rehypeLinkMentions({ targets: alike })({ type: 'root', children: [p] }, {});
    expect(p.children).toEqual([
      h('a', { href: '/profesi/analis-kebijakan-luar-negeri/', className: ['mention'] }, text('Analis kebijakan luar negeri')),
      text(', lalu '),
      h('a', { href: '/profesi/analis-kebijakan/', className: ['mention'] }, text('analis kebijakan')),
      text(' luar negeri lagi, lalu analis-data.'),
    ]);
  });
});
