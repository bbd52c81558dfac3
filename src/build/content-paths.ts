/**
 * Where a site's texts live. The real site reads `content/`; `CONTENT_DIR` points the ingest and an
 * Astro build at another content folder, such as the frozen fixture site of the tests
 * (`tests/fixture-site/content`). Every file-system path to content comes from here.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The folders and files of one content set. */
export interface ContentPaths {
  /** The content folder itself, e.g. `<root>/content`. */
  dir: string;
  /** The texts as people write them. */
  sources: string;
  /** The ingest's output: one Markdown file per profession, checked in. */
  professions: string;
  /** Every slug each source has had, written by the ingest (old addresses redirect). */
  slugHistory: string;
}

/** Returns the paths of the content set in `dir` (default: `CONTENT_DIR`, else `content/`). */
export function contentPaths(dir: string = process.env.CONTENT_DIR || 'content'): ContentPaths {
  const absolute = isAbsolute(dir) ? dir : resolve(ROOT, dir);
  return {
    dir: absolute,
    sources: join(absolute, 'sources'),
    professions: join(absolute, 'professions'),
    slugHistory: join(absolute, 'slug-history.json'),
  };
}
