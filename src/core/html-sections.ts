/**
 * Reading a rendered profession body as plain text per `<h2>` section, for structured data and
 * relatedness. It reads the HTML Astro already rendered from the Markdown, rather than parsing the
 * Markdown a second time (at a thousand professions that second parse cost three seconds). The HTML
 * is our own pipeline's output: well-formed, text escaped, no comments, scripts or raw HTML.
 */

import { decodeEntities } from './text/entities';

/** Tags that end a run of text: between two of these blocks the words are apart. */
const BLOCK_TAG = /<\/?(?:p|li|ul|ol|div|br|blockquote|h[1-6]|section|article|aside|dl|dt|dd|table|tr|td|th|hr)\b[^>]*>/gi;

/** Returns the text of an HTML fragment: block tags a word break, inline tags dropped, references decoded, spaces collapsed. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(BLOCK_TAG, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Returns the plain text of each `<h2>` section of rendered HTML, keyed by heading, in order:
 * '<h2 id="tugas-utama">Tugas utama</h2><p>Mengatur <em>jadwal</em>.</p>' → Map { "Tugas utama" → "Mengatur jadwal." }.
 * Text before the first heading belongs to no section.
 */
export function htmlSections(html: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = html.split(/<h2\b[^>]*>([\s\S]*?)<\/h2>/i);
  // split with a capture group: [before, heading1, body1, heading2, body2, …]
  for (let i = 1; i < parts.length; i += 2) sections.set(htmlText(parts[i]!), htmlText(parts[i + 1] ?? ''));
  return sections;
}
