/**
 * The profession collection: the ingest's output, validated by the same schema the ingest uses. And
 * the old addresses of renamed professions, from the slug history the ingest keeps.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPaths } from './build/content-paths';
import { slugRedirectsLoader } from './build/slug-redirects-loader';
import { professionSchema } from './core/profile/schema';

const professions = defineCollection({
  // Entry ids come from the `slug` frontmatter field, so they match the page URLs. Pages read the
  // rendered HTML, never the raw Markdown: not keeping it halves the data store Astro bundles.
  loader: glob({ base: contentPaths().professions, pattern: '*.md', retainBody: false }),
  schema: professionSchema,
});

/** Old slug (the entry's id) → the current slug its address leads to. */
const redirects = defineCollection({
  loader: slugRedirectsLoader(contentPaths().slugHistory),
  schema: z.object({ to: z.string() }),
});

export const collections = { professions, redirects };
