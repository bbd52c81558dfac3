/** Reading a profession's Markdown body as plain text per `##` section, for structured data and relatedness. */
import type { Nodes } from 'mdast';
import { remark } from 'remark';

/** Returns the plain text of a Markdown node: text and inline code joined, markup dropped. */
function plainText(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (!('children' in node)) return '';
  const separator = node.type === 'list' || node.type === 'listItem' || node.type === 'root' ? ' ' : '';
  return node.children.map((child) => plainText(child as Nodes)).join(separator);
}

/**
 * Returns the plain text of each `##` section of a Markdown body, keyed by heading, in order:
 * "## Tugas utama\n\nMengatur *jadwal*." → Map { "Tugas utama" → "Mengatur jadwal." }.
 */
export function markdownSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | undefined;
  const parts: string[] = [];
  const flush = () => {
    if (current !== undefined) sections.set(current, parts.join(' ').replace(/\s+/g, ' ').trim());
    parts.length = 0;
  };
  for (const node of remark().parse(markdown).children) {
    if (node.type === 'heading' && node.depth === 2) {
      flush();
      current = plainText(node).trim();
    } else if (current !== undefined) {
      parts.push(plainText(node));
    }
  }
  flush();
  return sections;
}
