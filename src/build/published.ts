/**
 * Which source publishes each slug today: read from the generated files' frontmatter
 * (`content/professions/<slug>.md` has `slug:` and `source:`), so that a slug clash blames the newcomer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FRONTMATTER = /^---\n([\s\S]*?)\n---/;
const field = (block: string, name: string) =>
  new RegExp(`^${name}:[ \\t]*(.*)$`, 'm')
    .exec(block)?.[1]
    ?.trim()
    .replace(/^(["'])(.*)\1$/, '$2');

/** Returns slug → source file of the generated files in `dir` (empty when there are none). */
export function readPublished(dir: string): Map<string, string> {
  const published = new Map<string, string>();
  if (!existsSync(dir)) return published;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    try {
      const block = FRONTMATTER.exec(readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n'))?.[1];
      const slug = block && field(block, 'slug');
      const source = block && field(block, 'source');
      if (slug && source) published.set(slug, source);
    } catch {
      // An unreadable generated file publishes nothing; the ingest rewrites it.
    }
  }
  return published;
}
