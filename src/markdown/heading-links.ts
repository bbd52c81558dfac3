/**
 * A rehype plugin that gives every `##` heading with an id a link to itself (`<a href="#id">`), so a
 * reader can take a section's address without JavaScript. The link has no text, only a label, so
 * the heading's text (table of contents, search index) stays the heading's own.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { textOf } from './text';

/** Options of `rehypeHeadingLinks`. */
export interface HeadingLinksOptions {
  /** Returns the accessible name of the link from the heading's text, e.g. "Tautan ke bagian “Tugas utama”". */
  label: (heading: string) => string;
  /** Heading elements to link (default `['h2']`). */
  tags?: readonly string[];
}

/** The class of the links, for styles and the section-links script. */
export const HEADING_LINK_CLASS = 'heading-link';

/** Returns the rehype transform that appends a self-link to each matching heading. */
export function rehypeHeadingLinks({ label, tags = ['h2'] }: HeadingLinksOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (!tags.includes(node.tagName) || typeof node.properties.id !== 'string') return;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: [HEADING_LINK_CLASS], href: `#${node.properties.id}`, ariaLabel: label(textOf(node).trim()) },
        children: [],
      };
      node.children.push(link);
      return SKIP;
    });
  };
}
