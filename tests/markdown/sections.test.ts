/**
 * rehypeSections by fixture: each folder of tests/markdown/fixtures/sections/ holds a Markdown
 * body (input.md) and the sections recorded from it (sections.json). The Markdown goes through
 * Astro's own Markdown processor with the site's options and plugins, so the recorded HTML is
 * compared with the page Astro writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { describe, expect, it } from 'vitest';
import { recordedSections } from '../../src/core/profile/rendered-sections';
import { rehypeExpectationPairs } from '../../src/markdown/expectation-pairs';
import { rehypeHeadingLinks } from '../../src/markdown/heading-links';
import { rehypeSections } from '../../src/markdown/sections';
import { ROOT } from '../support/paths';

const FIXTURES = join(ROOT, 'tests/markdown/fixtures/sections');
const cases = readdirSync(FIXTURES);

/** Returns the page HTML and rendered frontmatter of a Markdown body, with or without rehypeSections last. */
async function render(markdown: string, withSections = true) {
  const processor = await createMarkdownProcessor({
    gfm: false,
    smartypants: false,
    syntaxHighlight: false,
    rehypePlugins: [
      rehypeSlug,
      [rehypeExpectationPairs, { expectationLabel: 'Ekspektasi', realityLabel: 'Realita' }],
      [rehypeHeadingLinks, { label: (heading: string) => `Tautan ke bagian “${heading}”` }],
      ...(withSections ? [rehypeSections] : []),
    ],
  });
  const { code, metadata } = await processor.render(markdown, { frontmatter: { slug: 'contoh' } });
  return { code, frontmatter: metadata.frontmatter };
}

describe('rehypeSections', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  describe.each(cases)('%s', (name) => {
    const read = (file: string) => readFileSync(join(FIXTURES, name, file), 'utf8');

    it('records each h2 section: id, heading and text as a reader sees them, HTML as the page has it', async () => {
      const { frontmatter } = await render(read('input.md'));
      expect(recordedSections(frontmatter)).toEqual(JSON.parse(read('sections.json')));
    });

    it("records HTML that is the page's own, between one heading and the next, and changes nothing in the page", async () => {
      const { code, frontmatter } = await render(read('input.md'));
      // The page's body split at its h2 elements: what the recorded HTML must equal.
      const bodies = code
        .split(/<h2\b[\s\S]*?<\/h2>/)
        .slice(1)
        .map((body) => body.trim());
      expect(recordedSections(frontmatter).map((section) => section.html)).toEqual(bodies);
      expect(code).toBe((await render(read('input.md'), false)).code);
    });

    it('keeps the frontmatter it was given', async () => {
      expect((await render(read('input.md'))).frontmatter).toMatchObject({ slug: 'contoh' });
    });
  });
});
