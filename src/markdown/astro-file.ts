/** The part of a unified file that Astro's Markdown pipeline fills in, as our plugins use it. */

/** A file being rendered: `data.astro.frontmatter` is the page's frontmatter. */
export interface AstroFile {
  data?: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * Returns the file's frontmatter, made if missing. Plugins read the page's frontmatter from it, and
 * what they add to it comes out of Astro's `render(entry)` as `remarkPluginFrontmatter`.
 */
export function frontmatterOf(file: AstroFile): Record<string, unknown> {
  const data = (file.data ??= {});
  const astro = (data.astro ??= {});
  return (astro.frontmatter ??= {});
}
