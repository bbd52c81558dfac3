/** schema.org structured data for the pages, as plain objects; pages embed them as JSON-LD. */

/** What an `Occupation` is built from. */
export interface OccupationInput {
  name: string;
  description: string;
  /** Absolute URL of the profession's page. */
  url: string;
  /** The main tasks, as plain text. */
  responsibilities?: string;
  /** Who fits the job, as plain text. */
  skills?: string;
  /** Supporting majors. */
  majors: readonly string[];
}

/** Returns a schema.org `Occupation`; fields the text lacks are left out. */
export function occupationJsonLd(input: OccupationInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: input.name,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: 'id',
    ...(input.responsibilities ? { responsibilities: input.responsibilities } : {}),
    ...(input.skills ? { skills: input.skills } : {}),
    ...(input.majors.length > 0
      ? {
          educationRequirements: input.majors.map((major) => ({
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: 'degree',
            about: major,
            name: major,
          })),
        }
      : {}),
  };
}

/** Returns a schema.org `BreadcrumbList` of (name, absolute URL) steps, home first. */
export function breadcrumbJsonLd(steps: readonly { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, i) => ({ '@type': 'ListItem', position: i + 1, name: step.name, item: step.url })),
  };
}

/** Returns a schema.org `WebSite` whose `SearchAction` opens the search page with `?q=`. */
export function websiteJsonLd(input: { name: string; description: string; url: string; searchUrl: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: 'id',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** Returns data as JSON safe inside a `<script>` element (no `</script>`, no `<!--`). */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
