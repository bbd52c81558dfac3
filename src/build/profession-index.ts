/**
 * Reads each generated profession's title, slug and summary, for what the Astro config sets up
 * before the content collection exists: links between pages and the preview images.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A profession as the config needs it. */
export interface ProfessionIndexEntry {
  title: string;
  slug: string;
  summary: string;
}

/** Returns the title, slug and summary from the frontmatter of every `*.md` file in `dir`. */
export function professionIndex(dir: string): ProfessionIndexEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
      // Only the three keys are parsed, not the long lists after them (a second at a thousand
      // files): top-level keys start a line; everything belonging to a key is indented under it.
      const entries = frontmatter.split(/\n(?=[A-Za-z_]+:)/).filter((entry) => /^(title|slug|summary):/.test(entry));
      const data = parse(entries.join('\n')) as { title?: unknown; slug?: unknown; summary?: unknown } | null;
      return { title: String(data?.title ?? ''), slug: String(data?.slug ?? ''), summary: String(data?.summary ?? '') };
    })
    .filter((p) => p.title && p.slug);
}
