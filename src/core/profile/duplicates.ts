/**
 * Two sources whose titles give the same slug: which one to blame. The newcomer is blamed — the
 * source that does not already publish the slug — so that adding a text never reports the old,
 * unchanged one. When neither or both publish it, the later file name is blamed.
 */

/** A source that passed, as far as a slug clash concerns it. */
export interface SlugClaim {
  file: string;
  title: string;
  titleLine: number;
}

/** Returns the clash as [blamed, other]. `publishedBy` maps a slug to the source that publishes it today. */
export function blameNewcomer(slug: string, earlier: SlugClaim, later: SlugClaim, publishedBy?: ReadonlyMap<string, string>): [SlugClaim, SlugClaim] {
  const publisher = publishedBy?.get(slug);
  return publisher === later.file && publisher !== earlier.file ? [earlier, later] : [later, earlier];
}

/** The problem of the blamed source, naming both. */
export function duplicateSlugMessage(slug: string, blamed: SlugClaim, other: SlugClaim): string {
  return `title "${blamed.title}" gives slug "${slug}", already used by ${other.file} (line ${other.titleLine}: "${other.title}"): give this text another title`;
}
