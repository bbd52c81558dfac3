/** The links that let a reader browse from one profession to others: related, previous and next. */
import { neighbours, relatedProfessions, type RelatedProfession } from './related';
import { sortByTitle } from './sort-by-title';

/** What browsing needs of a profession: its frontmatter fields and the plain text of its profile. */
export interface BrowseInput {
  slug: string;
  title: string;
  majors: readonly string[];
  /** Names of professions the text compares itself with, when the frontmatter has them. */
  similar?: readonly string[];
  /** The profile as plain text (its recorded sections' texts), read for relatedness. */
  text: string;
}

/** A link to another profession. */
export interface ProfessionLink {
  slug: string;
  title: string;
}

/** Where a reader can go from one profession. */
export interface BrowseLinks {
  related: RelatedProfession[];
  /** Neighbours in the home page's alphabetical list. */
  previous?: ProfessionLink;
  next?: ProfessionLink;
}

/** Returns the browse links of every profession, by slug. */
export function browseLinks(items: readonly BrowseInput[], limit = 4): Map<string, BrowseLinks> {
  const sorted = sortByTitle(items);
  const related = relatedProfessions(sorted, { limit });
  const link = (p?: BrowseInput): ProfessionLink | undefined => (p ? { slug: p.slug, title: p.title } : undefined);
  return new Map(
    sorted.map((p) => {
      const { previous, next } = neighbours(sorted, p.slug);
      return [p.slug, { related: related.get(p.slug)!, previous: link(previous), next: link(next) }];
    }),
  );
}
