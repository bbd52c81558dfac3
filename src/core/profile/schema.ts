/**
 * The frontmatter of a generated profession file. One schema serves the ingest (which validates
 * before writing) and the Astro content collection (which validates at build time).
 */
import { z } from 'astro/zod';
import { SUMMARY_MAX } from '../text/truncate';

/** Frontmatter of `content/professions/<slug>.md`. */
export const professionSchema = z.object({
  /** Profession name, shown as the page's heading and search result title. */
  title: z.string().trim().min(1),
  /** URL segment of the page, `/profesi/<slug>/`: lower-case ASCII words joined by hyphens. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case ASCII words joined by "-"'),
  /** One or two sentences for cards and the meta description. */
  summary: z.string().trim().min(1).max(SUMMARY_MAX),
  /** File name of the source text in `content/sources/`. */
  source: z.string().regex(/^[^/\\]+\.txt$/, 'source must be a .txt file name'),
  /** How the title was found: `line` (the text's first line) or the cue that inferred it. */
  titleFrom: z.string().min(1),
  /** Supporting university majors, as listed in the text; empty when the text names none. */
  majors: z.array(z.string().trim().min(1)).default([]),
  /** Example employers, as listed in the text; empty when the text names none. */
  employers: z.array(z.string().trim().min(1)).default([]),
  /** Misconceptions paired with the reality that answers them; empty when the text pairs none. */
  expectations: z.array(z.object({ expectation: z.string().min(1), reality: z.string().min(1) })).default([]),
  /** Professions the text compares the job with, as written ("diplomat"); empty when none. */
  similar: z.array(z.string().trim().min(1)).default([]),
  /** Single statements of who fits ("Mampu bekerja di bawah tekanan"), for the self-check. */
  fitTraits: z.array(z.string().trim().min(1)).default([]),
  /** Single statements of who does not fit ("Sulit berkomunikasi dengan berbagai pihak"). */
  unfitTraits: z.array(z.string().trim().min(1)).default([]),
});

/** Frontmatter of one profession, as validated. */
export type ProfessionData = z.infer<typeof professionSchema>;

/** Returns a Zod error as lines a person can act on: `field: problem`. */
export function describeZodError(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}
