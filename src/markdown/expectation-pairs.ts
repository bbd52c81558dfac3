/**
 * rehype plugin: in the "Ekspektasi vs realita" section, a paragraph whose expectation and reality
 * are separated by a hard line break becomes a pair of cards. The labels are attributes shown by
 * CSS, so each sentence stays one unbroken run of text for readers, search and copy-paste.
 */
import type { Element, ElementContent, Root } from 'hast';
import { sectionId } from '../core/profile/sections';

/** Options of `rehypeExpectationPairs`: the labels of the two cards, in the page's language (no defaults). */
export interface ExpectationPairsOptions {
  /** Label of the first card, e.g. "Ekspektasi". */
  expectationLabel: string;
  /** Label of the second card, e.g. "Realita". */
  realityLabel: string;
}

/** Returns the rehype transform that turns expectation-reality paragraphs into paired cards. */
export function rehypeExpectationPairs(options: ExpectationPairsOptions) {
  const sectionAnchor = sectionId('expectations');
  return (tree: Root) => {
    let inSection = false;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element') return node;
      if (node.tagName === 'h2') inSection = node.properties.id === sectionAnchor;
      if (!inSection || node.tagName !== 'p') return node;
      const cut = node.children.findIndex((child) => child.type === 'element' && child.tagName === 'br');
      if (cut < 0) return node;
      return pairCards(node.children.slice(0, cut), trimStart(node.children.slice(cut + 1)), options);
    });
  };
}

function pairCards(expectation: ElementContent[], reality: ElementContent[], options: ExpectationPairsOptions): Element {
  const card = (kind: string, label: string, content: ElementContent[]): Element => ({
    type: 'element',
    tagName: 'div',
    properties: { className: ['pair-card', `pair-${kind}`], dataLabel: label },
    children: [{ type: 'element', tagName: 'p', properties: {}, children: content }],
  });
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['pair'] },
    children: [card('expectation', options.expectationLabel, expectation), { type: 'text', value: '\n' }, card('reality', options.realityLabel, reality)],
  };
}

/** Drops the newline Markdown leaves after a hard break. */
function trimStart(children: ElementContent[]): ElementContent[] {
  const [first, ...rest] = children;
  if (first?.type === 'text') return [{ ...first, value: first.value.replace(/^\s+/, '') }, ...rest];
  return children;
}
