/** Writing a parsed profile as a Markdown file with YAML frontmatter. */
import type { List, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import { stringify } from 'yaml';
import type { ParsedProfile } from './parse';
import type { ProfessionData } from './schema';
import { sectionHeading } from './sections';

/** Returns the frontmatter fields of a profile. */
export function toFrontmatter(profile: ParsedProfile): ProfessionData {
  return {
    title: profile.title,
    slug: profile.slug,
    summary: profile.summary,
    source: profile.source,
    titleFrom: profile.titleSource.kind === 'line' ? 'line' : `inferred: ${profile.titleSource.cue}`,
    majors: profile.majors,
    employers: profile.employers,
    expectations: profile.expectations,
    similar: profile.similar,
    fitTraits: profile.fitTraits,
    unfitTraits: profile.unfitTraits,
  };
}

/**
 * Returns the Markdown file for a profile: frontmatter, then one `##` section per part. The body is
 * built as a syntax tree and serialised by remark, so `<`, `*`, `[` and the like in a source text
 * are escaped and render literally.
 */
export function toMarkdown(profile: ParsedProfile): string {
  const tree: Root = { type: 'root', children: profile.sections.flatMap(sectionNodes) };
  const body = remark().data('settings', { bullet: '-' }).stringify(tree);
  const yaml = stringify(toFrontmatter(profile), { lineWidth: 0 });
  return `---\n${yaml}---\n\n${body}`;
}

function sectionNodes(section: ParsedProfile['sections'][number]): RootContent[] {
  const heading: RootContent = {
    type: 'heading',
    depth: 2,
    children: [{ type: 'text', value: sectionHeading(section.key) }],
  };
  const blocks = section.blocks.map((block): RootContent => {
    if (block.type === 'paragraph') {
      return { type: 'paragraph', children: [{ type: 'text', value: block.sentences.join(' ') }] };
    }
    if (block.type === 'pair') {
      // A hard line break separates expectation from reality; the page turns it into two cards.
      return {
        type: 'paragraph',
        children: [{ type: 'text', value: block.expectation }, { type: 'break' }, { type: 'text', value: block.reality }],
      };
    }
    const list: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: block.items.map((item) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }],
      })),
    };
    return list;
  });
  return [heading, ...blocks];
}
