import type { Element, ElementContent, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { plainText, textOf } from '../../src/markdown/text';

const h = (tagName: string, ...children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

describe('textOf', () => {
  it('returns every text node joined as written, through inline markup, comments left out', () => {
    expect(textOf(h('h2', text('Tugas '), h('em', text('utama')), { type: 'comment', value: 'x' }, text('  & <lain>')))).toBe('Tugas utama  & <lain>');
  });
});

describe('plainText', () => {
  // Cases with no whitespace between blocks: Markdown's HTML always has some, so only this shows the word breaks.
  it.each<[string, RootContent[], string]>([
    ['keeps a word split by inline markup whole', [h('p', text('ja'), h('em', text('dw')), text('al'))], 'jadwal'],
    ['puts blocks that abut apart', [h('p', text('Satu')), h('p', text('Dua'))], 'Satu Dua'],
    ['breaks at a line break', [h('p', text('Baris'), h('br'), text('dua'))], 'Baris dua'],
    ['breaks after a nested list ends', [h('ul', h('li', text('a'), h('ul', h('li', text('b'))), text('c')))], 'a b c'],
    ['collapses whitespace, no-break spaces included, and trims', [text('\n'), h('p', text('  a\u00a0\u00a0b \n'))], 'a b'],
    ['returns nothing for no nodes', [], ''],
  ])('%s', (_, nodes, expected) => {
    expect(plainText(nodes)).toBe(expected);
  });
});
