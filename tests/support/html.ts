/** Small readers for the HTML our own build writes (not a general HTML parser). */

import { decodeEntities } from '../../src/core/text/entities';

/** Returns text with character references decoded (the site's own decoder). */
export { decodeEntities };

/** Inline elements: their tags do not separate words ("dengan <a>diplomat</a>." reads "dengan diplomat."). */
const INLINE_TAG = /<\/?(?:a|abbr|b|code|em|i|mark|q|small|span|strong|sub|sup)\b[^>]*>/gi;

/** Returns the visible text of an HTML fragment, whitespace collapsed. */
export function htmlToText(html: string): string {
  const withoutHidden = html.replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, ' ');
  return decodeEntities(withoutHidden.replace(INLINE_TAG, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Returns the inner HTML of the first element matching an opening-tag pattern, e.g. `<article data-pagefind-body>`. */
export function innerOf(html: string, tag: string, openingPattern: RegExp): string | undefined {
  const open = openingPattern.exec(html);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const end = html.indexOf(`</${tag}>`, start);
  return end < 0 ? undefined : html.slice(start, end);
}

/** Returns every value of an attribute in a document (`href`, `src`, `id`), decoded. */
export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => decodeEntities(m[1]!));
}

/** Returns the content of a `<meta property|name="key">` tag, decoded, if the page has one. */
export function metaContent(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return match ? decodeEntities(match[1]!) : undefined;
}

/** Returns every JSON-LD block of a page, parsed (a block that does not parse throws). */
export function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}
