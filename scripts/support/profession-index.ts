/** Reads each generated profession's title and slug, for build-time plugins that link between pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Returns the title and slug from the frontmatter of every `*.md` file in `dir`. */
export function professionTitles(dir: string): { title: string; slug: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
      const data = parse(frontmatter) as { title?: unknown; slug?: unknown } | null;
      return { title: String(data?.title ?? ''), slug: String(data?.slug ?? '') };
    })
    .filter((p) => p.title && p.slug);
}
