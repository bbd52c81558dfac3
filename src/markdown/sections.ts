/**
 * A rehype plugin that records each `<h2>` section of a profile while Astro renders it: its id,
 * heading, plain text and HTML, in the page's frontmatter under `sections` (see
 * src/core/profile/rendered-sections.ts). Pages read them from `render(entry)` rather than splitting
 * the rendered HTML again. It changes nothing in the page, and runs last, so each recorded HTML is
 * the page's own.
 */
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SECTIONS_KEY, type RenderedSection } from '../core/profile/rendered-sections';
import { frontmatterOf, type AstroFile } from './astro-file';
import { plainText } from './text';

/** Options of `rehypeSections`. */
export interface SectionsOptions {
  /** The heading element that starts a section (default `'h2'`). Its id is rehype-slug's. */
  tag?: string;
}

/** Returns the rehype transform that records the sections in the file's frontmatter. */
export function rehypeSections({ tag = 'h2' }: SectionsOptions = {}) {
  return (tree: Root, file: AstroFile) => {
    // Sections are the top level of a Markdown body: a heading and the blocks up to the next one.
    // Whatever comes before the first heading belongs to no section.
    const sections: { heading: Element; body: RootContent[] }[] = [];
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === tag) sections.push({ heading: node, body: [] });
      else sections.at(-1)?.body.push(node);
    }
    frontmatterOf(file)[SECTIONS_KEY] = sections.map(({ heading, body }): RenderedSection => ({
      id: String(heading.properties.id ?? ''),
      heading: plainText(heading.children),
      text: plainText(body),
      // As Astro's rehype-stringify writes it (it allows raw HTML).
      html: toHtml({ type: 'root', children: body }, { allowDangerousHtml: true }).trim(),
    }));
  };
}
