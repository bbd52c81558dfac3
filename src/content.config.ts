/** The profession collection: the ingest's output, validated by the same schema the ingest uses. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { professionSchema } from './lib/profile/schema';

const professions = defineCollection({
  // Entry ids come from the `slug` frontmatter field, so they match the page URLs.
  loader: glob({ base: './content/professions', pattern: '*.md' }),
  schema: professionSchema,
});

export const collections = { professions };
