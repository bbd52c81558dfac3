/**
 * The sections of a rendered profile, as `rehypeSections` (src/markdown/sections.ts) records them
 * while Astro renders the Markdown. Pages read them from `render(entry).remarkPluginFrontmatter`
 * instead of parsing the rendered HTML again.
 */

/** One `<h2>` section of a rendered profile. */
export interface RenderedSection {
  /** The heading's id, e.g. `"tugas-utama"`. */
  id: string;
  /** The heading's text, e.g. `"Tugas utama"`. */
  heading: string;
  /** The section's plain text: words of separate blocks apart, spaces collapsed. */
  text: string;
  /** The section's HTML after its heading, exactly as the page renders it. */
  html: string;
}

/** The frontmatter key the sections are recorded under. */
export const SECTIONS_KEY = 'sections';

/**
 * Returns the sections recorded in a rendered entry's frontmatter (`remarkPluginFrontmatter`), in
 * page order. Throws when there are none recorded, rather than reading a profile as empty: then the
 * plugin is missing from astro.config.mjs.
 */
export function recordedSections(frontmatter: Record<string, unknown>): readonly RenderedSection[] {
  const sections = frontmatter[SECTIONS_KEY];
  if (!Array.isArray(sections)) throw new Error(`No "${SECTIONS_KEY}" in the rendered frontmatter: is rehypeSections in astro.config.mjs's rehypePlugins?`);
  return sections as RenderedSection[];
}

/** Returns the plain text of the section with the given id, or undefined when the profile lacks it. */
export function sectionText(sections: readonly RenderedSection[], id: string): string | undefined {
  return sections.find((section) => section.id === id)?.text;
}
