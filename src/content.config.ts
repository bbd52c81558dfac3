/** The profession collection: the ingest's output, validated by the same schema the ingest uses. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPaths } from './build/content-paths';
import { professionSchema } from './lib/profile/schema';

const professions = defineCollection({
  // Entry ids come from the `slug` frontmatter field, so they match the page URLs. Pages read the
  // rendered HTML, never the raw Markdown: not keeping it halves the data store Astro bundles.
  loader: glob({ base: contentPaths().professions, pattern: '*.md', retainBody: false }),
  schema: professionSchema,
});

export const collections = { professions };
