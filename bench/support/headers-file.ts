/** Reading a `_headers` file (the Netlify / Cloudflare Pages format) so local servers send what a host would. */

/** One block of the file: a path pattern and the headers sent for paths that match it. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Returns the rules of a `_headers` file: an unindented path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Returns the headers for a URL path: every matching rule's, in file order (`*` matches any run of characters). */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  const matches = (pattern: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(path);
  return rules.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers);
}

/**
 * What Netlify and Cloudflare Pages send as Cache-Control when no rule of `_headers` sets one: the
 * browser may keep the file but asks whether it changed before each use.
 */
export const HOST_DEFAULT_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/**
 * Returns the Cache-Control a host sends for a path: the matching rules' values joined as Cloudflare
 * Pages joins them (so two matching rules show as a list), or the hosts' default when none matches.
 */
export function cacheControlFor(rules: HeaderRule[], path: string): string {
  const values = headersFor(rules, path)
    .filter(([name]) => name.toLowerCase() === 'cache-control')
    .map(([, value]) => value);
  return values.length > 0 ? values.join(', ') : HOST_DEFAULT_CACHE_CONTROL;
}
